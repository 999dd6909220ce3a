/** Small functions with known measures, and exhaustive enumeration, for the measure tests. */
import type { Table } from '../../src/core/measures/table.js';
import { pseudoRandomSigns } from '../core/helpers.js';

/** The +-1 table of a predicate on the bits of a point (true = -1, docs/math.md conventions). */
export function tableOf(n: number, isTrue: (point: number, bit: (i: number) => number) => boolean): Table {
  const values = new Int32Array(2 ** n);
  for (let x = 0; x < values.length; x++) values[x] = isTrue(x, (i) => (x >>> i) & 1) ? -1 : 1;
  return { n, values };
}

export function popcount(x: number): number {
  let c = 0;
  for (; x; x >>>= 1) c += x & 1;
  return c;
}

export const parity = (n: number) => tableOf(n, (x) => popcount(x) % 2 === 1);
export const majority = (n: number) => tableOf(n, (x) => 2 * popcount(x) > n);
export const and = (n: number) => tableOf(n, (x) => x === 2 ** n - 1);
export const or = (n: number) => tableOf(n, (x) => x !== 0);
export const constant = (n: number, v: 1 | -1) => ({ n, values: new Int32Array(2 ** n).fill(v) });
export const dictator = (n: number, i: number) => tableOf(n, (_x, bit) => bit(i - 1) === 1);

/** Address (multiplexer) function on k + 2^k variables: x1..xk address one of the data bits. */
export function address(k: number): Table {
  return tableOf(k + 2 ** k, (x) => ((x >>> (k + (x & (2 ** k - 1)))) & 1) === 1);
}

/** The function whose hex truth table (bit x set = value -1) is the number t. */
export function fromIndex(n: number, t: number): Table {
  return tableOf(n, (x) => Math.floor(t / 2 ** x) % 2 === 1);
}

/** Every Boolean function on n <= 4 variables, as tables (65,536 at n = 4). */
export function* allFunctions(n: number): Generator<Table> {
  for (let t = 0; t < 2 ** 2 ** n; t++) yield fromIndex(n, t);
}

export function randomTable(n: number, seed: number): Table {
  return { n, values: pseudoRandomSigns(n, seed) };
}

/** The inner-product bent function x1 x2 + x3 x4 + ... on even n (GF(2)). */
export function innerProduct(n: number): Table {
  return tableOf(n, (x) => {
    let p = 0;
    for (let i = 0; i < n; i += 2) p ^= ((x >>> i) & (x >>> (i + 1))) & 1;
    return p === 1;
  });
}
