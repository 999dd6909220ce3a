/**
 * Theorem certificates: task families whose minimiser set is known exactly for every d, so that
 * d >= 4 gets exact counts without enumeration (full support only). Each is cross-checked against
 * exhaustive enumeration for d <= 3 in the tests.
 *
 * (D) Dictators: every task is +-z_j or a constant, and every j in 1..d occurs. A dictator head
 *     g = +-(V^-1)_j has deg >= 1 and deg2 >= 1, equality for all j at once exactly when every
 *     coordinate of V^-1 has degree 1.
 *     - head-degree, head-max, head-profile: minimisers = {V : all (V^-1)_j of degree 1} =
 *       the signed permutations (docs/math.md T8, and its converse). For head-profile "degree 1" is
 *       "no weight above level 1", the least profile (bounds.ts).
 *     - head+rep: the minimum (#dictators + d) is met only by a signed permutation V with
 *       Phi = V o psi^-1 a signed permutation too, which happens iff psi is one; then minimisers
 *       = signed permutations. (Otherwise no certificate.)
 *     - head-gf2: deg2 = 1 for every coordinate of V^-1 means V^-1, hence V, is GF(2)-affine:
 *       minimisers = the GF(2)-affine maps.
 * (P) All parities: the tasks are +-chi_S for every non-empty S, each exactly once.
 *     - head-degree: sum_t deg(g_t) = P(V^-1) >= d 2^{d-1}, equality iff V^-1 (so V) is
 *       GF(2)-affine (docs/math.md T7): minimisers = the GF(2)-affine maps.
 *     - head-gf2: every component has deg2 >= 1, equality for all iff V is GF(2)-affine.
 *     - head-max: at most N_{d-1} - 1 = 2^d - 2 components have degree <= d - 1 (T7's count), so
 *       the maximum is d for every V: every bijection is a minimiser.
 *     - head-profile: the matrix M[S][U] = <chi_S o V^-1, chi_U> is orthogonal, so summing
 *       M[S][U]^2 over all S and |U| = k gives C(d,k) whatever V is: the summed profile is
 *       (0, C(d,1), ..., C(d,d)) for every V, and every bijection is a minimiser.
 *     ("every bijection" is certified for d <= 4 only, where (2^d)! is a safe integer.)
 */
import { isSignedPermutation } from '../maps/signedPermutation.js';
import { countAffineMaps, countBijections, countSignedPermutations } from '../search/enumerate/counts.js';
import { isConstantOn, paritySet } from './taskShapes.js';
import type { Group, RecoveryProblem } from './types.js';

export interface Certificate {
  /** The set of minimisers: a group, or 'all' bijections. */
  readonly minimizerGroup: Group | 'all';
  readonly minimizers: number;
  readonly theorem: string;
}

function dictatorsCoverAll(p: RecoveryProblem): boolean {
  let seen = 0;
  for (const h of p.tasks) {
    if (isConstantOn(h, null)) continue;
    const S = paritySet(h);
    if (S === null || (S & (S - 1)) !== 0) return false;
    seen |= S;
  }
  return seen === 2 ** p.d - 1;
}

function allParitiesOnce(p: RecoveryProblem): boolean {
  if (p.tasks.length !== 2 ** p.d - 1) return false;
  const seen = new Set<number>();
  for (const h of p.tasks) {
    const S = paritySet(h);
    if (S === null || S === 0 || seen.has(S)) return false;
    seen.add(S);
  }
  return true;
}

export function theoremCertificate(p: RecoveryProblem): Certificate | null {
  if (p.support !== null) return null;
  const signed = (theorem: string): Certificate => ({ minimizerGroup: 'signed-permutation', minimizers: Number(countSignedPermutations(p.d)), theorem });
  const affine = (theorem: string): Certificate => ({ minimizerGroup: 'gf2-affine', minimizers: Number(countAffineMaps(p.d)), theorem });
  const everything = (theorem: string): Certificate => ({ minimizerGroup: 'all', minimizers: Number(countBijections(p.d)), theorem });
  if (dictatorsCoverAll(p)) {
    switch (p.bias) {
      case 'head-degree':
      case 'head-max':
      case 'head-profile':
        return signed('dictator tasks: minimisers are the V whose inverse has degree-1 coordinates, the signed permutations (T8)');
      case 'head+rep':
        return isSignedPermutation(p.psi)
          ? signed('dictator tasks, psi a signed permutation: minimisers are the signed permutations (T8 for V and for Phi)')
          : null;
      case 'head-gf2':
        return affine('dictator tasks: minimisers are the V whose inverse has GF(2)-degree-1 coordinates, the GF(2)-affine maps');
    }
  }
  if (allParitiesOnce(p)) {
    if (p.bias === 'head-degree') return affine('all parity tasks: sum of degrees = P(V^-1) >= d 2^(d-1), equality exactly for GF(2)-affine maps (T7)');
    if (p.bias === 'head-gf2') return affine('all parity tasks: every component has GF(2) degree >= 1, equality for all exactly for GF(2)-affine maps');
    if (p.d <= 4 && p.bias === 'head-max') return everything('all parity tasks: some component has degree d for every V (T7 count), so every bijection is a minimiser');
    if (p.d <= 4 && p.bias === 'head-profile') return everything('all parity tasks: the summed profile is (0, C(d,1), ..., C(d,d)) for every V (orthogonality), so every bijection is a minimiser');
  }
  return null;
}

/**
 * Whether every minimiser lies in G, and if not a minimiser outside G. The minimiser set is a
 * group containing the identity, or all bijections.
 */
export function certificateVerdict(cert: Certificate, d: number, group: Group): { recovers: boolean; witness: Uint32Array | null } {
  const size = Number(countBijections(d));
  const groupSize = Number(group === 'signed-permutation' ? countSignedPermutations(d) : countAffineMaps(d));
  const inside = cert.minimizerGroup === 'signed-permutation' || cert.minimizerGroup === group || cert.minimizers === groupSize;
  if (inside) return { recovers: true, witness: null };
  // Outside G: for G = signed permutations the transvection (an affine map, d >= 2) is a
  // minimiser of both an affine and an 'all' set; for G = affine ('all', d >= 3) a transposition.
  if (group === 'signed-permutation') return { recovers: false, witness: transvection(d) };
  if (size === groupSize) return { recovers: true, witness: null };
  const v = new Uint32Array(2 ** d);
  for (let z = 0; z < v.length; z++) v[z] = z;
  v[0] = 1;
  v[1] = 0;
  return { recovers: false, witness: v };
}

/** x -> (x1 x2, x2, ..., xd): GF(2)-affine, not a signed permutation (d >= 2). */
export function transvection(d: number): Uint32Array {
  const v = new Uint32Array(2 ** d);
  for (let z = 0; z < v.length; z++) v[z] = z ^ ((z >>> 1) & 1);
  return v;
}
