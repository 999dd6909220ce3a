/**
 * docs/math.md S2, a closed claim (no variables: d is the scope's n). Why: a dictator head
 * g = +-(V^-1)_j has degree >= 1, and all d have degree 1 exactly when V^-1, hence V, is a signed
 * permutation (T8). Its GF(2) degree is >= 1, and all d have GF(2) degree 1 exactly when V^-1,
 * hence V, is GF(2)-affine; for d >= 2 there are GF(2)-affine maps that are not signed permutations.
 */
import { defineProperty } from '../src/claim/index.js';

const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
/** 2^d prod_{i<d} (2^d - 2^i). */
const affineCount = (d: number): number => Array.from({ length: d }, (_, i) => 2 ** d - 2 ** i).reduce((a, b) => a * b, 2 ** d);

export default defineProperty({
  id: 'S2-dictators-identify-by-degree',
  statement:
    'With d = n latents (2 <= d <= 3), the d dictator tasks h_j = z_j, psi the identity and full support: the head-degree ' +
    'minimisers are exactly the 2^d d! signed permutations (minimum sum of degrees d: the latents are recovered), while the ' +
    'head-gf2 minimisers are exactly the 2^d prod_{i<d}(2^d - 2^i) GF(2)-affine maps (minimum d): head-gf2 recovers the ' +
    'latents up to GF(2)-affine maps but not up to signed permutations. Recovery depends on the notion of degree.',
  status: 'theorem',
  variables: {},
  predicate: (_, k, { n: d }) => {
    const tasks = Array.from({ length: d }, (__, j) => k.chi(d, 1 << j));
    const byDegree = k.recoverySummary({ tasks, bias: 'head-degree', group: 'signed-permutation' });
    const byGf2 = k.recoverySummary({ tasks, bias: 'head-gf2', group: 'gf2-affine' });
    const byGf2Signed = k.recoverySummary({ tasks, bias: 'head-gf2', group: 'signed-permutation' });
    return (
      byDegree.minimum === String(d) &&
      byDegree.recovers &&
      byDegree.minimizers === 2 ** d * factorial(d) &&
      byGf2.minimum === String(d) &&
      byGf2.recovers &&
      byGf2.minimizers === affineCount(d) &&
      byGf2Signed.outside
    );
  },
  defaultScope: { n: 3 },
  minN: 2,
  maxN: 3,
  tags: ['S2', 'world-model', 'recovery', 'head-degree', 'head-gf2', 'closed'],
});
