/** The verifier's linear structures: for each a != 0, compare f(x xor a) with f(x) at every point. */
import { elements } from './plainSums.js';
import { defineTwin } from './twin.js';

export function plainLinearStructures(_n: number, values: ArrayLike<number>) {
  const invariant: number[][] = [];
  const complementary: number[][] = [];
  for (let a = 1; a < values.length; a++) {
    let same = true;
    let opposite = true;
    for (let x = 0; x < values.length; x++) {
      if (values[x ^ a] !== values[x]) same = false;
      if (values[x ^ a] !== -values[x]!) opposite = false;
    }
    if (same) invariant.push(elements(a));
    if (opposite) complementary.push(elements(a));
  }
  return { invariant, complementary };
}

export const linearStructures = defineTwin({
  input: 'boolean',
  compute: (f) => plainLinearStructures(f.n, f.values),
  value: (v) => v.invariant.length + v.complementary.length,
});
