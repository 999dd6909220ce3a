/**
 * The cost of one Boolean head, given as its code (bit x set when g(x) = -1, as in the hex:
 * literal; d <= 5 so a code fits in 32 bits), for the three head measures of docs/math.md section 5:
 * Fourier degree, GF(2) degree (0 for g = +1) and the degree profile scaled by 4^d (integers,
 * since 2^d fhat(S) is an integer). Costs form an ordered monoid (Algebra) so that the tuple
 * search can bound a partial sum by what the remaining heads must at least cost: numbers add (or
 * take the max, for head-max), profiles add coordinate-wise and compare from the top level down;
 * both orders are translation invariant, so "partial + rest <= bound" is "cost <= bound - partial - rest".
 */
import { popcount } from '../../core/cube.js';
import { fwhtInt32InPlace } from '../../core/fwht.js';
import { moebiusInPlace } from '../../core/anf.js';
import { MAX_TABLE_D, booleanTables } from '../booleanTables.js';

export type Measure = 'fourier' | 'gf2' | 'profile';

/** A number (degree biases) or a scaled profile 4^d (W^0..W^d). */
export type Cost = number | readonly number[];

export interface Algebra<C extends Cost> {
  readonly zero: C;
  /** The cost of spent plus one more head of cost c. */
  combine(spent: C, c: C): C;
  /** The largest cost the next head may have so that spent + it + rest stays <= bound. */
  allowance(bound: C, spent: C, rest: C): C;
  compare(a: C, b: C): number;
}

export const sumAlgebra: Algebra<number> = {
  zero: 0,
  combine: (a, b) => a + b,
  allowance: (bound, spent, rest) => bound - spent - rest,
  compare: (a, b) => a - b,
};

export const maxAlgebra: Algebra<number> = {
  zero: 0,
  combine: (a, b) => Math.max(a, b),
  allowance: (bound, spent, rest) => (Math.max(spent, rest) <= bound ? bound : -1),
  compare: (a, b) => a - b,
};

/** Compares two profiles from the top level down (less weight high up is simpler). */
export function compareProfileVectors(a: readonly number[], b: readonly number[]): number {
  for (let k = a.length - 1; k >= 0; k--) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return 0;
}

export function profileAlgebra(d: number): Algebra<readonly number[]> {
  return {
    zero: new Array<number>(d + 1).fill(0),
    combine: (a, b) => a.map((x, k) => x + b[k]!),
    allowance: (bound, spent, rest) => bound.map((x, k) => x - spent[k]! - rest[k]!),
    compare: compareProfileVectors,
  };
}

const buf = new Int32Array(32);
const bits = new Uint8Array(32);

/** Fourier degree of the code's function on C_d (d <= 5). */
export function fourierDegreeOfCode(d: number, code: number): number {
  const size = 1 << d;
  if (d <= MAX_TABLE_D) return booleanTables(d).degree[code]!;
  const a = buf.subarray(0, size);
  for (let x = 0; x < size; x++) a[x] = (code >>> x) & 1 ? -1 : 1;
  fwhtInt32InPlace(a);
  let top = 0;
  for (let S = 0; S < size; S++) if (a[S] !== 0 && popcount(S) > top) top = popcount(S);
  return top;
}

export function gf2DegreeOfCode(d: number, code: number): number {
  const size = 1 << d;
  if (d <= MAX_TABLE_D) return booleanTables(d).gf2[code]!;
  const b = bits.subarray(0, size);
  for (let x = 0; x < size; x++) b[x] = (code >>> x) & 1;
  moebiusInPlace(b);
  let top = 0;
  for (let S = 0; S < size; S++) if (b[S] && popcount(S) > top) top = popcount(S);
  return top;
}

export function profileOfCode(d: number, code: number): number[] {
  const size = 1 << d;
  if (d <= MAX_TABLE_D) return Array.from(booleanTables(d).profile.subarray(code * (d + 1), code * (d + 1) + d + 1));
  const a = buf.subarray(0, size);
  for (let x = 0; x < size; x++) a[x] = (code >>> x) & 1 ? -1 : 1;
  fwhtInt32InPlace(a);
  const w = new Array<number>(d + 1).fill(0);
  for (let S = 0; S < size; S++) w[popcount(S)]! += a[S]! * a[S]!;
  return w;
}

const profiles = new Map<number, (readonly number[] | undefined)[]>();

/** profileOfCode, one shared (frozen) array per code at d <= 4: the search's hot loop allocates nothing. */
export function sharedProfileOfCode(d: number, code: number): readonly number[] {
  if (d > MAX_TABLE_D) return profileOfCode(d, code);
  let table = profiles.get(d);
  if (!table) profiles.set(d, (table = new Array(2 ** (2 ** d))));
  return (table[code] ??= Object.freeze(profileOfCode(d, code)));
}

export function costOfCode(d: number, measure: Measure, code: number): Cost {
  if (measure === 'fourier') return fourierDegreeOfCode(d, code);
  if (measure === 'gf2') return gf2DegreeOfCode(d, code);
  return sharedProfileOfCode(d, code);
}
