/**
 * The sampler of Boolean functions of Fourier degree <= k on all n variables (cubecheck-mix/1,
 * docs/certificates.md). Every construction has degree <= k by a theorem: decision trees of depth
 * <= k (degree <= depth), juntas on <= k variables, parities of <= k variables, products g h
 * (deg <= deg g + deg h) and compositions g(h_1, ..., h_j) (deg <= deg g * max deg h_i); one
 * family filters uniform juntas on k + 2 variables by exact degree (where the degree-k functions
 * with the most relevant variables for small k live, e.g. x1 ite(x1 x2, x3, x4), degree 2). To reach
 * every member, one family draws a uniform table (when k^3 >= n) or a full decision tree of depth
 * k^3 (every function of degree <= k has one: D(f) <= deg(f)^3, Midrijanis 2004) and keeps it only
 * if its exact degree is <= k, else falls back to a tree of depth <= k.
 */
import { hasDegreeAtMost } from '../domains/lowDegree.js';
import type { RandomSource } from './random.js';
import { composeTables, juntaTable, pickVariables, popcount, project, sampleBooleanTable, tabulate, treeTable, uniformTable } from './sampleFunctions.js';

/** Depth k with probability 1/2, else uniform in 0..k. */
function lowTree(src: RandomSource, n: number, k: number): Int32Array {
  const d = src.below(2) === 1 ? k : src.below(k + 1);
  return treeTable(src, n, d, true);
}

function smallParity(src: RandomSource, n: number, k: number): Int32Array {
  const vars = pickVariables(src, n, src.below(k + 1));
  const mask = vars.reduce((m, v) => m | (1 << v), 0);
  const neg = src.below(2);
  return tabulate(2 ** n, (x) => ((popcount(x & mask) + neg) & 1 ? -1 : 1));
}

/** One of tree (depth <= a), junta (<= a variables), parity (<= a variables); a <= n. */
function simpleLow(src: RandomSource, n: number, a: number): Int32Array {
  switch (src.below(3)) {
    case 0:
      return treeTable(src, n, src.below(a + 1), true);
    case 1:
      return juntaTable(src, n, src.below(a + 1));
    default:
      return smallParity(src, n, a);
  }
}

function product(src: RandomSource, n: number, k: number): Int32Array {
  const a = src.below(k + 1);
  const g = simpleLow(src, n, a);
  const h = simpleLow(src, n, k - a);
  return g.map((v, x) => v * h[x]!);
}

function composition(src: RandomSource, n: number, k: number): Int32Array {
  const b = 1 + src.below(k);
  const a = Math.floor(k / b);
  const j = a + src.below(2);
  const g = simpleLow(src, j, a);
  const inputs = Array.from({ length: j }, () => simpleLow(src, n, b));
  return composeTables(g, inputs, 2 ** n);
}

/** Tries for a uniform table on r variables to have degree <= k: 256, fewer for big tables. */
export function filterTries(r: number): number {
  return Math.max(1, Math.min(256, Math.floor(2 ** 16 / 2 ** r)));
}

/** A junta on r = min(n, k + 2) variables: uniform tables until one has degree <= k (else a tree). */
function filteredJunta(src: RandomSource, n: number, k: number): Int32Array {
  const r = Math.min(n, k + 2);
  const vars = pickVariables(src, n, r);
  for (let t = filterTries(r); t > 0; t--) {
    const table = uniformTable(src, 2 ** r);
    if (hasDegreeAtMost({ n: r, values: table }, k)) return tabulate(2 ** n, (x) => table[project(x, vars)]!);
  }
  return lowTree(src, n, k);
}

function filtered(src: RandomSource, n: number, k: number): Int32Array {
  const depth = Math.min(n, k ** 3);
  const t = depth === n ? uniformTable(src, 2 ** n) : treeTable(src, n, depth, false);
  return hasDegreeAtMost({ n, values: t }, k) ? t : lowTree(src, n, k);
}

/** Degree <= k on C_n: k >= n is every Boolean function, k = 0 a constant, else by below(16). */
export function sampleLowDegreeTable(src: RandomSource, n: number, k: number): Int32Array {
  if (k >= n) return sampleBooleanTable(src, n);
  if (k === 0) return new Int32Array(2 ** n).fill(src.below(2) === 1 ? -1 : 1);
  const c = src.below(16);
  if (c <= 5) return lowTree(src, n, k);
  if (c <= 7) return juntaTable(src, n, src.below(k + 1));
  if (c === 8) return smallParity(src, n, k);
  if (c <= 11) return product(src, n, k);
  if (c <= 13) return composition(src, n, k);
  if (c === 14) return filteredJunta(src, n, k);
  return filtered(src, n, k);
}
