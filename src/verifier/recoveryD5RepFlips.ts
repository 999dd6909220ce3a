/**
 * A symmetry inside the d = 5 re-checks' coordinate passes (recoveryD5RepDear.ts; docs/certificates.md,
 * "Past the lists in the d = 5 re-checks"), checked here from the head codes themselves.
 *
 * At a head leaf the heads g_t (as codes on C_5) are fixed. K = the shifts s in C_5 with
 * g_t(x xor s) = g_t(x) for every listed head g_t and every x (computed here, all 32 s tried): a
 * subspace of GF(2)^5. For s in K, V -> V xor s (that is A o V with A = x -> x xor s, a signed
 * permutation)
 * - keeps every listed head (g_t o A^-1 = g_t), so the classes of the head leaf; keeps a deferred
 *   head's Fourier degree (A permutes the characters up to sign);
 * - complements Phi_j where s_j = 1 and keeps the others: every coordinate cost is kept (a code
 *   and its complement cost the same: f and -f have the same degree and extend alike), so the
 *   pass (cost profile or set of dear positions) and the total;
 * - keeps membership in the group (signed permutations, GF(2)-affine maps: closed under it).
 * K acts freely (V(0) xor s differs for each s), so each orbit has |K| members and, for an echelon
 * basis of K with leading bits P, exactly one member with bit j of V(0) clear for every j in P
 * (clear the leading bits from the highest down; two such members would differ by an element of
 * K without a leading bit, i.e. by 0). Bit j of V(0) is bit 0 of Phi_j's latent data b. So each
 * pass may take only codes b with bit 0 clear at the positions in P and count each leaf |K| times
 * (exact, bigint): counts, the count in the group and any V below the minimum are those of the
 * whole pass.
 */

/** Whether the code g is fixed by x -> x xor s. */
function fixedBy(g: number, s: number): boolean {
  for (let x = 0; x < 32; x++) if (((g >>> x) & 1) !== ((g >>> (x ^ s)) & 1)) return false;
  return true;
}

export interface Flips {
  /** The positions j (bits) where Phi_j's data must have bit 0 clear. */
  readonly pivots: number;
  /** |K| = 2^(number of pivots): each leaf counts this many V. */
  readonly size: bigint;
}

/** K: every shift s (0 included) fixing each of these head codes. */
export function fixingShifts(heads: readonly number[]): number[] {
  return Array.from({ length: 32 }, (_, s) => s).filter((s) => heads.every((g) => fixedBy(g, s)));
}

/** g o (x -> x xor s) as a code. */
export function shifted(g: number, s: number): number {
  let out = 0;
  for (let x = 0; x < 32; x++) if ((g >>> (x ^ s)) & 1) out |= 1 << x;
  return out >>> 0;
}

/**
 * The orbit of a later head g under the shifts K fixing the heads chosen before it: null when g is
 * not its orbit's least code (another candidate stands for it), else the orbit's size. Sound as
 * above: for s in K, V -> V xor s keeps the earlier heads and the classes and moves g_t = g to
 * g o (x -> x xor s), of the same degree and fitting the same classes, so the V under each code
 * of an orbit are equinumerous (also in the group, also below the minimum).
 */
export function headOrbit(g: number, K: readonly number[]): number | null {
  const images = new Set<number>();
  for (const s of K) {
    const h = shifted(g, s);
    if (h < g) return null;
    images.add(h);
  }
  return images.size;
}

/** K and its leading bits for these head codes (no head: K = C_5). */
export function headFlips(heads: readonly number[]): Flips {
  const basis: number[] = []; // basis[p]: an element of K with leading bit p
  for (const s of fixingShifts(heads)) {
    if (s === 0) continue;
    let v = s;
    for (let p = 4; p >= 0 && v !== 0; p--) if ((v >>> p) & 1 && basis[p] !== undefined) v ^= basis[p]!;
    if (v !== 0) basis[31 - Math.clz32(v)] = v;
  }
  let pivots = 0;
  basis.forEach((v, p) => v !== undefined && (pivots |= 1 << p));
  let dim = 0;
  for (let m = pivots; m !== 0; m &= m - 1) dim++;
  return { pivots, size: 1n << BigInt(dim) };
}

/** No symmetry used (every code, weight 1). */
export const NO_FLIPS: Flips = { pivots: 0, size: 1n };
