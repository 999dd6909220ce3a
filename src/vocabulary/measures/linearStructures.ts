/**
 * Linear structures (docs/math.md, "### linearStructures"): the sets a != 0 with D_a f constant,
 * i.e. f(x xor a) = f(x) for all x (invariant, r_f(a) = 2^n) or f(x xor a) = -f(x) for all x
 * (complementary, r_f(a) = -2^n). Together with 0 they form a GF(2) subspace.
 */
import { formatSet, setElements } from '../../core/cube.js';
import { AUTOCORRELATION_MAX_N, autocorrelationOfBoolean, type Table } from '../../core/measures/table.js';
import { INTEGER, defineMeasure } from '../measure.js';

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

export function linearStructuresText(v: LinearStructures): string {
  if (linearStructureCount(v) === 0) return 'none';
  const list = (xs: readonly number[]) => (xs.length ? xs.slice(0, 8).map(formatSet).join(' ') + (xs.length > 8 ? ` ... (${xs.length})` : '') : '-');
  return `invariant ${list(v.invariant)}; complementary ${list(v.complementary)}`;
}

export const linearStructureCount = (v: LinearStructures): number => v.invariant.length + v.complementary.length;

export const linearStructures = defineMeasure({
  id: 'linearStructures',
  title: 'linear structures',
  group: 'crypto',
  input: 'boolean',
  maxN: AUTOCORRELATION_MAX_N,
  summary: 'The sets a != 0 with f(x xor a) = f(x) or = -f(x) for all x; claims see how many.',
  type: INTEGER,
  compute: computeLinearStructures,
  json: linearStructuresJson,
  text: linearStructuresText,
  value: linearStructureCount,
});
