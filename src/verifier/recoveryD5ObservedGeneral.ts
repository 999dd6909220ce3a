/**
 * Phi's coordinates for the d = 5 partial-support re-check (recoveryD5GeneralRep.ts,
 * recoveryD5GeneralRepSearch.ts) when the observations are longer than the latents
 * (docs/certificates.md, "Recovery certificates at d = 5 with m > d and partial support";
 * docs/math.md, "Certified coordinates at d = 5 with m > d"): psi: C_5 -> C_6 injective, Phi_j
 * free off psi(C_5), costing the least degree of a real extension of its values there.
 *
 * The m = 5 route's search needs of its coordinates only: the list of every code of cost below
 * `beyond`, by buckets of their part inside U in increasing cost, the list's least cost, `beyond`
 * (a lower bound on every code not listed), exact costs of any code on demand, and closure under
 * complement with equal costs (the symmetry V -> A o V). observedCoordinates5
 * (recoveryD5ObservedCoords.ts) gives all of them: every balanced code of extension degree
 * <= upTo by exact linear algebra (upTo = 3, or 2 where degree <= 3 spans more than 26 dimensions
 * on psi's image), so beyond = upTo + 1, and any other cost by exact membership. Nothing here
 * depends on U beyond the buckets, and the symmetry acts on V's codomain only (A o V permutes and
 * complements the bits of V, i.e. the latent codes of the coordinates), so psi may be any
 * injective map: the costs are functions of the latent codes, as at m = 5.
 */
import type { D5RepCoordinates } from './recoveryD5GeneralRepCoords.js';
import { observedCoordinates5 } from './recoveryD5ObservedCoords.js';

let last: { key: string; value: D5RepCoordinates } | null = null;

/** The coordinates on psi(C_5) in C_M (M > 5) bucketed by their part inside uMask (header). The last one is kept. */
export function observedRepCoordinates5(psi: readonly number[], M: number, uMask: number): D5RepCoordinates {
  const key = `${M}|${psi.join(',')}|${uMask}`;
  if (last?.key === key) return last.value;
  const co = observedCoordinates5(psi, M);
  const listed = new Map<number, number>();
  const lists = new Map<number, number[]>();
  co.codes.forEach((b, i) => {
    listed.set(b, co.costs[i]!);
    const part = (b & uMask) >>> 0;
    let l = lists.get(part);
    if (l === undefined) lists.set(part, (l = []));
    l.push(i); // co.codes is in increasing cost, so each bucket is too
  });
  const buckets = new Map<number, { codes: Uint32Array; costs: Uint8Array }>();
  for (const [part, l] of lists) buckets.set(part, { codes: Uint32Array.from(l, (i) => co.codes[i]!), costs: Uint8Array.from(l, (i) => co.costs[i]!) });
  const costOf = (b: number): number => {
    const c = co.costOf(b >>> 0);
    if (c <= co.upTo && !listed.has(b >>> 0)) throw new Error('internal: an observed coordinate within the list is missing from it');
    return c;
  };
  const value: D5RepCoordinates = { psi, listed, buckets, least: co.least, beyond: co.upTo + 1, costOf };
  last = { key, value };
  return value;
}
