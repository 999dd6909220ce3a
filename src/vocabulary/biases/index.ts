/** THE registry of low-degree biases, keyed by id (src/recovery's Bias type derives from it). */
import { byId } from '../registry.js';
import { headDegree } from './headDegree.js';
import { headGf2 } from './headGf2.js';
import { headMax } from './headMax.js';
import { headProfile } from './headProfile.js';
import { headRep } from './headRep.js';
import { hierMax } from './hierMax.js';
import { hierSum } from './hierSum.js';

export const BIAS_KINDS = byId({
  'head-degree': headDegree,
  'head-gf2': headGf2,
  'head-max': headMax,
  'head+rep': headRep,
  'head-profile': headProfile,
  'hier-max': hierMax,
  'hier-sum': hierSum,
});

export type BiasId = keyof typeof BIAS_KINDS;
export const BIAS_IDS = Object.keys(BIAS_KINDS) as BiasId[];
