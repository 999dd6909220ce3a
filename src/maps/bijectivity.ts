/**
 * Bijectivity of a map T: C_n -> C_m with a witness (docs/math.md section 4): T is a bijection iff
 * m = n and its 2^n images are distinct.
 */
import type { BoolMap } from './boolMap.js';

export type NonBijective =
  | {
      readonly bijective: false;
      readonly reason: 'collision';
      /**
       * Two distinct points p < q with T(p) = T(q): q is the first point (in point order) whose
       * image was already taken, p the earlier point that took it.
       */
      readonly collision: readonly [number, number];
    }
  | {
      readonly bijective: false;
      readonly reason: 'not-square';
      readonly n: number;
      readonly m: number;
    };

export type Bijectivity = { readonly bijective: true } | NonBijective;

/** Decides bijectivity in O(2^n) time and memory. */
export function bijectivity(t: BoolMap): Bijectivity {
  if (t.m !== t.n) return { bijective: false, reason: 'not-square', n: t.n, m: t.m };
  const size = t.image.length;
  // firstPreimage[y] = 1 + the first point mapped to y, 0 while y is not hit.
  const firstPreimage = new Uint32Array(size);
  for (let q = 0; q < size; q++) {
    const y = t.image[q]!;
    const seen = firstPreimage[y]!;
    if (seen !== 0) return { bijective: false, reason: 'collision', collision: [seen - 1, q] };
    firstPreimage[y] = q + 1;
  }
  return { bijective: true };
}

export function isBijection(t: BoolMap): boolean {
  return bijectivity(t).bijective;
}

/** One line describing why a map is not a bijection. */
export function describeNonBijective(w: NonBijective): string {
  if (w.reason === 'not-square') return `not a bijection: C_${w.n} -> C_${w.m} has n != m`;
  const [p, q] = w.collision;
  return `not a bijection: points ${p} and ${q} have the same image`;
}
