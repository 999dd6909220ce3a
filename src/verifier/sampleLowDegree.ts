/**
 * The verifier's own copy of the low-degree sampler of docs/certificates.md ("Sampled cases"):
 * Boolean functions of Fourier degree <= k on C_n. The one filtered family asks the verifier's
 * kernel for the exact degree.
 */
import { verifierKernel } from './kernel.js';
import { booleanTable, choose, compose, gather, junta, tree, uniform } from './sampleFunctions.js';
import type { Stream } from './sampleStream.js';

type Table = number[];

function ones(v: number): number {
  let c = 0;
  for (let b = v; b !== 0; b = Math.floor(b / 2)) c += b % 2;
  return c;
}

function depthKTree(s: Stream, n: number, k: number): Table {
  const d = s.below(2) === 1 ? k : s.below(k + 1);
  return tree(s, n, d, true);
}

function parityOfFew(s: Stream, n: number, k: number): Table {
  const vars = choose(s, n, s.below(k + 1));
  const neg = s.below(2);
  return Array.from({ length: 2 ** n }, (_, x) => ((ones(gather(x, vars)) + neg) % 2 === 1 ? -1 : 1));
}

function simple(s: Stream, n: number, a: number): Table {
  const which = s.below(3);
  if (which === 0) return tree(s, n, s.below(a + 1), true);
  if (which === 1) return junta(s, n, s.below(a + 1));
  return parityOfFew(s, n, a);
}

export function lowDegreeTable(s: Stream, n: number, k: number): Table {
  if (k >= n) return booleanTable(s, n);
  if (k === 0) {
    const v = s.below(2) === 1 ? -1 : 1;
    return Array.from({ length: 2 ** n }, () => v);
  }
  const c = s.below(16);
  if (c < 6) return depthKTree(s, n, k);
  if (c < 8) return junta(s, n, s.below(k + 1));
  if (c === 8) return parityOfFew(s, n, k);
  if (c < 12) {
    const a = s.below(k + 1);
    const g = simple(s, n, a);
    const h = simple(s, n, k - a);
    return g.map((v, x) => v * h[x]!);
  }
  if (c === 14) {
    const r = Math.min(n, k + 2);
    const vars = choose(s, n, r);
    const tries = Math.max(1, Math.min(256, Math.floor(65536 / 2 ** r)));
    for (let t = 0; t < tries; t++) {
      const table = uniform(s, 2 ** r);
      if ((verifierKernel.degree({ n: r, values: Int32Array.from(table) }) ?? 0) <= k) {
        return Array.from({ length: 2 ** n }, (_, x) => table[gather(x, vars)]!);
      }
    }
    return depthKTree(s, n, k);
  }
  if (c < 14) {
    const b = 1 + s.below(k);
    const a = Math.floor(k / b);
    const j = a + s.below(2);
    const g = simple(s, j, a);
    const inputs: Table[] = [];
    for (let i = 0; i < j; i++) inputs.push(simple(s, n, b));
    return compose(g, inputs, n);
  }
  const depth = Math.min(n, k ** 3);
  const t = depth === n ? uniform(s, 2 ** n) : tree(s, n, depth, false);
  const degree = verifierKernel.degree({ n, values: Int32Array.from(t) }) ?? 0;
  return degree <= k ? t : depthKTree(s, n, k);
}
