/** The verifier's linearity: the largest |W_f(a)| and the first a attaining it. */
import { directWalsh, elements } from './plainSums.js';
import { defineTwin } from './twin.js';

export function plainLinearity(_n: number, values: ArrayLike<number>) {
  const w = directWalsh(values);
  const linearity = Math.max(...w.map(Math.abs));
  return { linearity, attainedAt: elements(w.findIndex((v) => Math.abs(v) === linearity)) };
}

export const linearity = defineTwin({
  input: 'boolean',
  compute: (f) => plainLinearity(f.n, f.values),
  value: (v) => v.linearity,
});
