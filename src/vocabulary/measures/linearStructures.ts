/**
 * Linear structures (docs/math.md, "### linearStructures"): the sets a != 0 with D_a f constant,
 * i.e. f(x xor a) = f(x) for all x (invariant, r_f(a) = 2^n) or f(x xor a) = -f(x) for all x
 * (complementary, r_f(a) = -2^n). Together with 0 they form a GF(2) subspace.
 */
import { setElements } from '../../core/cube.js';
import { autocorrelationOfBoolean, type Table } from '../../core/measures/table.js';

export interface LinearStructures {
  readonly invariant: readonly number[];
  readonly complementary: readonly number[];
}

export function computeLinearStructures(f: Table): LinearStructures {
  const r = autocorrelationOfBoolean(f);
  const invariant: number[] = [];
  const complementary: number[] = [];
  for (let a = 1; a < r.length; a++) {
    if (r[a] === r.length) invariant.push(a);
    else if (r[a] === -r.length) complementary.push(a);
  }
  return { invariant, complementary };
}

export function linearStructuresJson(v: LinearStructures) {
  return { invariant: v.invariant.map(setElements), complementary: v.complementary.map(setElements) };
}

export const linearStructureCount = (v: LinearStructures): number => v.invariant.length + v.complementary.length;
