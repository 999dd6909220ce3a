/**
 * The operations a property's predicate may use. The checker hands in a fast implementation built
 * on the exact core; the certificate verifier hands in its own small, independent one. A predicate
 * that uses only these operations is therefore re-checked by code that shares nothing with the
 * checker. Every operation is exact.
 */
import type { CubeMap, Fn, PointSet } from './values.js';
import type { ClaimValue } from '../vocabulary/measure.js';
import type { MeasureId } from '../vocabulary/measures/index.js';
import type { MapMeasureId } from '../vocabulary/maps/index.js';
import type { OperationId } from '../vocabulary/operations/index.js';
import type { Interpolant, RecoveryQuery, RecoverySummary, RecoveryVerdict } from './worldModel.js';

export interface Kernel {
  /** c_S = sum_x f(x) chi_S(x) for every subset mask S, so fhat(S) = c_S / 2^n. */
  walsh(f: Fn): readonly bigint[];
  /** Fourier degree; null for the zero function. */
  degree(f: Fn): number | null;
  /** GF(2) degree of a Boolean f (F = (1 - f)/2); null for f = +1. Throws if f is not Boolean. */
  gf2Degree(f: Fn): number | null;
  /** ANF coefficients a_T (0 or 1) by monomial mask T. Throws if f is not Boolean. */
  anf(f: Fn): Uint8Array;
  isBoolean(f: Fn): boolean;
  /**
   * The claim-facing value of a registered measure (src/vocabulary/measures, docs/math.md
   * "## Measures"); null for a 'boolean' measure on a function that is not Boolean. On a map T
   * (a CubeMap), a registered vectorial measure (src/vocabulary/maps, docs/math.md "Maps as
   * S-boxes"); null for a 'bijection' measure on a map that is not a bijection. A function id on a
   * map, or a map id on a function, throws. (One signature rather than two overloads, so kernels
   * written against the function-only signature still type-check.)
   */
  measure(id: MeasureId | MapMeasureId, f: Fn | CubeMap): ClaimValue;
  /** A registered operation (src/vocabulary/operations) on f; throws on arguments out of range. */
  operation(id: OperationId, f: Fn, args: readonly number[]): Fn;
  /** 1-based indices of the variables f depends on, ascending. */
  relevantVariables(f: Fn): number[];
  /** chi_S on C_n. */
  chi(n: number, set: number): Fn;
  /** h o T (h on C_m, T: C_n -> C_m). */
  compose(h: Fn, t: CubeMap): Fn;
  /** T o U. */
  composeMaps(t: CubeMap, u: CubeMap): CubeMap;
  /** T_j = chi_{{j}} o T, 1-based j. */
  coordinate(t: CubeMap, j: number): Fn;
  /** chi_S o T. */
  component(t: CubeMap, set: number): Fn;
  isBijection(t: CubeMap): boolean;
  /** Throws when T is not a bijection. */
  inverse(t: CubeMap): CubeMap;
  isSignedPermutation(t: CubeMap): boolean;
  isGf2Affine(t: CubeMap): boolean;
  /** P(T) = sum over S subset [n] of deg(chi_S o T), for a bijection T. */
  parityDegreeSum(t: CubeMap): number;
  /**
   * The min-degree interpolator (docs/math.md section 5) of f's values on the points of `on` (same n,
   * increasing, possibly empty): among all real g with g = f on those points, the one whose degree
   * profile is least, exactly.
   */
  interpolate(f: Fn, on: PointSet): Interpolant;
  /** The exact summary of a recovery problem over every bijection of C_d; throws for d > 3. */
  recoverySummary(query: RecoveryQuery): RecoverySummary;
  /**
   * recoverySummary's minimum and verdict without the count of minimisers: the same answer, found
   * faster where the count is large (at d = 4 the search stops at the first minimiser it can show
   * to be outside the group). For claims that state only whether the bias recovers.
   */
  recoveryVerdict(query: RecoveryQuery): RecoveryVerdict;
  /**
   * The paper's conditional degree deg(h | Phi) = deg(h*) - max_g { deg(g) : h = g o Phi }
   * (docs/math.md "Conditional degree"): h on C_d, psi: C_d -> C_m injective (the identity when
   * absent), Phi: C_m -> C_d; h* is the least-degree real function on C_m equal to h o psi^-1 on
   * psi's image, g ranges over the real functions on C_d with g(Phi(psi(z))) = h(z) for all z.
   * null when no g exists (h is not constant on the fibres of Phi o psi); degrees of zero count 0.
   */
  conditionalDegree(h: Fn, phi: CubeMap, psi?: CubeMap): number | null;
}
