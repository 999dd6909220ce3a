/** W^k = sum_{|S| = k} (c_S / 2^n)^2 for k = 0..n, c_S by direct sums. */
import type { Fn } from '../../model/values.js';
import { type Q, rat } from '../rational.js';
import { bitCount, walshDirect } from './sums.js';

export function levelWeights(f: Fn): Q[] {
  const sums = new Array<bigint>(f.n + 1).fill(0n);
  walshDirect(f).forEach((c, s) => (sums[bitCount(s)]! += c * c));
  const size = BigInt(f.values.length);
  return sums.map((v) => rat(v, size * size));
}
