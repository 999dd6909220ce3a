/**
 * Inf_i(f) = E_x[((f(x) - f(x^i))/2)^2] (x^i: x with x_i flipped), by summing over points: the
 * definition on the cube, not the Fourier one the fast side uses.
 */
import type { Fn } from '../../model/values.js';
import { type Q, rat } from '../rational.js';

export function influenceDirect(f: Fn, i: number): Q {
  let sum = 0n;
  for (let x = 0; x < f.values.length; x++) {
    const d = BigInt(f.values[x]! - f.values[x ^ (1 << (i - 1))]!);
    sum += d * d;
  }
  return rat(sum, 4n * BigInt(f.values.length));
}
