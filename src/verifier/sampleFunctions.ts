/**
 * The verifier's own copy of the function samplers of docs/certificates.md ("Sampled cases"),
 * written from that text: Boolean functions, low-degree functions, integer functions and subsets
 * (as membership tables). Tables are arrays of +1/-1 in point order.
 */
import type { Stream } from './sampleStream.js';

type Table = number[];
const TWO32 = 4294967296;

const ones = (v: number): number => {
  let c = 0;
  for (let b = v; b !== 0; b = Math.floor(b / 2)) c += b % 2;
  return c;
};
const bit = (x: number, i: number): number => (x >>> i) & 1;
const signOf = (s: Stream): number => (s.below(2) === 1 ? -1 : 1);

export function uniform(s: Stream, size: number): Table {
  const t: Table = [];
  while (t.length < size) {
    const word = s.below(TWO32);
    for (let b = 0; b < 32 && t.length < size; b++) t.push(bit(word, b) === 1 ? -1 : 1);
  }
  return t;
}

/** Partial Fisher-Yates on [0, 1, ..., count - 1]: the first r entries. */
export function choose(s: Stream, count: number, r: number): number[] {
  const a = Array.from({ length: count }, (_, i) => i);
  for (let j = 0; j < r; j++) {
    const k = j + s.below(count - j);
    const t = a[j]!;
    a[j] = a[k]!;
    a[k] = t;
  }
  return a.slice(0, r);
}

/** Sum over j of bit vars[j] of x times 2^j. */
export function gather(x: number, vars: readonly number[]): number {
  return vars.reduce((acc, v, j) => acc + bit(x, v) * 2 ** j, 0);
}

const points = (n: number): number[] => Array.from({ length: 2 ** n }, (_, x) => x);

export function junta(s: Stream, n: number, r: number): Table {
  const vars = choose(s, n, r);
  const t = uniform(s, 2 ** r);
  return points(n).map((x) => t[gather(x, vars)]!);
}

type Node = { leaf: number } | { v: number; zero: Node; one: Node };

function grow(s: Stream, n: number, depth: number, early: boolean, used: readonly number[]): Node {
  if (depth === 0) return { leaf: signOf(s) };
  if (early && s.below(4) === 0) return { leaf: signOf(s) };
  const free = Array.from({ length: n }, (_, i) => i).filter((i) => !used.includes(i));
  const v = free[s.below(free.length)]!;
  const zero = grow(s, n, depth - 1, early, [...used, v]);
  const one = grow(s, n, depth - 1, early, [...used, v]);
  return { v, zero, one };
}

export function tree(s: Stream, n: number, depth: number, early: boolean): Table {
  const root = grow(s, n, depth, early, []);
  return points(n).map((x) => {
    let node = root;
    while (!('leaf' in node)) node = bit(x, node.v) === 1 ? node.one : node.zero;
    return node.leaf;
  });
}

function threshold(s: Stream, n: number): Table {
  const kind = s.below(4);
  const w: number[] = [];
  for (let i = 0; i < n; i++) {
    if (kind === 0) w.push(2 * s.below(2) - 1);
    else if (kind === 1) w.push(s.below(3) - 1);
    else if (kind === 2) w.push(1 + s.below(3));
    else w.push(s.below(7) - 3);
  }
  const total = w.reduce((a, b) => a + Math.abs(b), 0);
  const theta = s.below(2) === 1 ? s.below(2) : s.below(2 * total + 2) - total;
  return points(n).map((x) => (w.reduce((acc, wi, i) => acc + (bit(x, i) === 1 ? wi : -wi), 0) >= theta ? -1 : 1));
}

function symmetric(s: Stream, n: number): Table {
  let r = 0;
  if (n > 0) r = s.below(4) !== 0 ? n : 1 + s.below(n);
  const vars = choose(s, n, r);
  const byWeight: number[] = [];
  for (let w = 0; w <= r; w++) byWeight.push(signOf(s));
  const flips = s.below(4) === 0 ? s.below(2 ** n) : 0;
  return points(n).map((x) => byWeight[ones(gather((x ^ flips) >>> 0, vars))]!);
}

function parity(s: Stream, n: number): Table {
  const mask = s.below(2 ** n);
  const neg = s.below(2);
  return points(n).map((x) => ((ones((x & mask) >>> 0) + neg) % 2 === 1 ? -1 : 1));
}

function simple(s: Stream, n: number): Table {
  const which = s.below(5);
  if (which === 0) return junta(s, n, s.below(Math.min(n, 4) + 1));
  if (which === 1) return tree(s, n, s.below(Math.min(n, 4) + 1), true);
  if (which === 2) return threshold(s, n);
  if (which === 3) return symmetric(s, n);
  return parity(s, n);
}

/** x -> g(h_1(x), ..., h_j(x)), input i being bit i - 1 of g's point. */
export function compose(g: Table, inputs: readonly Table[], n: number): Table {
  return points(n).map((x) => g[inputs.reduce((acc, h, i) => acc + (h[x] === -1 ? 2 ** i : 0), 0)]!);
}

export function booleanTable(s: Stream, n: number): Table {
  const c = s.below(16);
  if (c < 4) return uniform(s, 2 ** n);
  if (c === 4) return junta(s, n, s.below(Math.min(n, 3) + 1));
  if (c < 7) return junta(s, n, s.below(n + 1));
  if (c < 9) return tree(s, n, s.below(Math.min(n, 5) + 1), true);
  if (c < 11) return threshold(s, n);
  if (c < 13) return symmetric(s, n);
  if (c === 13) return parity(s, n);
  if (c === 14) {
    const j = 2 + s.below(2);
    const g = uniform(s, 2 ** j);
    const inputs: Table[] = [];
    for (let i = 0; i < j; i++) inputs.push(simple(s, n));
    return compose(g, inputs, n);
  }
  const t = simple(s, n);
  for (let c2 = 1 + s.below(3); c2 > 0; c2--) {
    const p = s.below(2 ** n);
    t[p] = -t[p]!;
  }
  return t;
}

export function integerTable(s: Stream, n: number, min: number, max: number): number[] {
  const r = max - min + 1;
  const c = s.below(4);
  if (c < 2) return points(n).map(() => min + s.below(r));
  if (c === 2) {
    const v = min + s.below(r);
    return points(n).map(() => v);
  }
  const a = min + s.below(r);
  const b = min + s.below(r);
  return booleanTable(s, n).map((v) => (v === -1 ? b : a));
}

/** Membership (1 in the set) of every point. */
export function subsetTable(s: Stream, n: number): number[] {
  const size = 2 ** n;
  const c = s.below(8);
  if (c < 3) return uniform(s, size).map((v) => (v === -1 ? 1 : 0));
  if (c === 3 || c === 4) {
    const inSet = c === 3 ? 1 : 0;
    const mask = points(n).map(() => 1 - inSet);
    for (let t = s.below(4); t > 0; t--) mask[s.below(size)] = inSet;
    return mask;
  }
  if (c === 5) {
    const fixed: number[] = [];
    for (let i = 0; i < n; i++) fixed.push(s.below(3));
    return points(n).map((x) => (fixed.every((f, i) => f === 0 || bit(x, i) === f - 1) ? 1 : 0));
  }
  if (c === 6) {
    const layers: number[] = [];
    for (let w = 0; w <= n; w++) layers.push(s.below(2));
    const centre = s.below(size);
    return points(n).map((x) => layers[ones((x ^ centre) >>> 0)]!);
  }
  return booleanTable(s, n).map((v) => (v === -1 ? 1 : 0));
}
