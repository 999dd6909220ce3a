/**
 * Bijections of C_5 in the d = 5 recovery certificates: the witness as an image table
 * (perm:v0,...,v31, 32 distinct points), and membership in the group (signed permutations:
 * V(z) = V(0) xor the one-bit columns of z's set bits, distinct; GF(2)-affine maps: any columns),
 * checked on all 32 points.
 */
import { record, reject } from './reject.js';

export { record };
import { ones32 } from './recoveryD5Candidates.js';
import type { D5Group } from './recoveryD5Search.js';

/** A task or head as hex:... (bit z set where it is -1), at most 32 points. */
export function parseCode(v: unknown, path: string): number {
  if (typeof v !== 'string' || !/^hex:[0-9a-f]{1,8}$/.test(v)) reject(`${path} must be a hex:... truth table of at most 8 digits (bit z set where the task is -1)`);
  return parseInt(v.slice(4), 16) >>> 0;
}

export function parseMap(v: unknown, path: string): number[] {
  if (typeof v !== 'string' || !v.startsWith('perm:') || v.length > 200) reject(`${path} must be perm:v0,v1,... (an image table)`);
  const image = v.slice(5).split(',').map((t) => (/^\d{1,2}$/.test(t) ? Number(t) : -1));
  if (image.length !== 32 || image.some((x) => x < 0 || x >= 32) || new Set(image).size !== 32) reject(`${path} is not a bijection of C_5`);
  return image;
}

export function inGroup(g: D5Group, v: readonly number[]): boolean {
  const c = v[0]!;
  const cols = [1, 2, 4, 8, 16].map((e) => v[e]! ^ c);
  if (g === 'signed-permutation' && (cols.some((b) => ones32(b) !== 1) || new Set(cols).size !== 5)) return false;
  return v.every((y, z) => y === cols.reduce((acc, b, j) => ((z >>> j) & 1 ? acc ^ b : acc), c));
}

/**
 * The stated count and verdict against the search's (minimizers, inGroup): one-line rejections.
 * Returns the recovers flag and, when it is false, the parsed witness (a bijection outside the
 * group) for the caller to re-score.
 */
export function checkCountAndVerdict(out: { readonly minimizers: bigint; readonly inGroup: bigint }, r: Record<string, unknown>, group: D5Group, minimumText: string): { recovers: boolean; witness: number[] | null } {
  if (out.minimizers === 0n) reject(`no bijection attains the stated minimum ${minimumText}`);
  if (out.minimizers !== BigInt(r.minimizers as number)) reject(`the minimisers number ${out.minimizers}, not ${r.minimizers}`);
  const recovers = out.inGroup === out.minimizers;
  if (recovers !== r.recovers) reject(`recovers is ${recovers} (${out.inGroup} of ${out.minimizers} minimisers in the group), not ${r.recovers}`);
  if (recovers && r.witness !== null) reject('result.witness must be null when every minimiser lies in the group');
  if (recovers) return { recovers, witness: null };
  const v = parseMap(r.witness, 'result.witness');
  if (inGroup(group, v)) reject('result.witness lies in the group');
  return { recovers, witness: v };
}
