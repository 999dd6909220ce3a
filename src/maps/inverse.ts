/** The inverse of a bijection and composition of maps (docs/math.md section 4). */
import { type Result, err, ok } from '../core/result.js';
import type { BoolMap } from './boolMap.js';
import { type NonBijective, bijectivity, describeNonBijective } from './bijectivity.js';

/** T^-1 as a table, or the witness that T is not a bijection. O(2^n). */
export function inverse(t: BoolMap): Result<BoolMap, NonBijective> {
  const b = bijectivity(t);
  if (!b.bijective) return err(b);
  const inv = new Uint32Array(t.image.length);
  for (let x = 0; x < t.image.length; x++) inv[t.image[x]!] = x;
  return ok({ n: t.n, m: t.n, image: inv });
}

/** T^-1, throwing a RangeError (with the witness in its message) when T is not a bijection. */
export function inverseOrThrow(t: BoolMap): BoolMap {
  const r = inverse(t);
  if (!r.ok) throw new RangeError(describeNonBijective(r.error));
  return r.value;
}

/** T o U (apply U first): U: C_a -> C_b and T: C_b -> C_c give C_a -> C_c. */
export function compose(t: BoolMap, u: BoolMap): BoolMap {
  if (t.n !== u.m) {
    throw new RangeError(`cannot compose: the outer map starts at C_${t.n} but the inner map ends at C_${u.m}`);
  }
  const image = new Uint32Array(u.image.length);
  for (let x = 0; x < image.length; x++) image[x] = t.image[u.image[x]!]!;
  return { n: u.n, m: t.m, image };
}
