/** THE registry of recovery groups, keyed by id (src/recovery's Group type derives from it). */
import { byId } from '../registry.js';
import { gf2Affine } from './gf2Affine.js';
import { signedPermutation } from './signedPermutation.js';

export const GROUP_KINDS = byId({
  'signed-permutation': signedPermutation,
  'gf2-affine': gf2Affine,
});

export type GroupId = keyof typeof GROUP_KINDS;
export const GROUP_IDS = Object.keys(GROUP_KINDS) as GroupId[];
