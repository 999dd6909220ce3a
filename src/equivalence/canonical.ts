/**
 * Canonical forms under 'np' / 'npn' (./signedPermutation.ts) by exhausting the group: the
 * representative is the least image in the order of truth tables (point 0 first, +1 before -1),
 * the witness the first element (in elements() order) reaching it. n <= MAX_CANON_N (2^5 5! 2 =
 * 7680 elements of 32 points each).
 */
import { type EquivalenceGroup, type GroupElement, act, elements } from './signedPermutation.js';

export const MAX_CANON_N = 6;

/** -1 when a < b in the truth-table order (+1 < -1 at the first differing point). */
export function compareTables(a: Int32Array, b: Int32Array): number {
  for (let x = 0; x < a.length; x++) if (a[x] !== b[x]) return a[x] === 1 ? -1 : 1;
  return 0;
}

export interface Canonical {
  readonly representative: Int32Array;
  /** witness . f = representative. */
  readonly witness: GroupElement;
}

export function canonicalForm(values: Int32Array, n: number, group: EquivalenceGroup): Canonical {
  if (n > MAX_CANON_N) throw new RangeError(`canonical forms by exhausting the group need n <= ${MAX_CANON_N}`);
  let best: Canonical | null = null;
  for (const e of elements(n, group)) {
    const g = act(values, n, e);
    if (best === null || compareTables(g, best.representative) < 0) best = { representative: g, witness: e };
  }
  return best!;
}

/** An element taking f to g, or null when there is none. */
export function equivalence(f: Int32Array, g: Int32Array, n: number, group: EquivalenceGroup): GroupElement | null {
  for (const e of elements(n, group)) if (compareTables(act(f, n, e), g) === 0) return e;
  return null;
}

/** The number of orbits on all 2^(2^n) Boolean functions, by marking each orbit once (n <= 4). */
export function countClasses(n: number, group: EquivalenceGroup): number {
  if (n > 4) throw new RangeError('class counting by orbits needs n <= 4');
  const size = 2 ** n;
  const seen = new Uint8Array(2 ** size);
  const all = [...elements(n, group)];
  let classes = 0;
  for (let t = 0; t < seen.length; t++) {
    if (seen[t]) continue;
    classes++;
    const values = Int32Array.from({ length: size }, (_, x) => ((t >>> x) & 1 ? -1 : 1));
    for (const e of all) {
      const g = act(values, n, e);
      let u = 0;
      for (let x = 0; x < size; x++) if (g[x] === -1) u |= 1 << x;
      seen[u >>> 0] = 1;
    }
  }
  return classes;
}
