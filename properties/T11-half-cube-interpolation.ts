/**
 * docs/math.md T11. Why: write an interpolant as g = A(x') + x1 B(x'), x' = (x2..xn); it agrees with f on
 * {x1 = +1} exactly when A + B = f(+1, .). Its weight at level j is W^j(A) + W^(j-1)(B). If B != 0
 * has top level b, then A = f(+1, .) - B has the same weights as f(+1, .) above level b, so g matches
 * f(+1, .) on every level above b + 1 and exceeds it by W^b(B) > 0 at level b + 1: B = 0 is the
 * unique lexicographic minimum.
 */
import { defineProperty, domains } from '../src/claim/index.js';

export default defineProperty({
  id: 'T11-half-cube-interpolation',
  statement:
    'For every Boolean f on C_n (n >= 1), the min-degree interpolator of the values of f on the half cube {x1 = +1} ' +
    '(the real g with g = f there whose degree profile is least) is f(+1, x2, ..., xn): at every x it takes the value of f ' +
    'at x with x1 set to +1, so it does not depend on x1 (and its values are integers, +-1).',
  status: 'theorem',
  variables: { f: domains.booleanFunctions() },
  predicate: ({ f }, k) => {
    // x1 = +1 exactly at the points with bit 0 clear.
    const half = { n: f.n, points: Uint32Array.from({ length: 2 ** (f.n - 1) }, (_, i) => 2 * i) };
    const g = k.interpolate(f, half);
    return g.denominator === 1n && g.numerators.every((v, x) => v === BigInt(f.values[x & ~1]!));
  },
  defaultScope: { n: 3 },
  minN: 1,
  maxN: 6,
  tags: ['T11', 'world-model', 'interpolation', 'partial-support'],
});
