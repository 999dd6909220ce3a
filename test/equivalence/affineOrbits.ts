/**
 * Slow definitions for the affine tests, written apart from src/equivalence: every element of the
 * group (n <= 3) and the orbit of a function by breadth-first search over generators (n <= 4), on
 * +-1 value arrays with coordinates spelled out.
 */
import type { AffineElement, AffineGroup } from '../../src/equivalence/affineElement.js';

const bits = (x: number, n: number): number[] => Array.from({ length: n }, (_, i) => (x >> i) & 1);
const index = (b: readonly number[]): number => b.reduce((acc, v, i) => acc + v * 2 ** i, 0);

/** (e.f)(x) = (-1)^c chi_a(x) f(A x + b), coordinates one by one. */
export function actSlow(values: readonly number[], n: number, e: AffineElement): number[] {
  return Array.from({ length: 2 ** n }, (_, x) => {
    const xb = bits(x, n);
    const y = bits(e.translation, n);
    for (let j = 0; j < n; j++) if (xb[j]) bits(e.cols[j]!, n).forEach((v, i) => (y[i] ^= v));
    let sign = e.constant ? -1 : 1;
    for (let j = 0; j < n; j++) if (xb[j] && (e.linear >> j) & 1) sign = -sign;
    return sign * values[index(y)]!;
  });
}

export function* allElements(n: number, group: AffineGroup): Generator<AffineElement> {
  const size = 2 ** n;
  const columns = function* (cols: number[]): Generator<number[]> {
    if (cols.length === n) {
      const span = new Set<number>();
      for (let x = 0; x < size; x++) span.add(bits(x, n).reduce((acc, v, j) => (v ? acc ^ cols[j]! : acc), 0));
      if (span.size === size) yield cols.slice();
      return;
    }
    for (let v = 0; v < size; v++) yield* columns([...cols, v]);
  };
  for (const cols of columns([])) {
    for (let b = 0; b < size; b++) {
      for (let a = 0; a < (group === 'ea' ? size : 1); a++) {
        for (let c = 0; c < (group === 'agl' ? 1 : 2); c++) yield { cols, translation: b, linear: a, constant: c as 0 | 1 };
      }
    }
  }
}

/** Generators: swap x1 x2, cycle the variables, x1 += x2 (a transvection), translate by e_1; complement; for ea add x1. */
export function generators(n: number, group: AffineGroup): AffineElement[] {
  const id = Array.from({ length: n }, (_, j) => 2 ** j);
  const out: AffineElement[] = [];
  const plain = (cols: number[], translation = 0): AffineElement => ({ cols, translation, linear: 0, constant: 0 });
  if (n >= 1) out.push(plain(id, 1));
  if (n >= 2) out.push(plain([2, 1, ...id.slice(2)]), plain(id.map((_, j) => 2 ** ((j + 1) % n))), plain([1, 3, ...id.slice(2)]));
  if (group !== 'agl') out.push({ cols: id, translation: 0, linear: 0, constant: 1 });
  if (group === 'ea' && n >= 1) out.push({ cols: id, translation: 0, linear: 1, constant: 0 });
  return out;
}

/** An element compiled once from actSlow: the point each x reads and whether the value flips there. */
export interface SlowMap {
  readonly reads: readonly number[];
  readonly flips: readonly number[];
}

export function compile(n: number, e: AffineElement): SlowMap {
  const size = 2 ** n;
  const signs = actSlow(Array.from({ length: size }, () => 1), n, e);
  const reads = new Array<number>(size);
  for (let y = 0; y < size; y++) {
    const image = actSlow(Array.from({ length: size }, (_, x) => (x === y ? -1 : 1)), n, e);
    image.forEach((v, x) => {
      if (v !== signs[x]) reads[x] = y;
    });
  }
  return { reads, flips: signs.map((v) => (v === -1 ? 1 : 0)) };
}

/** Apply a compiled element to a table (bit x = 1 where the value is -1). */
export function applySlow(m: SlowMap, table: number): number {
  let out = 0;
  for (let x = 0; x < m.reads.length; x++) out |= (((table >>> m.reads[x]!) & 1) ^ m.flips[x]!) << x;
  return out >>> 0;
}

/** The orbit of a table under the generators, by breadth-first search. */
export function orbitByGenerators(table: number, n: number, group: AffineGroup): Set<number> {
  const gens = generators(n, group).map((g) => compile(n, g));
  const seen = new Set<number>([table]);
  const queue = [table];
  while (queue.length > 0) {
    const f = queue.pop()!;
    for (const g of gens) {
      const h = applySlow(g, f);
      if (!seen.has(h)) {
        seen.add(h);
        queue.push(h);
      }
    }
  }
  return seen;
}

/** a before b in the truth-table order: at the lowest point where they differ, a has +1 (bit 0). */
export function before(a: number, b: number): boolean {
  const d = (a ^ b) >>> 0;
  return d !== 0 && (a & d & -d) === 0;
}
export const least = (tables: Iterable<number>): number => [...tables].reduce((a, b) => (before(b, a) ? b : a));
