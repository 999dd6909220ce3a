/** docs/math.md T7. */
import { defineProperty, domains } from '../src/claim/index.js';

function binomial(n: number, j: number): number {
  let r = 1;
  for (let i = 1; i <= j; i++) r = (r * (n - j + i)) / i;
  return r;
}

export default defineProperty({
  id: 'T7-parity-degree-sum-bound',
  statement:
    'For every bijection T of C_n: for each k = 0..n at most sum_{j<=k} C(n,j) of the 2^n components chi_S o T ' +
    'have Fourier degree <= k; the parity degree sum P(T) = sum_S deg(chi_S o T) is at least n 2^(n-1); ' +
    'and P(T) = n 2^(n-1) exactly when T is GF(2)-affine.',
  status: 'theorem',
  variables: { T: domains.bijections() },
  predicate: ({ T }, k) => {
    const n = T.n;
    const degrees = Array.from({ length: 2 ** n }, (_, s) => k.degree(k.component(T, s))!);
    let allowed = 0;
    for (let level = 0; level <= n; level++) {
      allowed += binomial(n, level);
      if (degrees.filter((d) => d <= level).length > allowed) return false;
    }
    const p = degrees.reduce((a, b) => a + b, 0);
    const bound = n * 2 ** (n - 1);
    return p >= bound && (p === bound) === k.isGf2Affine(T);
  },
  defaultScope: { n: 3 },
  minN: 1,
  maxN: 12,
  tags: ['T7', 'maps', 'bijections', 'parity-degree-sum', 'gf2-affine'],
});
