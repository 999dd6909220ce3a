/** THE registry of low-degree biases, keyed by id (src/recovery's Bias type derives from it). */
import { byId } from '../registry.js';
import { headDegree } from './headDegree.js';
import { headGf2 } from './headGf2.js';
import { headMax } from './headMax.js';
import { headProfile } from './headProfile.js';
import { headRep } from './headRep.js';

export const BIAS_KINDS = byId({
  'head-degree': headDegree,
  'head-gf2': headGf2,
  'head-max': headMax,
  'head+rep': headRep,
  'head-profile': headProfile,
});

export type BiasId = keyof typeof BIAS_KINDS;
export const BIAS_IDS = Object.keys(BIAS_KINDS) as BiasId[];
