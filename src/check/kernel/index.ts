/**
 * The checker's fast Kernel (src/claim/kernel.ts): functions by in-place integer transforms
 * (fnOps.ts), maps by src/maps, the world-model operations by src/core/interpolate and src/recovery
 * (worldModel.ts). Every operation is exact; the verifier has its own, independent one.
 */
import type { Kernel } from '../../claim/kernel.js';
import type { CubeMap, Fn } from '../../claim/values.js';
import { popcount } from '../../core/cube.js';
import { isAffine } from '../../maps/affine.js';
import { type BoolMap, assertMapN } from '../../maps/boolMap.js';
import { describeNonBijective, isBijection } from '../../maps/bijectivity.js';
import { compose, inverseOrThrow } from '../../maps/inverse.js';
import { parityDegreeSum } from '../../maps/parityDegreeSum.js';
import { isSignedPermutation } from '../../maps/signedPermutation.js';
import { anf, assertFn, chi, degree, gf2Degree, isBoolean, relevantVariables, walsh } from './fnOps.js';
import { measure, operation } from './measure.js';
import { measureOfEither } from './mapMeasure.js';
import { interpolate, recoverySummary, recoveryVerdict } from './worldModel.js';
import { conditionalDegree } from './paper.js';

function assertMap(t: CubeMap): BoolMap {
  assertMapN(t.n, 'n');
  assertMapN(t.m, 'm');
  if (t.image.length !== 2 ** t.n) throw new RangeError(`a map on C_${t.n} needs ${2 ** t.n} image points, got ${t.image.length}`);
  return t;
}

function component(t: CubeMap, set: number): Fn {
  assertMap(t);
  if (!Number.isInteger(set) || set < 0 || set >= 2 ** t.m) throw new RangeError(`${set} is not a subset mask of [${t.m}]`);
  const values = new Int32Array(t.image.length);
  for (let x = 0; x < values.length; x++) values[x] = popcount(t.image[x]! & set) & 1 ? -1 : 1;
  return { n: t.n, values };
}

export const fastKernel: Kernel = {
  walsh,
  degree,
  gf2Degree,
  anf,
  isBoolean,
  measure: measureOfEither(measure),
  operation,
  relevantVariables,
  chi,
  compose(h, t) {
    assertFn(h);
    assertMap(t);
    if (h.n !== t.m) throw new RangeError(`compose: h is on C_${h.n} but T maps into C_${t.m}`);
    const values = new Int32Array(t.image.length);
    for (let x = 0; x < values.length; x++) values[x] = h.values[t.image[x]!]!;
    return { n: t.n, values };
  },
  composeMaps: (t, u) => compose(assertMap(t), assertMap(u)),
  coordinate(t, j) {
    if (!Number.isInteger(j) || j < 1 || j > t.m) throw new RangeError(`coordinate ${j} of a map into C_${t.m}`);
    return component(t, 2 ** (j - 1));
  },
  component,
  isBijection: (t) => isBijection(assertMap(t)),
  inverse: (t) => inverseOrThrow(assertMap(t)),
  isSignedPermutation: (t) => isSignedPermutation(assertMap(t)),
  isGf2Affine: (t) => isAffine(assertMap(t)),
  parityDegreeSum(t) {
    const r = parityDegreeSum(assertMap(t));
    if (!r.ok) throw new RangeError(`parityDegreeSum: ${describeNonBijective(r.error)}`);
    return r.value;
  },
  interpolate,
  recoverySummary,
  recoveryVerdict,
  conditionalDegree,
};
