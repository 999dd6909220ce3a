/**
 * fast-check arbitraries for function and subset domains, shrinking toward small, readable values:
 * Boolean functions toward fewer relevant variables and fewer -1 points (booleanShrink.ts),
 * integer functions toward values 0, subsets toward fewer points.
 */
import fc from 'fast-check';
import type { Fn, PointSet } from '../../model/values.js';
import { hasDegreeAtMost, isBooleanTable } from '../domains/lowDegree.js';
import { lowDegreeTables } from '../domains/lowDegreeList.js';
import { booleanShrinks } from './booleanShrink.js';
import { customArbitrary, smallDraw } from './custom.js';

/** Tables up to this many points get one boolean per point (the most readable shrinking). */
const PER_POINT_LIMIT = 256;

/** 2^n bits; set bits shrink to unset. Large tables use 16-bit chunks (integers shrinking to 0). */
export function bitsArbitrary(size: number): fc.Arbitrary<Uint8Array> {
  if (size <= PER_POINT_LIMIT) {
    return fc.array(fc.boolean(), { minLength: size, maxLength: size }).map((bs) => Uint8Array.from(bs, (b) => (b ? 1 : 0)));
  }
  const chunks = size / 16;
  return fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: chunks, maxLength: chunks }).map((ws) => {
    const bits = new Uint8Array(size);
    for (let i = 0; i < size; i++) bits[i] = (ws[i >>> 4]! >>> (i & 15)) & 1;
    return bits;
  });
}

/** r distinct variables (0-based) out of n, by a partial Fisher-Yates shuffle. */
function pickVariables(mrng: fc.Random, n: number, r: number): number[] {
  const vars = Array.from({ length: n }, (_, i) => i);
  for (let j = 0; j < r; j++) {
    const k = mrng.nextInt(j, n - 1);
    [vars[j], vars[k]] = [vars[k]!, vars[j]!];
  }
  return vars.slice(0, r);
}

/** The index of x's bits at `vars` (bit j of the result = bit vars[j] of x). */
function project(x: number, vars: readonly number[]): number {
  let p = 0;
  for (let j = 0; j < vars.length; j++) p |= ((x >>> vars[j]!) & 1) << j;
  return p;
}

function randomTable(mrng: fc.Random, size: number): Int32Array {
  const values = new Int32Array(size);
  for (let x = 0; x < size; x += 16) {
    const w = mrng.nextInt(0, 0xffff);
    for (let b = 0; b < 16 && x + b < size; b++) values[x + b] = (w >>> b) & 1 ? -1 : 1;
  }
  return values;
}

/** Uniform over all tables; biased runs draw a function of at most 3 random variables. */
export function booleanFunctionArbitrary(n: number): fc.Arbitrary<Fn> {
  return customArbitrary<Fn>({
    generate(mrng, biasFactor) {
      if (!smallDraw(mrng, biasFactor)) return { n, values: randomTable(mrng, 2 ** n) };
      const vars = pickVariables(mrng, n, mrng.nextInt(0, Math.min(n, 3)));
      const table = randomTable(mrng, 2 ** vars.length);
      return { n, values: Int32Array.from({ length: 2 ** n }, (_, x) => table[project(x, vars)]!) };
    },
    shrinkCandidates: (f) => booleanShrinks(f),
    isValue: (v): v is Fn => typeof v === 'object' && v !== null && isBooleanTable(v as Fn, n),
  });
}

export function integerFunctionArbitrary(n: number, min: number, max: number): fc.Arbitrary<Fn> {
  const size = 2 ** n;
  return fc.array(fc.integer({ min, max }), { minLength: size, maxLength: size }).map((vs) => ({ n, values: Int32Array.from(vs) }));
}

export function subsetArbitrary(n: number): fc.Arbitrary<PointSet> {
  return bitsArbitrary(2 ** n).map((bits) => {
    const points: number[] = [];
    bits.forEach((b, i) => b && points.push(i));
    return { n, points: Uint32Array.from(points) };
  });
}

/** The largest n0 <= n whose degree-<= k members can be listed (n0 <= k: all functions qualify). */
function embeddableScope(n: number, k: number): number {
  for (let n0 = n; n0 > 0; n0--) if (n0 <= k || lowDegreeTables(n0, k) !== null) return n0;
  return 0;
}

/** A uniform member on n0 variables (listed, or any function when n0 <= k). */
function drawListed(mrng: fc.Random, n0: number, k: number): Int32Array {
  if (n0 <= k) return randomTable(mrng, 2 ** n0);
  const list = lowDegreeTables(n0, k)!;
  const W = list.wordsPerTable;
  const t = mrng.nextInt(0, list.count - 1);
  return Int32Array.from({ length: 2 ** n0 }, (_, x) => ((list.words[t * W + (x >>> 5)]! >>> (x & 31)) & 1 ? -1 : 1));
}

/**
 * Boolean functions of degree <= k. When the members on C_n can be listed, a uniform pick; otherwise
 * a listed member g on n0 < n variables embedded as +-g(s x_{v_1}, ..., s x_{v_n0}) (renaming
 * variables and flipping signs keep the degree; not every member is reached). Biased runs fix some
 * variables to +1 (a restriction keeps the degree too). Shrinking as for Boolean functions, keeping
 * only candidates of degree <= k.
 */
export function lowDegreeArbitrary(n: number, k: number): fc.Arbitrary<Fn> {
  if (k >= n) return booleanFunctionArbitrary(n);
  const n0 = embeddableScope(n, k);
  return customArbitrary<Fn>({
    generate(mrng, biasFactor) {
      const g = drawListed(mrng, n0, k);
      const vars = n0 === n ? Array.from({ length: n }, (_, i) => i) : pickVariables(mrng, n, n0);
      const flips = n0 === n ? 0 : mrng.nextInt(0, 2 ** n - 1);
      const sign = n0 === n || mrng.nextBoolean() ? 1 : -1;
      const keep = smallDraw(mrng, biasFactor) ? mrng.nextInt(0, 2 ** n - 1) : 2 ** n - 1;
      return { n, values: Int32Array.from({ length: 2 ** n }, (_, x) => sign * g[project((x & keep) ^ flips, vars)]!) };
    },
    shrinkCandidates: (f) => booleanShrinks(f, (g) => hasDegreeAtMost(g, k)),
    isValue: (v): v is Fn => typeof v === 'object' && v !== null && isBooleanTable(v as Fn, n) && hasDegreeAtMost(v as Fn, k),
  });
}
