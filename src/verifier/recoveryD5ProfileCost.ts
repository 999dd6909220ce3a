/**
 * Profiles at d = 5 (head-profile): the scaled weights P_k = 4^5 W^k = sum over |S| = k of c_S^2,
 * c_S = 32 - 2 |g xor chi_S| the Walsh sums of the code's function, added level by level and
 * compared from the top level down (docs/math.md).
 */
import { characterCode, ones32 } from './recoveryD5Candidates.js';

/** A scaled profile: P[k] = 4^5 W^k, k = 0..5. */
export type Profile5 = readonly number[];

const CHI = Array.from({ length: 32 }, (_, s) => characterCode(s));

/** The scaled profile of the code's function from its 32 Walsh sums. */
export function profile5(code: number): number[] {
  const p = [0, 0, 0, 0, 0, 0];
  for (let s = 0; s < 32; s++) {
    const c = 32 - 2 * ones32((code ^ CHI[s]!) >>> 0);
    p[ones32(s)]! += c * c;
  }
  return p;
}

/** Negative when a is the simpler profile: compared from the top level down. */
export function compareProfile(a: Profile5, b: Profile5): number {
  for (let k = 5; k >= 0; k--) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return 0;
}

export const addProfiles = (a: Profile5, b: Profile5): number[] => a.map((v, k) => v + b[k]!);
export const subProfiles = (a: Profile5, b: Profile5): number[] => a.map((v, k) => v - b[k]!);
export const profileText = (p: Profile5): string => `(${p.join(',')})/4^5`;
export const ZERO5: Profile5 = [0, 0, 0, 0, 0, 0];

export interface ProfileEntry {
  readonly code: number;
  readonly p: Profile5;
}
