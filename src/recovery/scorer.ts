/**
 * The objective of each bias (docs/math.md section 5) as a function of V = Phi o psi, given as its
 * image table v[z] = V(z). Heads are g_t = h_t o V^-1 (full support) or the simplest fits of the
 * data on V(U) (partial support); head+rep adds sum_j deg(Phi_j) for Phi = V o psi^-1, hier-sum the
 * same, hier-max max_j deg(Phi_j) (Phi on C_m when psi: C_d -> C_m, m > d; free off psi's image).
 *
 * Invariance (used by the coset shortcut of exhaustive.ts): replacing V by A o V replaces each
 * head g by g o A^-1 and Phi by A o Phi.
 * - For a signed permutation A, g o A^-1 has the same Fourier spectrum up to a permutation of
 *   the sets within each level and signs, so deg, deg2 and the profile are unchanged; with
 *   partial support the fits of the moved data are exactly the moved fits, so the simplest fit
 *   moves along. The coordinates of A o Phi are +-(coordinates of Phi): head+rep is unchanged.
 *   So every bias is invariant under signed permutations.
 * - For a GF(2)-affine A, deg2(g o A^-1) = deg2(g) (an invertible affine substitution keeps the
 *   ANF degree), also for the least-degree Boolean extension: head-gf2 is invariant under
 *   GF(2)-affine maps. The Fourier degree is not (x1 x2 -> x1 under (x1 x2, x2)), so no other
 *   bias is.
 */
import { fwhtInt32InPlace } from '../core/fwht.js';
import { Rational } from '../core/rational.js';
import { addProfiles, compareProfiles } from '../core/measures/profile.js';
import { MAX_TABLE_D, booleanTables } from './booleanTables.js';
import { type Head, fullSupportHead, topLevel } from './heads.js';
import { makeOracles, partialSupportHead } from './partialHeads.js';
import { observedDegrees } from './paper/observedDegree.js';
import type { Group, Objective, RecoveryProblem } from './types.js';

export interface Scorer<S> {
  /** V -> A o V leaves the score unchanged for every A in this group. */
  readonly invariance: Group;
  evaluate(v: Uint32Array): S;
  /** Negative when a is simpler (better) than b. */
  compare(a: S, b: S): number;
  toObjective(s: S): Objective;
}

export function makeHeads(problem: RecoveryProblem): Head[] {
  const { d, tasks, support } = problem;
  if (support === null) return tasks.map((h) => fullSupportHead(d, h));
  const oracles = makeOracles(d);
  return tasks.map((h) => partialSupportHead(d, h, support, oracles));
}

/**
 * The coordinate degrees of Phi combined (sum for head+rep and hier-sum, max for hier-max), Phi on
 * the observations: Phi(psi(z)) = V(z). psi: C_d -> C_m; with m > d Phi is free off psi's image
 * and each coordinate costs its least-degree extension (paper/observedDegree.ts).
 */
export function representationCost(psi: { readonly n: number; readonly m: number; readonly image: Uint32Array }, combine: 'sum' | 'max'): (v: Uint32Array) => number {
  if (psi.m === psi.n && combine === 'sum') return repDegree(psi.n, psi.image);
  const observed = observedDegrees(psi);
  return (v) => {
    const ks = observed.coordinateDegrees(v);
    return combine === 'sum' ? ks.reduce((a, b) => a + b, 0) : Math.max(0, ...ks);
  };
}

/** sum_j deg(Phi_j) with Phi = V o psi^-1: Phi_j(psi(z)) = bit j of V(z). */
export function repDegree(d: number, psi: Uint32Array): (v: Uint32Array) => number {
  const size = 2 ** d;
  if (d <= MAX_TABLE_D) {
    const t = booleanTables(d);
    return (v) => {
      let sum = 0;
      for (let j = 0; j < d; j++) {
        let code = 0;
        for (let z = 0; z < size; z++) if ((v[z]! >>> j) & 1) code |= 1 << psi[z]!;
        sum += t.degree[code]!;
      }
      return sum;
    };
  }
  const buf = new Int32Array(size);
  return (v) => {
    let sum = 0;
    for (let j = 0; j < d; j++) {
      for (let z = 0; z < size; z++) buf[psi[z]!] = (v[z]! >>> j) & 1 ? -1 : 1;
      fwhtInt32InPlace(buf);
      sum += topLevel(buf);
    }
    return sum;
  };
}

const byNumber = (a: number, b: number): number => a - b;

export function makeScorer(problem: RecoveryProblem): Scorer<unknown> {
  const heads = makeHeads(problem);
  const { d, bias } = problem;
  const numeric = (evaluate: (v: Uint32Array) => number, invariance: Group): Scorer<number> => ({
    invariance,
    evaluate,
    compare: byNumber,
    toObjective: (value) => ({ kind: 'number', value }),
  });
  switch (bias) {
    case 'head-degree':
      return numeric((v) => heads.reduce((s, h) => s + h.degree(v), 0), 'signed-permutation');
    case 'head-gf2':
      return numeric((v) => heads.reduce((s, h) => s + h.gf2(v), 0), 'gf2-affine');
    case 'head-max':
      return numeric((v) => heads.reduce((s, h) => Math.max(s, h.degree(v)), 0), 'signed-permutation');
    case 'head+rep':
    case 'hier-sum':
    case 'hier-max': {
      // Signed permutations A: A o Phi has the coordinates of Phi permuted and negated.
      const rep = representationCost(problem.psi, bias === 'hier-max' ? 'max' : 'sum');
      return numeric((v) => heads.reduce((s, h) => s + h.degree(v), 0) + rep(v), 'signed-permutation');
    }
    case 'head-profile':
      return profileScorer(d, heads);
  }
}

function profileScorer(d: number, heads: readonly Head[]): Scorer<unknown> {
  const scaled = heads.map((h) => h.profileScaled);
  if (scaled.every((f) => f !== null)) {
    const fs = scaled as ((v: Uint32Array) => number[])[];
    const unit = Rational.of(1, 4 ** d);
    const s: Scorer<number[]> = {
      invariance: 'signed-permutation',
      evaluate: (v) => {
        const w = new Array<number>(d + 1).fill(0);
        for (const f of fs) f(v).forEach((x, k) => (w[k]! += x));
        return w;
      },
      compare: (a, b) => {
        for (let k = d; k >= 0; k--) if (a[k] !== b[k]) return a[k]! - b[k]!;
        return 0;
      },
      toObjective: (w) => ({ kind: 'profile', weights: w.map((x) => Rational.fromInt(x).mul(unit)) }),
    };
    return s as Scorer<unknown>;
  }
  const s: Scorer<Rational[]> = {
    invariance: 'signed-permutation',
    evaluate: (v) => heads.reduce<Rational[]>((acc, h) => addProfiles(acc, h.profile(v)), new Array<Rational>(d + 1).fill(Rational.ZERO)),
    compare: compareProfiles,
    toObjective: (weights) => ({ kind: 'profile', weights }),
  };
  return s as Scorer<unknown>;
}

/** The objective at V = identity (Phi = psi^-1, heads g_t = h_t). */
export function identityImage(d: number): Uint32Array {
  const v = new Uint32Array(2 ** d);
  for (let z = 0; z < v.length; z++) v[z] = z;
  return v;
}
