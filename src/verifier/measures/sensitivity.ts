/** The verifier's sensitivity: for each point, count the single flips that change the value. */
import { defineTwin } from './twin.js';
export function plainSensitivity(n: number, values: ArrayLike<number>) {
  const atPoint: number[] = [];
  let s0 = 0;
  let s1 = 0;
  for (let x = 0; x < values.length; x++) {
    let k = 0;
    for (let i = 0; i < n; i++) if (values[x ^ (1 << i)] !== values[x]) k += 1;
    atPoint.push(k);
    if (values[x] === 1) s0 = Math.max(s0, k);
    else s1 = Math.max(s1, k);
  }
  return { s: Math.max(s0, s1), s0, s1, atPoint };
}

export const sensitivity = defineTwin({
  input: 'boolean',
  compute: (f) => plainSensitivity(f.n, f.values),
  value: (v) => v.s,
});
