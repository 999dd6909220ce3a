/**
 * Symmetric (docs/math.md, "### symmetric"): f(x) depends only on the number of -1 coordinates
 * of x (its Hamming weight |x|, the popcount of the point index). The value vector lists
 * f at weight 0..n (exact rationals "p/q") when f is symmetric.
 */
import { popcount } from '../../core/cube.js';
import { exactText, type Table, valueKeys } from '../../core/measures/table.js';
import { BOOLEAN, defineMeasure } from '../measure.js';

export interface Symmetric {
  readonly symmetric: boolean;
  /** f at weight k, k = 0..n, as exact rationals "p/q"; null when f is not symmetric. */
  readonly valueVector: readonly (number | string)[] | null;
}

export function computeSymmetric(f: Table): Symmetric {
  return symmetricOf(f.n, (x) => f.values[x]!, (k) => k);
}

/** Generic over how a value is read (numerators of any size) and shown in the value vector. */
export function symmetricOf<T>(n: number, at: (x: number) => number | string, show: (v: number | string) => T) {
  const byWeight: (number | string | undefined)[] = new Array(n + 1);
  for (let x = 0; x < 2 ** n; x++) {
    const k = popcount(x);
    const v = at(x);
    if (byWeight[k] === undefined) byWeight[k] = v;
    else if (byWeight[k] !== v) return { symmetric: false, valueVector: null };
  }
  return { symmetric: true, valueVector: byWeight.map((v) => show(v!)) };
}

export const symmetric = defineMeasure({
  id: 'symmetric',
  title: 'symmetric',
  group: 'structure',
  input: 'function',
  summary: 'f(x) depends only on how many coordinates of x are -1; JSON gives f at each weight.',
  type: BOOLEAN,
  compute: (f): Symmetric => {
    const { key } = valueKeys(f.function);
    const s = symmetricOf(f.n, key, () => 0);
    return s.symmetric ? { symmetric: true, valueVector: s.valueVector!.map((_, k) => exactText(f.function, 2 ** k - 1)) } : s;
  },
  json: (v) => ({ symmetric: v.symmetric, valueVector: v.valueVector && v.valueVector.map(String) }),
  text: (v) => (v.symmetric ? `yes (by weight 0..n: ${v.valueVector!.join(' ')})` : 'no'),
  value: (v) => v.symmetric,
});
