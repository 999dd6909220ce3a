/** Inputs for the twin test: every Boolean function for small n, seeded random ones beyond. */
import type { Fn } from '../../src/model/values.js';

/** mulberry32: a small seeded generator, so a failure names its seed and reproduces. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function allBoolean(n: number): Fn[] {
  const size = 2 ** n;
  return Array.from({ length: 2 ** size }, (_, t) => ({ n, values: Int32Array.from({ length: size }, (_, x) => (Math.floor(t / 2 ** x) % 2 ? -1 : 1)) }));
}

export function randomBoolean(n: number, count: number, seed: number): Fn[] {
  const r = rng(seed);
  return Array.from({ length: count }, () => ({ n, values: Int32Array.from({ length: 2 ** n }, () => (r() < 0.5 ? -1 : 1)) }));
}

/** Integer-valued functions with values in [-range, range]. */
export function randomInteger(n: number, count: number, range: number, seed: number): Fn[] {
  const r = rng(seed);
  return Array.from({ length: count }, () => ({ n, values: Int32Array.from({ length: 2 ** n }, () => Math.floor(r() * (2 * range + 1)) - range) }));
}

/** Structured Boolean functions random ones rarely hit: constants, dictators, parities, bent. */
export function special(n: number): Fn[] {
  const size = 2 ** n;
  const table = (v: (x: number) => number): Fn => ({ n, values: Int32Array.from({ length: size }, (_, x) => v(x)) });
  const ones = (x: number): number => x.toString(2).split('1').length - 1;
  const out = [table(() => 1), table(() => -1), table((x) => (ones(x) % 2 ? -1 : 1))];
  if (n >= 1) out.push(table((x) => (x & 1 ? -1 : 1)));
  if (n % 2 === 0 && n >= 2) {
    const h = n / 2; // inner product x_1..x_h . x_{h+1}..x_n, a bent function
    out.push(table((x) => (ones((x & (2 ** h - 1)) & (x >>> h)) % 2 ? -1 : 1)));
  }
  return out;
}
