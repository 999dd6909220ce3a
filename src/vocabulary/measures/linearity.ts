/**
 * Linearity (docs/math.md, "### linearity"): L(f) = max_a |W_f(a)|, with the first set a (in
 * mask order) attaining it.
 */
import { formatSet, setElements } from '../../core/cube.js';
import { maxAbs, type Table, walshOfBoolean } from '../../core/measures/table.js';
import { INTEGER, defineMeasure } from '../measure.js';

export interface Linearity {
  readonly linearity: number;
  /** The least mask a with |W_f(a)| = L(f). */
  readonly attainedAt: number;
}

/** Kept per transform: linearity and nonlinearity read the subject's one shared Walsh array. */
const cache = new WeakMap<Int32Array, Linearity>();

export function linearityOfWalsh(w: Int32Array): Linearity {
  let v = cache.get(w);
  if (v === undefined) cache.set(w, (v = computeLinearityOfWalsh(w)));
  return v;
}

function computeLinearityOfWalsh(w: Int32Array): Linearity {
  const linearity = maxAbs(w);
  let attainedAt = 0;
  while (Math.abs(w[attainedAt]!) !== linearity) attainedAt++;
  return { linearity, attainedAt };
}

export const computeLinearity = (f: Table): Linearity => linearityOfWalsh(walshOfBoolean(f));

export function linearityJson(v: Linearity) {
  return { linearity: v.linearity, attainedAt: setElements(v.attainedAt) };
}

export const linearity = defineMeasure({
  id: 'linearity',
  title: 'linearity L(f) = max |W_f(a)|',
  group: 'crypto',
  input: 'boolean',
  summary: 'Largest absolute Walsh value max_a |W_f(a)|, with the first set attaining it.',
  type: INTEGER,
  compute: computeLinearity,
  json: linearityJson,
  text: (v) => `${v.linearity} (at ${formatSet(v.attainedAt)})`,
  value: (v) => v.linearity,
});
