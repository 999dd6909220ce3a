/**
 * The Fourier cost of head data on one point set P (dataCosts.ts, measure 'fourier'), fast: the
 * least k such that the data y are orthogonal to the annihilator K_k of the characters of degree
 * <= k on P (fitDegree.ts explains why). The integer bases of K_0..K_d are found once per point
 * set (exact rationals, then scaled to integers), and each dot product w . y is taken in floating
 * point only when it is exact there: integers whose partial sums stay below 2^53 in absolute
 * value (sum |w_i| * max |y| < 2^53, checked per basis vector and task); otherwise in bigint.
 * For the general search at d = 5, where every place's candidates are costed once.
 */
import { chi, popcount } from '../../core/cube.js';
import { big } from '../../core/rational.js';
import { nullspace } from '../../core/linalg/rref.js';
import { matrixFromInts } from '../../core/linalg/matrix.js';
import type { TaskValues } from './dataCosts.js';

interface Level {
  readonly exact: readonly bigint[][];
  readonly float: readonly Float64Array[];
  /** sum_i |w_i| per vector (as a number, an upper estimate is enough: compared with 2^52). */
  readonly weight: readonly number[];
}

const SAFE = 2 ** 52;

/** cost(tv, data): the least real degree of a fit of the data on P (data[x] = value index, -1 off P). */
export function fourierCosterOn(d: number, points: readonly number[]): (tv: TaskValues, data: Int8Array) => number {
  const sorted = [...points].sort((a, b) => a - b);
  const levels: Level[] = [];
  for (let k = 0; k <= d; k++) {
    const sets: number[] = [];
    for (let S = 0; S < 2 ** d; S++) if (popcount(S) <= k) sets.push(S);
    const basis = nullspace(matrixFromInts(sets.map((S) => sorted.map((p) => chi(S, p)))), sorted.length).map((w) => {
      let den = big.one;
      for (const x of w) den = big.lcm(den, x.den);
      return w.map((x) => BigInt(x.num.multiply(den.divide(x.den)).toString()));
    });
    levels.push({
      exact: basis,
      float: basis.map((w) => Float64Array.from(w, Number)),
      weight: basis.map((w) => w.reduce((s, x) => s + Math.abs(Number(x)), 0) * 1.0001),
    });
  }
  const tops = new WeakMap<TaskValues, { floats: Float64Array; top: number }>();
  const y = new Float64Array(sorted.length);
  const yb = new Array<bigint>(sorted.length);
  return (tv, data) => {
    let t = tops.get(tv);
    if (t === undefined) {
      t = { floats: Float64Array.from(tv.numerators, Number), top: tv.numerators.reduce((m, v) => Math.max(m, Math.abs(Number(v))), 0) };
      tops.set(tv, t);
    }
    let zero = true;
    for (let i = 0; i < sorted.length; i++) {
      const v = data[sorted[i]!]!;
      y[i] = t.floats[v]!;
      yb[i] = tv.numerators[v]!;
      if (yb[i] !== 0n) zero = false;
    }
    if (zero) return 0;
    for (let k = 0; k <= d; k++) {
      const lv = levels[k]!;
      let fits = true;
      for (let b = 0; b < lv.float.length && fits; b++) {
        if (lv.weight[b]! * t.top < SAFE) {
          const w = lv.float[b]!;
          let s = 0;
          for (let i = 0; i < w.length; i++) s += w[i]! * y[i]!;
          fits = s === 0;
        } else {
          const w = lv.exact[b]!;
          let s = 0n;
          for (let i = 0; i < w.length; i++) s += w[i]! * yb[i]!;
          fits = s === 0n;
        }
      }
      if (fits) return k;
    }
    throw new Error('internal: degree d always fits');
  };
}
