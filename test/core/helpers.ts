/** Shared slow, obvious definitions and generators for the core tests. */
import fc from 'fast-check';
import { chi } from '../../src/core/cube.js';
import { type CubeFunction, fromInt32, toRationals } from '../../src/core/cubeFunction.js';
import { Rational } from '../../src/core/rational.js';

/** fhat(S) = 2^-n sum_x f(x) chi_S(x), straight from the definition, with Rationals. */
export function slowCoefficient(f: CubeFunction, set: number): Rational {
  const values = toRationals(f);
  let sum = Rational.ZERO;
  for (let x = 0; x < values.length; x++) {
    sum = chi(set, x) === 1 ? sum.add(values[x]!) : sum.sub(values[x]!);
  }
  return sum.scale2(-f.n);
}

export function slowSpectrum(f: CubeFunction): Rational[] {
  return Array.from({ length: 2 ** f.n }, (_, S) => slowCoefficient(f, S));
}

/** A deterministic +-1 table from a seed (for sizes fast-check should not generate). */
export function pseudoRandomSigns(n: number, seed: number): Int32Array {
  const v = new Int32Array(2 ** n);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < v.length; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    v[i] = s & 0x100 ? -1 : 1;
  }
  return v;
}

/** Arbitrary Boolean function on n variables (n in [lo, hi]). */
export function booleanFunction(lo: number, hi: number): fc.Arbitrary<CubeFunction> {
  return fc
    .integer({ min: lo, max: hi })
    .chain((n) => fc.array(fc.boolean(), { minLength: 2 ** n, maxLength: 2 ** n }).map((bits) => fromInt32(n, Int32Array.from(bits, (b) => (b ? -1 : 1)))));
}

export const rational: fc.Arbitrary<Rational> = fc
  .tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 12 }))
  .map(([p, q]) => Rational.of(p, q));

/** Arbitrary rational values for n in [lo, hi] variables. */
export function rationalValues(lo: number, hi: number): fc.Arbitrary<{ n: number; values: Rational[] }> {
  return fc
    .integer({ min: lo, max: hi })
    .chain((n) => fc.array(rational, { minLength: 2 ** n, maxLength: 2 ** n }).map((values) => ({ n, values })));
}

export const FC = { seed: 1234 } as const;

/** xorshift integers in [-bound, bound] for 2^n points (the caller keeps 2^n * bound in range). */
export function boundedValues(n: number, seed: number, bound: number): Int32Array {
  const a = new Int32Array(2 ** n);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < a.length; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    a[i] = ((s >>> 0) % (2 * bound + 1)) - bound;
  }
  return a;
}

/** The first index where a and b differ, 0 for different lengths, -1 when equal (vitest's deep equality is slow on million-entry typed arrays). */
export function firstDifference(a: Int32Array, b: Int32Array): number {
  if (a.length !== b.length) return 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}
