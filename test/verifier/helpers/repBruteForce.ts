/**
 * A brute force for the verifier's representation-bias search at d = 3, from the definitions:
 * every one of the 40,320 bijections V of C_3, its objective (heads h o V^-1, coordinates bit j
 * of V(z), summed or maxed), and the least objective with its count. Shared by
 * test/verifier/recoveryRepSearch.test.ts and test/verifier/recoveryRepWhole.test.ts.
 */
import type { RepBias } from '../../../src/verifier/recoveryRepSearch.js';

export const D = 3;
export const SIZE = 1 << D;

/** Every permutation of 0..n-1. */
function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) => [...Array(n).keys()].map((i) => [...p.slice(0, i), n - 1, ...p.slice(i)]));
}
const ALL = permutations(SIZE);

/** The objective of V from the definitions, by brute force: heads h o V^-1, coordinates bit j of V(z). */
export function score(v: readonly number[], tasks: readonly number[], bias: RepBias, head: (g: number) => number, coord: (b: number) => number): number {
  let total = 0;
  for (const h of tasks) {
    let g = 0;
    v.forEach((x, z) => (g |= ((h >>> z) & 1) << x));
    total += head(g);
  }
  const ks = [...Array(D).keys()].map((j) => coord(v.reduce((acc, x, z) => ((x >>> j) & 1 ? acc | (1 << z) : acc), 0)));
  return total + (bias === 'hier-max' ? Math.max(...ks) : ks.reduce((a, b) => a + b, 0));
}

/** The least objective over all bijections of C_3 and how many bijections reach it. */
export function brute(tasks: readonly number[], bias: RepBias, head: (g: number) => number, coord: (b: number) => number): { min: number; count: bigint } {
  let min = Infinity;
  let count = 0n;
  for (const v of ALL) {
    const s = score(v, tasks, bias, head, coord);
    if (s < min) [min, count] = [s, 0n];
    if (s === min) count++;
  }
  return { min, count };
}
