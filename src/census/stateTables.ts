/** Constant tables of the TypeScript walk state for one n (see incrementalState.ts). */
import { popcount } from '../core/cube.js';

export interface StateTables {
  /** chiSign[x * size + S] = chi_S(x). */
  readonly chiSign: Int8Array;
  /** supersetMask[x]: bit T set for every T superset of x. */
  readonly supersetMask: Int32Array;
  /** levelMask[k]: bit S set for |S| = k; variableMask[v]: bit S set when v + 1 is in S. */
  readonly levelMask: Int32Array;
  readonly variableMask: Int32Array;
}

export function stateTables(n: number): StateTables {
  const size = 1 << n;
  const bit = (S: number): number => 1 << S;
  const chiSign = Int8Array.from({ length: size * size }, (_, k) => 1 - 2 * (popcount((k >>> n) & k & (size - 1)) & 1));
  const supersetMask = new Int32Array(size);
  const levelMask = new Int32Array(n + 1);
  const variableMask = new Int32Array(n);
  for (let S = 0; S < size; S++) {
    for (let x = 0; x < size; x++) if ((S & x) === x) supersetMask[x]! |= bit(S);
    levelMask[popcount(S)]! |= bit(S);
    for (let v = 0; v < n; v++) if ((S >>> v) & 1) variableMask[v]! |= bit(S);
  }
  return { chiSign, supersetMask, levelMask, variableMask };
}

/** Highest k with mask & levelMask[k] != 0, or null. */
export function topLevel(mask: number, levelMask: Int32Array): number | null {
  for (let k = levelMask.length - 1; k >= 0; k--) if ((mask & levelMask[k]!) !== 0) return k;
  return null;
}
