/** a_T = XOR over b subset of T of F(b), F = (1 - f)/2: the ANF by its defining sum, O(3^n). */
import type { Fn } from '../../model/values.js';

export function anfDirect(f: Fn): number[] {
  const out: number[] = [];
  for (let t = 0; t < f.values.length; t++) {
    let a = 0;
    for (let b = t; ; b = (b - 1) & t) {
      if (f.values[b] === -1) a ^= 1;
      if (b === 0) break;
    }
    out.push(a);
  }
  return out;
}
