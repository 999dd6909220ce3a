/**
 * Symmetry for the general exact search (general.ts): the stabiliser of a point set S among the
 * signed permutations, and one candidate per Stab(S)-orbit with the orbit's size as its weight.
 * Sound for every objective that V -> A o V keeps (all biases, representation terms included).
 */
import { forEachSignedPermutationInPlace } from '../../search/enumerate/signedPermutations.js';
import type { Candidate } from './generalData.js';

/** The signed permutations A of C_d (image tables) with A(S) = S. */
export function stabiliser(d: number, S: number): Uint32Array[] {
  const out: Uint32Array[] = [];
  forEachSignedPermutationInPlace(d, (image) => {
    let moved = 0;
    for (let x = 0; x < image.length; x++) if ((S >>> x) & 1) moved |= 1 << image[x]!;
    if (moved >>> 0 === S >>> 0) out.push(Uint32Array.from(image));
  });
  return out;
}

/** The candidates that are least (by data key) in their Stab(S)-orbit, each with its orbit size. */
export function orbitRepresentatives(list: readonly Candidate[], stab: readonly Uint32Array[]): { reps: Candidate[]; weights: number[] } {
  const reps: Candidate[] = [];
  const weights: number[] = [];
  const moved = new Int8Array(list[0]?.data.length ?? 0);
  for (const c of list) {
    let fixed = 0;
    let least = true;
    for (const a of stab) {
      for (let x = 0; x < moved.length; x++) moved[a[x]!] = c.data[x]!;
      let cmp = 0;
      for (let x = 0; x < moved.length && cmp === 0; x++) cmp = moved[x]! - c.data[x]!;
      if (cmp < 0) {
        least = false;
        break;
      }
      if (cmp === 0) fixed++;
    }
    if (!least) continue;
    reps.push(c);
    weights.push(stab.length / fixed);
  }
  return { reps, weights };
}

/**
 * The symmetry below the first task (docs/math.md, "Grouping the head search by the stabiliser
 * chain"): at depth j > 0 the group is G_j = the A in Stab(S) fixing the data chosen so far; a
 * candidate is taken only when least in its G_j-orbit, weighted by the orbit size. `on` and
 * `plantedFault` are switches for the tests only (off: every candidate, weight 1; the fault
 * weights an orbit by |G_j| instead, which the tests must catch).
 */
export const DEEP_SYMMETRY = { on: true, plantedFault: false, skipped: 0 };

/** The members of `group` that fix `data` (data[a[x]] = data[x] for every x). */
export function fixersOf(group: readonly Uint32Array[], data: Int8Array): Uint32Array[] {
  const out: Uint32Array[] = [];
  for (const a of group) {
    let fixes = true;
    for (let x = 0; x < data.length && fixes; x++) fixes = data[a[x]!] === data[x];
    if (fixes) out.push(a);
  }
  return out;
}

/**
 * The orbit size of `data` under `group` when data is least (by data key) in its orbit, else 0.
 * `moved` is scratch of data's length (overwritten: reused by the caller).
 */
export function orbitWeightInPlace(group: readonly Uint32Array[], data: Int8Array, moved: Int8Array): number {
  let fixed = 0;
  for (const a of group) {
    for (let x = 0; x < moved.length; x++) moved[a[x]!] = data[x]!;
    let cmp = 0;
    for (let x = 0; x < moved.length && cmp === 0; x++) cmp = moved[x]! - data[x]!;
    if (cmp < 0) return 0;
    if (cmp === 0) fixed++;
  }
  return DEEP_SYMMETRY.plantedFault ? group.length : group.length / fixed;
}
