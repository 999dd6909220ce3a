/**
 * docs/math.md S3, a closed claim (no variables: d is the scope's n). Why: with the heads
 * chi_S o V^-1 for every non-empty S, the sum of their degrees is the parity degree sum
 * P(V^-1) >= d 2^(d-1), with equality exactly when V^-1, hence V, is GF(2)-affine (T7).
 */
import { defineProperty } from '../src/claim/index.js';

/** 2^d prod_{i<d} (2^d - 2^i). */
const affineCount = (d: number): number => Array.from({ length: d }, (_, i) => 2 ** d - 2 ** i).reduce((a, b) => a * b, 2 ** d);

export default defineProperty({
  id: 'S3-all-parities-affine',
  statement:
    'With d = n latents (1 <= d <= 3), the 2^d - 1 parity tasks h_S = chi_S (every non-empty S subset [d]), psi the identity ' +
    'and full support: the head-degree minimisers are exactly the 2^d prod_{i<d}(2^d - 2^i) GF(2)-affine maps, with minimum ' +
    'sum of degrees d 2^(d-1).',
  status: 'theorem',
  variables: {},
  predicate: (_, k, { n: d }) => {
    const tasks = Array.from({ length: 2 ** d - 1 }, (__, s) => k.chi(d, s + 1));
    const r = k.recoverySummary({ tasks, bias: 'head-degree', group: 'gf2-affine' });
    return r.minimum === String(d * 2 ** (d - 1)) && r.recovers && r.minimizers === affineCount(d);
  },
  defaultScope: { n: 3 },
  minN: 1,
  maxN: 3,
  tags: ['S3', 'world-model', 'recovery', 'head-degree', 'parity', 'closed'],
});
