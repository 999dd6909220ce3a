/**
 * A head's cost from its data on a point set S of C_d (docs/math.md section 5), for the general
 * recovery check (recoveryGeneral.ts). Data are exact rationals y_i at the points p_0 < ... < p_m-1
 * of S, given as integer numerators a_i over one denominator b.
 *
 * - Fourier measures (head-degree, head-max: the least degree of a real extension; head-profile:
 *   the profile of the min-degree interpolator, the extension of least profile). The interpolator
 *   I(y) of the verifier (interpolate.ts) is linear in y (each level keeps the minimisers of a
 *   quadratic over an affine set whose offset is linear in y and whose direction does not depend
 *   on y; the last set is one point). So with E_i = I(unit vector at p_i),
 *   fhat_T(I(y)) = sum_i fhat_T(E_i) y_i; these are kept as integers N[T][i] over one D. The least
 *   degree of an extension is the degree of I(y) (I(y) minimises W^d first, then W^(d-1), ...,
 *   so it reaches W^j = 0 for every j above the least degree k of an extension, and W^k > 0 as
 *   no extension has degree below k).
 * - GF(2) (head-gf2, Boolean data, bit 1 where the value is -1): a Boolean extension of degree
 *   <= k exists exactly when the bits lie in the GF(2) span of the monomials x_T (|T| <= k,
 *   x_T(x) = 1 when T is a subset of x) restricted to S; the least such k, by elimination on
 *   bit masks.
 */
import { interpolate } from './interpolate.js';
import { type Q, ZERO, add, compare, rat, text } from './rational.js';
import { ones } from './recoveryGeneralGroup.js';
import { walshOf } from './walsh.js';

/** A number bias's value, or the summed profile (W^0..W^d). */
export type Cost = number | readonly Q[];
export type Kind = 'degree' | 'gf2' | 'profile';

export interface PlaceCoster {
  /** The cost of data a_i / b at the points of S (in increasing order). */
  cost(numerators: readonly bigint[], denominator: bigint): Cost;
}

function fourierCoster(d: number, points: readonly number[], profile: boolean): PlaceCoster {
  const size = 1 << d;
  const columns = points.map((p) => {
    const values = new Int32Array(size);
    values[p] = 1;
    const g = interpolate({ n: d, values }, { n: d, points: Uint32Array.from(points) });
    return { c: walshOf([...g.numerators]), den: g.denominator * BigInt(size) };
  });
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
  const D = columns.reduce((l, col) => (l * col.den) / gcd(l, col.den), 1n);
  const N = Array.from({ length: size }, (_, T) => columns.map((col) => col.c[T]! * (D / col.den)));
  const byLevel = Array.from({ length: size }, (_, T) => T).sort((s, t) => ones(t) - ones(s));
  return {
    cost(a, b) {
      const s = (T: number): bigint => N[T]!.reduce((acc, n, i) => acc + n * a[i]!, 0n);
      if (!profile) {
        for (const T of byLevel) if (s(T) !== 0n) return ones(T);
        return 0;
      }
      const w = new Array<bigint>(d + 1).fill(0n);
      for (let T = 0; T < size; T++) {
        const v = s(T);
        w[ones(T)]! += v * v;
      }
      return w.map((x) => rat(x, D * D * b * b));
    },
  };
}

function gf2Coster(d: number, points: readonly number[]): PlaceCoster {
  // bases[k]: a reduced basis of span{x_T restricted to S : |T| <= k}, masks over the positions of S.
  const bases: number[][] = [];
  const basis: number[] = [];
  const reduce = (v: number, b: readonly number[]): number => b.reduce((acc, e) => Math.min(acc, acc ^ e), v);
  for (let k = 0; k <= d; k++) {
    for (let T = 0; T < 1 << d; T++) {
      if (ones(T) !== k) continue;
      const r = reduce(points.reduce((m, p, i) => ((p & T) === T ? m | (1 << i) : m), 0), basis);
      if (r !== 0) {
        basis.push(r);
        basis.sort((x, y) => y - x);
      }
    }
    bases.push(basis.slice());
  }
  return {
    cost(a) {
      const bits = a.reduce((m, v, i) => (v === -1n ? m | (1 << i) : m), 0);
      for (let k = 0; k <= d; k++) if (reduce(bits, bases[k]!) === 0) return k;
      throw new Error('internal: the monomials do not span the functions on S');
    },
  };
}

const costers = new Map<string, PlaceCoster>();

/** The coster of a point set (kept for the process: it depends on d, the points and the kind only). */
export function placeCoster(d: number, points: readonly number[], kind: Kind): PlaceCoster {
  const key = `${d}:${kind}:${points.join(',')}`;
  let c = costers.get(key);
  if (c === undefined) {
    c = kind === 'gf2' ? gf2Coster(d, points) : fourierCoster(d, points, kind === 'profile');
    costers.set(key, c);
  }
  return c;
}

export type Combine = 'sum' | 'max' | 'profile';

export function combine(how: Combine, a: Cost, b: Cost): Cost {
  if (how === 'profile') return (a as readonly Q[]).map((x, k) => add(x, (b as readonly Q[])[k]!));
  return how === 'max' ? Math.max(a as number, b as number) : (a as number) + (b as number);
}

export const zeroCost = (how: Combine, d: number): Cost => (how === 'profile' ? new Array<Q>(d + 1).fill(ZERO) : 0);

/** Negative when a is simpler: numbers by size, profiles from the top level down (an order that adding a profile to both sides keeps). */
export function compareCost(a: Cost, b: Cost): number {
  if (typeof a === 'number') return a - (b as number);
  const bb = b as readonly Q[];
  for (let k = a.length - 1; k >= 0; k--) {
    const c = compare(a[k]!, bb[k]!);
    if (c !== 0) return c;
  }
  return 0;
}

export const costText = (c: Cost): string => (typeof c === 'number' ? String(c) : `(${c.map(text).join(', ')})`);
