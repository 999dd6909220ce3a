/**
 * Sums from the definitions, for the twins: c_S = sum_x f(x) chi_S(x), in bigint. Up to n = 10 by
 * the direct double sum over sets and points (O(4^n), obvious); above, by the verifier's own
 * butterfly (src/verifier/walsh.ts, checked against an inclusion-exclusion kernel in
 * test/verifier/kernel.test.ts), so that re-checking a certificate at n = 16 takes seconds, not
 * hours. test/vocabulary/twins.test.ts checks both paths agree.
 */
import type { Fn } from '../../model/values.js';
import { bitCount, chiAt, walshOf } from '../walsh.js';

export const DIRECT_MAX_N = 10;

export function walshDirect(f: Fn): bigint[] {
  if (f.n > DIRECT_MAX_N) return walshOf(Array.from(f.values, (v) => BigInt(v)));
  return walshBySums(f);
}

/** The O(4^n) double sum. */
export function walshBySums(f: Fn): bigint[] {
  const size = f.values.length;
  const out: bigint[] = [];
  for (let s = 0; s < size; s++) {
    let c = 0n;
    for (let x = 0; x < size; x++) c += BigInt(f.values[x]! * chiAt(s, x));
    out.push(c);
  }
  return out;
}

export function isBooleanFn(f: Fn): boolean {
  return f.values.every((v) => v === 1 || v === -1);
}

/** The sets S (masks) of [n], by |S| then lexicographically by elements (docs/math.md). */
export function setsInOrder(n: number): number[] {
  const elems = (s: number): number[] => [...Array(n).keys()].filter((i) => (s >>> i) & 1);
  return [...Array(2 ** n).keys()].sort((a, b) => {
    const [x, y] = [elems(a), elems(b)];
    if (x.length !== y.length) return x.length - y.length;
    for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return x[k]! - y[k]!;
    return 0;
  });
}

/** The 1-based elements of mask s. */
export function elementsOf(s: number): number[] {
  const out: number[] = [];
  for (let i = 0; (s >>> i) !== 0; i++) if ((s >>> i) & 1) out.push(i + 1);
  return out;
}

export { bitCount };
