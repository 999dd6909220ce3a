/**
 * Signed permutations (docs/math.md section 4): T(x)_j = s_j x_{pi(j)}. In bit form
 * b(T(x))_j = c_j XOR b(x)_{pi(j)} with c_j = 1 exactly when s_j = -1.
 */
import type { BoolMap } from './boolMap.js';
import { assertMapN } from './boolMap.js';
import { affineBits, affineImage } from './gf2Linear.js';

export type Sign = 1 | -1;

export interface SignedPermutation {
  /** 1-based: permutation[j-1] = pi(j). */
  readonly permutation: readonly number[];
  /** signs[j-1] = s_j. */
  readonly signs: readonly Sign[];
}

/** pi and s with T(x)_j = s_j x_{pi(j)}, or null when T is not a signed permutation. O(2^n). */
export function recognizeSignedPermutation(t: BoolMap): SignedPermutation | null {
  if (t.m !== t.n) return null;
  const bits = affineBits(t);
  if (bits === null) return null;
  const permutation = new Array<number>(t.n).fill(0);
  for (let k = 0; k < t.n; k++) {
    const col = bits.columns[k]!;
    // Variable k+1 must feed exactly one output coordinate, and no coordinate twice.
    if (col === 0 || (col & (col - 1)) !== 0) return null;
    const j = 31 - Math.clz32(col);
    if (permutation[j] !== 0) return null;
    permutation[j] = k + 1;
  }
  const signs = permutation.map((_, j): Sign => ((bits.translation >>> j) & 1 ? -1 : 1));
  return { permutation, signs };
}

export function isSignedPermutation(t: BoolMap): boolean {
  return recognizeSignedPermutation(t) !== null;
}

/** The map x -> (s_1 x_{pi(1)}, ..., s_n x_{pi(n)}) on C_n, n = permutation.length. */
export function signedPermutationMap(permutation: readonly number[], signs: readonly number[]): BoolMap {
  const n = permutation.length;
  assertMapN(n);
  if (signs.length !== n) throw new RangeError(`expected ${n} signs, got ${signs.length}`);
  const columns = new Uint32Array(n);
  const used = new Uint8Array(n);
  let translation = 0;
  for (let j = 0; j < n; j++) {
    const p = permutation[j]!;
    if (!Number.isInteger(p) || p < 1 || p > n || used[p - 1]) {
      throw new RangeError(`[${permutation.join(',')}] is not a permutation of 1..${n}`);
    }
    used[p - 1] = 1;
    columns[p - 1] = 1 << j;
    const s = signs[j];
    if (s !== 1 && s !== -1) throw new RangeError(`signs must be +1 or -1, got ${s}`);
    if (s === -1) translation |= 1 << j;
  }
  return { n, m: n, image: affineImage(n, columns, translation) };
}
