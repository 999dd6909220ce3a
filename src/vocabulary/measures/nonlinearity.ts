/**
 * Nonlinearity (docs/math.md, "### nonlinearity"): the Hamming distance from f to the nearest
 * affine function +-chi_a, nl(f) = 2^(n-1) - L(f)/2 with L(f) = max_a |W_f(a)|; the nearest is
 * chi_a when W_f(a) > 0 and -chi_a when W_f(a) < 0 (distance from f to chi_a = (2^n - W_f(a))/2).
 */
import { setElements } from '../../core/cube.js';
import { type Table, walshOfBoolean } from '../../core/measures/table.js';
import { linearityOfWalsh } from './linearity.js';
import { INTEGER, defineMeasure } from '../measure.js';

export interface Nonlinearity {
  readonly nonlinearity: number;
  readonly nearestAffine: { readonly set: number; readonly negated: boolean };
}

export function computeNonlinearity(f: Table): Nonlinearity {
  const w = walshOfBoolean(f);
  const { linearity, attainedAt } = linearityOfWalsh(w);
  return {
    nonlinearity: (w.length - linearity) / 2,
    nearestAffine: { set: attainedAt, negated: w[attainedAt]! < 0 },
  };
}

export function nonlinearityJson(v: Nonlinearity) {
  return { nonlinearity: v.nonlinearity, nearestAffine: { set: setElements(v.nearestAffine.set), negated: v.nearestAffine.negated } };
}

export function nonlinearityText(v: Nonlinearity): string {
  const s = setElements(v.nearestAffine.set);
  const chi = s.length === 0 ? '1' : `chi_{${s.join(',')}}`;
  return `${v.nonlinearity} (nearest affine: ${v.nearestAffine.negated ? '-' : ''}${chi})`;
}

export const nonlinearity = defineMeasure({
  id: 'nonlinearity',
  title: 'nonlinearity nl(f)',
  group: 'crypto',
  input: 'boolean',
  summary: 'Hamming distance to the nearest affine function, 2^(n-1) - max|W_f|/2, with that function.',
  type: INTEGER,
  compute: computeNonlinearity,
  json: nonlinearityJson,
  text: nonlinearityText,
  value: (v) => v.nonlinearity,
});
