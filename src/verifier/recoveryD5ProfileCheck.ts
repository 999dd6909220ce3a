/**
 * The result of a d = 5 head-profile recovery certificate (recoveryD5.ts parsed the problem):
 * the minimum as the six weights W^0..W^5 in reduced-fraction strings, each scaled by 4^5 to a
 * whole number (Boolean heads have 32 fhat(S) integral); the count, the verdict and the witness
 * re-derived by the search of recoveryD5Profile.ts and the definition.
 */
import { reject } from './reject.js';
import { type D5Group } from './recoveryD5Search.js';
import { checkCountAndVerdict } from './recoveryD5Maps.js';
import { searchD5Profile } from './recoveryD5Profile.js';
import { type Profile5, compareProfile, profile5, profileText } from './recoveryD5ProfileCost.js';

/** At most this many steps (tuples, candidates scanned, codes profiled, group elements tried); a profile step costs more than a degree step. */
export const D5_PROFILE_MAX_WORK = 50_000_000;

/** The stated minimum ("p/q" per level) scaled by 4^5; it must be integral and at most 16 tasks' worth. */
function parseProfile(v: unknown): number[] {
  if (!Array.isArray(v) || v.length !== 6) reject('result.minimum must list the 6 weights W^0..W^5');
  return (v as unknown[]).map((t, k) => {
    const m = typeof t === 'string' && t.length <= 40 ? /^(\d+)(?:\/([1-9]\d*))?$/.exec(t) : null;
    if (m === null) reject(`result.minimum[${k}] must be a fraction p/q in a string`);
    const num = BigInt(m[1]!) * 1024n;
    const den = BigInt(m[2] ?? '1');
    if (num % den !== 0n || num / den > 1024n * 16n) reject(`result.minimum[${k}] is not a profile weight of at most 16 Boolean heads (4^5 W^${k} must be a whole number <= 16384)`);
    return Number(num / den);
  });
}

/** The summed profile of V's heads h_t o V^-1, from the definition. */
function score(tasks: readonly number[], v: readonly number[]): number[] {
  const total = [0, 0, 0, 0, 0, 0];
  for (const h of tasks) {
    let g = 0;
    v.forEach((x, z) => (g |= ((h >>> z) & 1) << x));
    profile5(g >>> 0).forEach((w, k) => (total[k]! += w));
  }
  return total;
}

export function checkRecoveryD5Profile(tasks: readonly number[], group: D5Group, r: Record<string, unknown>): string {
  const minimum: Profile5 = parseProfile(r.minimum);
  if (minimum.reduce((a, b) => a + b, 0) !== 1024 * tasks.length) reject(`result.minimum's weights must add up to the number of tasks (${tasks.length}, Parseval)`);
  if (typeof r.minimizers !== 'string' || !/^[1-9]\d{0,40}$/.test(r.minimizers)) reject('result.minimizers must be a positive whole number in a string');
  if (typeof r.recovers !== 'boolean') reject('result.recovers must be true or false');
  const out = searchD5Profile({ tasks, minimum, group, maxWork: D5_PROFILE_MAX_WORK });
  const { recovers, witness: v } = checkCountAndVerdict(out, r, group, profileText(minimum));
  if (v !== null) {
    const s = score(tasks, v);
    if (compareProfile(s, minimum) !== 0) reject(`result.witness scores ${profileText(s)}, not the minimum ${profileText(minimum)}`);
  }
  return `recovery at d = 5, ${tasks.length} task(s), head-profile: minimum profile ${(r.minimum as string[]).join(', ')} (every smaller profile infeasible; heads of Fourier degree <= ${out.upTo} listed from the GF(2) polynomials of degree <= ${out.upTo}), ${out.minimizers} minimisers, ${recovers ? 'recovers' : 'does not recover'} up to ${group} (${out.inGroup} minimisers in the group)`;
}
