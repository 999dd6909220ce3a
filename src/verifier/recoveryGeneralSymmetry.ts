/**
 * The one symmetry the general recovery check (recoveryGeneral.ts) relies on, with every fact it
 * needs checked here rather than assumed.
 *
 * H is the list of maps A(x) = P(x) xor c of C_d (P a permutation of the coordinates). For each A
 * in H and for A^-1 the verifier checks, for every set T:
 * - Fourier measures: x -> chi_T(A(x)) is +-chi_T' with |T'| = |T| (its Walsh transform has one
 *   non-zero entry, +-2^d, at such a T'). So g -> g o A permutes the Fourier coefficients of every
 *   real g within each level up to sign: degree and profile are unchanged.
 * - GF(2): the monomial x -> [T subset of A(x)] has GF(2) degree <= |T|; by linearity of the ANF
 *   deg2(F o A) <= deg2(F) for all F, and the same for A^-1 gives equality.
 * A head's cost on a point set S is the least cost of an extension of its data y (for the
 * profile: of the min-degree interpolator, the extension of least profile); g extends y on S
 * exactly when g o A^-1 extends y o A^-1 on A(S), so cost(A(S), y o A^-1) = cost(S, y).
 *
 * Classes of point sets: every set of |U| points, in increasing order of its mask, either already
 * has a class or starts one (its representative S0) with the sets A(S0), A in H; a set reached
 * that already has another class means the check failed. Each S in the class of S0 carries one
 * A with A(S0) = S. Then V -> A o V maps the bijections with V(U) = S0 onto those with V(U) = S,
 * cost for cost (the heads' data move by A): each class counts |class| times its representative.
 * If any check fails, H = {identity}: every set is its own class (slower, equally sound).
 */
import { ones } from './recoveryGeneralGroup.js';

export interface SetClass {
  /** The representative S0 (a mask of C_d). */
  readonly rep: number;
  /** Its index among the representatives. */
  readonly index: number;
  /** A with A(S0) = S, as an image table. */
  readonly move: readonly number[];
}

export interface Classes {
  readonly reps: readonly number[];
  readonly sizes: readonly number[];
  /** Per mask S with |U| points, its class. */
  readonly of: ReadonlyMap<number, SetClass>;
  /** Whether the signed permutations were used (else every set is its own class). */
  readonly symmetric: boolean;
}

function signedPermutations(d: number): number[][] {
  const size = 1 << d;
  const out: number[][] = [];
  const rec = (perm: number[]): void => {
    if (perm.length === d) {
      for (let c = 0; c < size; c++) out.push(Array.from({ length: size }, (_, x) => perm.reduce((acc, p, j) => ((x >>> j) & 1 ? acc | (1 << p) : acc), 0) ^ c));
      return;
    }
    for (let p = 0; p < d; p++) if (!perm.includes(p)) rec([...perm, p]);
  };
  rec([]);
  return out;
}

const inverse = (a: readonly number[]): number[] => {
  const inv = new Array<number>(a.length);
  a.forEach((y, x) => (inv[y] = x));
  return inv;
};

function walsh(values: number[]): number[] {
  const c = values.slice();
  for (let bit = 1; bit < c.length; bit <<= 1) for (let x = 0; x < c.length; x++) if (!(x & bit)) [c[x], c[x | bit]] = [c[x]! + c[x | bit]!, c[x]! - c[x | bit]!];
  return c;
}

function gf2DegreeOfBits(bits: number[]): number {
  const a = bits.slice();
  for (let bit = 1; bit < a.length; bit <<= 1) for (let x = 0; x < a.length; x++) if (x & bit) a[x]! ^= a[x ^ bit]!;
  let top = 0;
  a.forEach((v, s) => (top = v ? Math.max(top, ones(s)) : top));
  return top;
}

/** The two checks of the header for one map A. */
function keepsCosts(d: number, a: readonly number[], gf2: boolean): boolean {
  const size = 1 << d;
  for (let T = 0; T < size; T++) {
    if (gf2) {
      if (gf2DegreeOfBits(a.map((y) => ((y & T) === T ? 1 : 0))) > ones(T)) return false;
      continue;
    }
    const c = walsh(a.map((y) => (ones(y & T) & 1 ? -1 : 1)));
    const hits = c.flatMap((v, s) => (v === 0 ? [] : [s]));
    if (hits.length !== 1 || Math.abs(c[hits[0]!]!) !== size || ones(hits[0]!) !== ones(T)) return false;
  }
  return true;
}

const known = new Map<string, Classes>();

/** The classes of the point sets of `points` elements (header); gf2 picks the GF(2) invariance check. Kept for the process. */
export function pointSetClasses(d: number, points: number, gf2: boolean): Classes {
  const key = `${d}:${points}:${gf2}`;
  if (!known.has(key)) known.set(key, computeClasses(d, points, gf2));
  return known.get(key)!;
}

function computeClasses(d: number, points: number, gf2: boolean): Classes {
  const size = 1 << d;
  const all = signedPermutations(d);
  const H = all.length === 2 ** d * [1, 1, 2, 6, 24][d]! && all.every((a) => new Set(a).size === size && keepsCosts(d, a, gf2) && keepsCosts(d, inverse(a), gf2)) ? all : null;
  const masks: number[] = [];
  for (let S = 0; S < 2 ** size; S++) if (ones(S) === points) masks.push(S);
  const image = (a: readonly number[], S: number): number => a.reduce((acc, y, x) => ((S >>> x) & 1 ? acc | (1 << y) : acc), 0) >>> 0;
  const build = (group: readonly (readonly number[])[]): Classes | null => {
    const of = new Map<number, SetClass>();
    const reps: number[] = [];
    const sizes: number[] = [];
    for (const S0 of masks) {
      if (of.has(S0)) continue;
      const index = reps.push(S0) - 1;
      let members = 0;
      for (const a of group) {
        const S = image(a, S0);
        const seen = of.get(S);
        if (seen !== undefined && seen.index !== index) return null;
        if (seen === undefined) {
          of.set(S, { rep: S0, index, move: a });
          members++;
        }
      }
      sizes.push(members);
    }
    return { reps, sizes, of, symmetric: group.length > 1 };
  };
  const identity = [Array.from({ length: size }, (_, x) => x)];
  return (H !== null ? build(H) : null) ?? build(identity)!;
}
