/**
 * Classes of point sets of C_5 for the d = 5 general recovery check (recoveryD5General.ts), the
 * verifier's own listing, with the symmetry it rests on checked here rather than assumed.
 *
 * H is the list of the 3,840 maps A(x) = P(x) xor c of C_5 (P a permutation of the 5
 * coordinates, c a point), built from that definition. For each A and its inverse the verifier
 * checks, for every set T (as recoveryGeneralSymmetry.ts does at d <= 4):
 * - Fourier measures: x -> chi_T(A(x)) is +-chi_T' with |T'| = |T| (one non-zero Walsh sum,
 *   +-32, at such a T'), so g -> g o A keeps every level's weight and so degree and profile;
 * - GF(2): the monomial x -> [T subset of A(x)] has GF(2) degree <= |T| (then deg2(F o A) <=
 *   deg2(F), and the inverse gives equality).
 * A head's cost on S is the least cost of an extension of its data (for the profile, of the
 * min-degree interpolator), and g extends y on S exactly when g o A^-1 extends y o A^-1 on A(S):
 * the count of minimisers with V(U) = A(S0) equals that with V(U) = S0 (V -> A o V).
 *
 * The listing, plain: the canonical form of a set is its least image (as an unsigned 32-bit mask)
 * over all of H, and |Stab| the number of maps fixing it. Every s-set S is A(R u {p}) for the
 * representative R of S minus one of its points, so the canonical forms of the sets R u {p}
 * (R a representative of size s - 1, p outside R) are all the classes of size s; duplicates are
 * dropped by their canonical form. Each class weighs 3840 / |Stab|, and the weights must add up
 * to C(32, s) (checked: a listing that misses or repeats a class is an internal error, never an accepted certificate).
 */
export interface D5SetClass {
  /** The canonical member (a 32-bit mask of points). */
  readonly rep: number;
  /** The orbit's size, 3840 / |Stab(rep)|. */
  readonly size: number;
}

const ones = (v: number): number => {
  let c = 0;
  for (let m = v >>> 0; m !== 0; m = (m & (m - 1)) >>> 0) c++;
  return c;
};

/** The maps A(x) = P(x) xor c as image tables, every permutation P of the coordinates and point c. */
export function signedPermutations5(): Uint8Array[] {
  const out: Uint8Array[] = [];
  const rec = (perm: number[]): void => {
    if (perm.length === 5) {
      for (let c = 0; c < 32; c++) out.push(Uint8Array.from({ length: 32 }, (_, x) => perm.reduce((acc, p, j) => ((x >>> j) & 1 ? acc | (1 << p) : acc), 0) ^ c));
      return;
    }
    for (let p = 0; p < 5; p++) if (!perm.includes(p)) rec([...perm, p]);
  };
  rec([]);
  return out;
}

const MAPS = signedPermutations5();

function walsh(values: number[]): number[] {
  const c = values.slice();
  for (let bit = 1; bit < c.length; bit <<= 1) for (let x = 0; x < c.length; x++) if (!(x & bit)) [c[x], c[x | bit]] = [c[x]! + c[x | bit]!, c[x]! - c[x | bit]!];
  return c;
}

function gf2Degree(bits: number[]): number {
  const a = bits.slice();
  for (let bit = 1; bit < a.length; bit <<= 1) for (let x = 0; x < a.length; x++) if (x & bit) a[x]! ^= a[x ^ bit]!;
  return a.reduce((top, v, s) => (v ? Math.max(top, ones(s)) : top), 0);
}

/** The header's checks for one map a (an image table of C_5). */
export function keepsCosts5(a: ArrayLike<number>, gf2: boolean): boolean {
  const image = Array.from(a);
  if (image.length !== 32 || new Set(image).size !== 32) return false;
  for (let T = 0; T < 32; T++) {
    if (gf2) {
      if (gf2Degree(image.map((y) => ((y & T) === T ? 1 : 0))) > ones(T)) return false;
      continue;
    }
    const c = walsh(image.map((y) => (ones(y & T) & 1 ? -1 : 1)));
    const hits = c.flatMap((v, s) => (v === 0 ? [] : [s]));
    if (hits.length !== 1 || Math.abs(c[hits[0]!]!) !== 32 || ones(hits[0]!) !== ones(T)) return false;
  }
  return true;
}

const holds = new Map<boolean, boolean>();

/** Whether every map of H and its inverse keeps the costs (checked once per measure). */
export function symmetryHolds5General(gf2: boolean): boolean {
  if (!holds.has(gf2)) {
    const ok = MAPS.length === 3840 && MAPS.every((a) => {
      const inv = new Uint8Array(32);
      a.forEach((y, x) => (inv[y] = x));
      return keepsCosts5(a, gf2) && keepsCosts5(inv, gf2);
    });
    holds.set(gf2, ok);
  }
  return holds.get(gf2)!;
}

/** A(S) as a mask. */
export function imageOf(a: ArrayLike<number>, S: number): number {
  let out = 0;
  for (let r = S >>> 0; r !== 0; r = (r & (r - 1)) >>> 0) out |= 1 << a[31 - Math.clz32(r & -r)]!;
  return out >>> 0;
}

/** The least image of S over H and the number of maps fixing S. */
export function canonical5(S: number): { rep: number; stabiliser: number } {
  let rep = S >>> 0;
  let stabiliser = 0;
  for (const a of MAPS) {
    const m = imageOf(a, S);
    if (m < rep) rep = m;
    if (m === S >>> 0) stabiliser++;
  }
  return { rep, stabiliser };
}

function binomial(n: number, k: number): bigint {
  let b = 1n;
  for (let i = 0; i < k; i++) b = (b * BigInt(n - i)) / BigInt(i + 1);
  return b;
}

const cache: D5SetClass[][] = [[{ rep: 0, size: 1 }]];

/**
 * Every class of s-sets of C_5 (header), representatives in increasing order; the lists are kept
 * for the process. The work grows with s (s = 8: about 50,000 canonical forms, a few seconds; the
 * caller bounds s).
 */
export function pointSetClasses5(s: number): readonly D5SetClass[] {
  if (!Number.isSafeInteger(s) || s < 0 || s > 32) throw new Error('internal: a point-set size outside 0..32');
  for (let k = cache.length; k <= s; k++) {
    const seen = new Map<number, number>();
    for (const { rep } of cache[k - 1]!) {
      for (let p = 0; p < 32; p++) {
        if ((rep >>> p) & 1) continue;
        const c = canonical5((rep | (1 << p)) >>> 0);
        if (!seen.has(c.rep)) seen.set(c.rep, 3840 / c.stabiliser);
      }
    }
    const level = [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([rep, size]) => ({ rep, size }));
    const total = level.reduce((acc, c) => acc + BigInt(c.size), 0n);
    if (total !== binomial(32, k)) throw new Error(`internal: the ${k}-point classes weigh ${total}, not C(32, ${k})`);
    cache.push(level);
  }
  return cache[s]!;
}
