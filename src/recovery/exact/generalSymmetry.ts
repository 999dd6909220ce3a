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
