/** The verifier's plateaued test: the set of non-zero |W_f(a)| has one element. */
import { directWalsh } from './plainSums.js';
import { defineTwin } from './twin.js';

export function plainPlateaued(_n: number, values: ArrayLike<number>) {
  const levels = new Set(directWalsh(values).map(Math.abs).filter((v) => v !== 0));
  return levels.size === 1 ? { plateaued: true, amplitude: [...levels][0]! } : { plateaued: false, amplitude: null };
}

export const plateaued = defineTwin({
  input: 'boolean',
  compute: (f) => plainPlateaued(f.n, f.values),
  value: (v) => v.plateaued,
});
