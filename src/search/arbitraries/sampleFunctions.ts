/**
 * The sampler of Boolean functions on C_n (distribution cubecheck-mix/1, docs/certificates.md
 * "Sampled cases", where every draw is specified in order). A mix: uniform tables (so every
 * function has positive probability), juntas of every size up to n, decision trees, linear
 * threshold functions with small integer weights, symmetric functions (on some variables, inputs
 * possibly negated), parities, compositions g(h_1, ..., h_j) and structured functions with a few
 * points flipped. Tables are Int32Arrays of +-1 (point order).
 */
import type { RandomSource } from './random.js';

/** The table of fn at x = 0, 1, ..., size - 1 (in that order: fn may draw). */
export function tabulate(size: number, fn: (x: number) => number): Int32Array {
  const t = new Int32Array(size);
  for (let x = 0; x < size; x++) t[x] = fn(x);
  return t;
}

export function tabulateImage(size: number, fn: (x: number) => number): Uint32Array {
  const t = new Uint32Array(size);
  for (let x = 0; x < size; x++) t[x] = fn(x);
  return t;
}

export function popcount(v: number): number {
  let c = 0;
  for (; v; v &= v - 1) c++;
  return c;
}

/** Uniform table: one 32-bit word per 32 points, bit b of word w set means -1 at point 32w + b. */
export function uniformTable(src: RandomSource, size: number): Int32Array {
  const t = new Int32Array(size);
  for (let w = 0; w * 32 < size; w++) {
    const word = src.below(2 ** 32);
    for (let b = 0; b < 32 && 32 * w + b < size; b++) t[32 * w + b] = (word >>> b) & 1 ? -1 : 1;
  }
  return t;
}

/** r distinct variables (0-based) out of n: a partial Fisher-Yates shuffle of 0..n-1. */
export function pickVariables(src: RandomSource, n: number, r: number): number[] {
  const vars = Array.from({ length: n }, (_, i) => i);
  for (let j = 0; j < r; j++) {
    const k = j + src.below(n - j);
    [vars[j], vars[k]] = [vars[k]!, vars[j]!];
  }
  return vars.slice(0, r);
}

/** The index of x's bits at vars (bit j of the result = bit vars[j] of x). */
export function project(x: number, vars: readonly number[]): number {
  let p = 0;
  for (let j = 0; j < vars.length; j++) p |= ((x >>> vars[j]!) & 1) << j;
  return p;
}

const sign = (src: RandomSource): number => (src.below(2) === 1 ? -1 : 1);

export function juntaTable(src: RandomSource, n: number, r: number): Int32Array {
  const vars = pickVariables(src, n, r);
  const t = uniformTable(src, 2 ** r);
  return tabulate(2 ** n, (x) => t[project(x, vars)]!);
}

type Tree = { readonly leaf: number } | { readonly v: number; readonly lo: Tree; readonly hi: Tree };

/** Preorder: (early: below(4) = 0 makes a leaf), a leaf's sign, or a variable not on the path, then its 0- and 1-subtrees. */
function growTree(src: RandomSource, n: number, depth: number, early: boolean, path: number): Tree {
  if (depth === 0 || (early && src.below(4) === 0)) return { leaf: sign(src) };
  const free: number[] = [];
  for (let i = 0; i < n; i++) if (!((path >>> i) & 1)) free.push(i);
  const v = free[src.below(free.length)]!;
  const lo = growTree(src, n, depth - 1, early, path | (1 << v));
  return { v, lo, hi: growTree(src, n, depth - 1, early, path | (1 << v)) };
}

/** A decision tree of the given depth (<= n) on C_n; early: nodes may stop as leaves. Degree <= depth. */
export function treeTable(src: RandomSource, n: number, depth: number, early: boolean): Int32Array {
  const tree = growTree(src, n, depth, early, 0);
  return tabulate(2 ** n, (x) => {
    let t = tree;
    while (!('leaf' in t)) t = (x >>> t.v) & 1 ? t.hi : t.lo;
    return t.leaf;
  });
}

/** One weight: +-1, -1..1, 1..3 (monotone) or -3..3, by kind. */
function weight(src: RandomSource, kind: number): number {
  if (kind === 0) return 2 * src.below(2) - 1;
  if (kind === 1) return src.below(3) - 1;
  return kind === 2 ? 1 + src.below(3) : src.below(7) - 3;
}

/** -1 exactly where sum_i w_i t_i(x) >= theta (t_i = +1 or -1 as bit i is 1 or 0, so positive weights are monotone); theta 0 or 1 half the time. */
function thresholdTable(src: RandomSource, n: number): Int32Array {
  const kind = src.below(4);
  const w = Array.from({ length: n }, () => weight(src, kind));
  const s = w.reduce((a, b) => a + Math.abs(b), 0);
  const theta = src.below(2) === 1 ? src.below(2) : src.below(2 * s + 2) - s;
  // sum(x) = 2 * (sum of w_i over the set bits of x) - sum_i w_i; the inner sum by x & (x - 1).
  const total = w.reduce((a, b) => a + b, 0);
  const setSum = new Int32Array(2 ** n);
  for (let x = 1; x < setSum.length; x++) setSum[x] = setSum[x & (x - 1)]! + w[31 - Math.clz32(x & -x)]!;
  return tabulate(2 ** n, (x) => (2 * setSum[x]! - total >= theta ? -1 : 1));
}

function symmetricTable(src: RandomSource, n: number): Int32Array {
  const r = n === 0 ? 0 : src.below(4) !== 0 ? n : 1 + src.below(n);
  const vars = pickVariables(src, n, r);
  const byWeight = Array.from({ length: r + 1 }, () => sign(src));
  const flips = src.below(4) === 0 ? src.below(2 ** n) : 0;
  return tabulate(2 ** n, (x) => byWeight[popcount(project(x ^ flips, vars))]!);
}

function parityTable(src: RandomSource, n: number): Int32Array {
  const s = src.below(2 ** n);
  const neg = src.below(2);
  return tabulate(2 ** n, (x) => ((popcount(x & s) + neg) & 1 ? -1 : 1));
}

/** One of junta (<= 4 variables), tree (depth <= 4), threshold, symmetric, parity. */
function simpleStructured(src: RandomSource, n: number): Int32Array {
  switch (src.below(5)) {
    case 0:
      return juntaTable(src, n, src.below(Math.min(n, 4) + 1));
    case 1:
      return treeTable(src, n, src.below(Math.min(n, 4) + 1), true);
    case 2:
      return thresholdTable(src, n);
    case 3:
      return symmetricTable(src, n);
    default:
      return parityTable(src, n);
  }
}

/** x -> g(h_1(x), ..., h_j(x)): g a table on C_j, input i is bit i - 1 of g's point index. */
export function composeTables(g: Int32Array, inputs: readonly Int32Array[], size: number): Int32Array {
  return tabulate(size, (x) => {
    let y = 0;
    for (let i = 0; i < inputs.length; i++) if (inputs[i]![x] === -1) y |= 1 << i;
    return g[y]!;
  });
}

function compositionTable(src: RandomSource, n: number): Int32Array {
  const j = 2 + src.below(2);
  const g = uniformTable(src, 2 ** j);
  const inputs = Array.from({ length: j }, () => simpleStructured(src, n));
  return composeTables(g, inputs, 2 ** n);
}

function perturbedTable(src: RandomSource, n: number): Int32Array {
  const t = simpleStructured(src, n);
  for (let c = 1 + src.below(3); c > 0; c--) {
    const p = src.below(2 ** n);
    t[p] = -t[p]!;
  }
  return t;
}

/** The Boolean function sampler: family by below(16) (weights in docs/certificates.md). */
export function sampleBooleanTable(src: RandomSource, n: number): Int32Array {
  const c = src.below(16);
  if (c <= 3) return uniformTable(src, 2 ** n);
  if (c === 4) return juntaTable(src, n, src.below(Math.min(n, 3) + 1));
  if (c <= 6) return juntaTable(src, n, src.below(n + 1));
  if (c <= 8) return treeTable(src, n, src.below(Math.min(n, 5) + 1), true);
  if (c <= 10) return thresholdTable(src, n);
  if (c <= 12) return symmetricTable(src, n);
  if (c === 13) return parityTable(src, n);
  if (c === 14) return compositionTable(src, n);
  return perturbedTable(src, n);
}
