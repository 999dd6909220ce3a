/** Direct sums from the definitions, shared by the verifier's cryptographic twins (4^n steps). */
import { bitCount, chiAt } from '../walsh.js';

/** W_f(a) = sum_x f(x) chi_a(x), one sum per a. */
export function directWalsh(values: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let a = 0; a < values.length; a++) {
    let s = 0;
    for (let x = 0; x < values.length; x++) s += values[x]! * chiAt(a, x);
    out.push(s);
  }
  return out;
}

/** r_f(a) = sum_x f(x) f(x xor a), one sum per a. */
export function directAutocorrelation(values: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let a = 0; a < values.length; a++) {
    let s = 0;
    for (let x = 0; x < values.length; x++) s += values[x]! * values[x ^ a]!;
    out.push(s);
  }
  return out;
}

/** The 1-based elements of a set mask. */
export function elements(mask: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < 31; i++) if ((mask >>> i) & 1) out.push(i + 1);
  return out;
}

export { bitCount };
