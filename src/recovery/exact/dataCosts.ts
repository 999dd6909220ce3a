/**
 * Costs of one head given by its data on a point set S of C_d (docs/math.md section 5): the
 * head must take value y_i at the points of S (any values elsewhere), and costs what its
 * simplest fit costs: the min-degree interpolator's Fourier degree or profile, or the least
 * GF(2) degree of a Boolean fit (head-gf2). With S = C_d the head is its table and the costs
 * come from its exact Walsh sums (bigint); otherwise from the annihilator oracles (fitDegree.ts)
 * and the interpolator (minDegree.ts), the same ones the scorer uses for partial support.
 *
 * Data are value indices per point of C_d (-1 where unseen) into the task's list of distinct
 * values; a cost is a number (degrees) or exact weights W^0..W^d (head-profile).
 */
import { popcount } from '../../core/cube.js';
import { fitDegreeOracle, gf2FitDegreeOracle } from '../../core/interpolate/fitDegree.js';
import { minDegreeInterpolator } from '../../core/interpolate/minDegree.js';
import { Rational } from '../../core/rational.js';
import type { Measure } from './costs.js';

export type DataCost = number | readonly Rational[];

/** One task's distinct values on the support: numerators over the task's denominator. */
export interface TaskValues {
  readonly numerators: readonly bigint[];
  readonly values: readonly Rational[];
  /** The task's denominator (common to the numerators). */
  readonly denominator: bigint;
}

export interface DataCoster {
  cost(values: TaskValues, data: Int8Array): DataCost;
}

/** Exact Walsh sums c_S = sum_x f(x) chi_S(x) of integer values (bigint, in place). */
function walshInPlace(a: bigint[]): void {
  for (let h = 1; h < a.length; h <<= 1) {
    for (let i = 0; i < a.length; i += h << 1) {
      for (let j = i; j < i + h; j++) {
        const u = a[j]!;
        const v = a[j + h]!;
        a[j] = u + v;
        a[j + h] = u - v;
      }
    }
  }
}

function gf2DegreeOfBits(d: number, bits: Uint8Array): number {
  const a = bits.slice();
  for (let bit = 1; bit < a.length; bit <<= 1) for (let x = 0; x < a.length; x++) if (x & bit) a[x]! ^= a[x ^ bit]!;
  let top = 0;
  for (let T = 0; T < a.length; T++) if (a[T] && popcount(T) > top) top = popcount(T);
  return top;
}

export function dataCoster(d: number, measure: Measure): DataCoster {
  const size = 2 ** d;
  const real = fitDegreeOracle(d);
  const gf2 = gf2FitDegreeOracle(d);
  return {
    cost(tv, data) {
      const points: number[] = [];
      for (let x = 0; x < size; x++) if (data[x]! >= 0) points.push(x);
      const full = points.length === size;
      if (measure === 'gf2') {
        // Boolean tasks only: value index -> bit (1 where the value is -1).
        const bitOf = tv.values.map((v) => (v.equals(Rational.MINUS_ONE) ? 1 : 0));
        if (full) return gf2DegreeOfBits(d, Uint8Array.from(data, (i) => bitOf[i]!));
        return gf2.degree(points, points.map((x) => bitOf[data[x]!]! as 0 | 1)) ?? 0;
      }
      if (!full) {
        if (measure === 'fourier') return real.degree(points, points.map((x) => tv.numerators[data[x]!]!)) ?? 0;
        return minDegreeInterpolator(d, points, points.map((x) => tv.values[data[x]!]!)).profile.slice();
      }
      const c = Array.from(data, (i) => tv.numerators[i]!);
      walshInPlace(c);
      if (measure === 'fourier') {
        let top = 0;
        for (let S = 0; S < size; S++) if (c[S] !== 0n && popcount(S) > top) top = popcount(S);
        return top;
      }
      const w = new Array<bigint>(d + 1).fill(0n);
      for (let S = 0; S < size; S++) w[popcount(S)]! += c[S]! * c[S]!;
      const den = BigInt(size) ** 2n * tv.denominator ** 2n;
      return w.map((x) => Rational.of(x, den));
    },
  };
}

export function compareDataCosts(a: DataCost, b: DataCost): number {
  if (typeof a === 'number') return a - (b as number);
  const bb = b as readonly Rational[];
  for (let k = a.length - 1; k >= 0; k--) {
    const c = a[k]!.compare(bb[k]!);
    if (c !== 0) return c;
  }
  return 0;
}

/** The ordered monoid of costs (as costs.ts's Algebra, here over exact profiles). */
export interface DataAlgebra {
  readonly zero: DataCost;
  combine(a: DataCost, b: DataCost): DataCost;
  /** The largest next cost with spent + it + rest <= bound (orders are translation invariant). */
  allowance(bound: DataCost, spent: DataCost, rest: DataCost): DataCost;
}

export function dataAlgebra(d: number, kind: 'sum' | 'max' | 'profile'): DataAlgebra {
  if (kind === 'sum') return { zero: 0, combine: (a, b) => (a as number) + (b as number), allowance: (B, s, r) => (B as number) - (s as number) - (r as number) };
  if (kind === 'max') return { zero: 0, combine: (a, b) => Math.max(a as number, b as number), allowance: (B, s, r) => (Math.max(s as number, r as number) <= (B as number) ? B : -1) };
  const zero = new Array<Rational>(d + 1).fill(Rational.ZERO);
  const vec = (x: DataCost): readonly Rational[] => x as readonly Rational[];
  return {
    zero,
    combine: (a, b) => vec(a).map((x, k) => x.add(vec(b)[k]!)),
    allowance: (B, s, r) => vec(B).map((x, k) => x.sub(vec(s)[k]!).sub(vec(r)[k]!)),
  };
}
