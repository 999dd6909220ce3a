/**
 * The one symmetry the general representation-bias re-check (recoveryGeneralRep.ts) uses, with
 * every fact it needs checked here or in recoveryGeneralSymmetry.ts rather than assumed.
 *
 * The point-set classes {A(S0)} of recoveryGeneralSymmetry.ts (A(x) = P(x) xor c, P a permutation
 * of the coordinates) come with its check that cost(A(S), y o A^-1) = cost(S, y) for the heads'
 * Fourier costs. V -> A o V maps the V with V(U) = S0 onto those with V(U) = A(S0), the heads'
 * data moved by A. For the representation term two further facts are checked here:
 * 1. every A used moves bits: bit j of A(x) = bit p(j) of x xor s_j for all x, p a permutation
 *    of the coordinates; so the coordinate data of A o V (bit j of A(V(z))) are those of V,
 *    permuted and some complemented;
 * 2. every balanced code b costs as much as its complement as a coordinate.
 * By 1 and 2 the coordinates of A o V have the same multiset of costs as those of V (their sum
 * and their max are the same), so A o V costs what V costs, and each class counts |class| times
 * its representative. If a check fails, every point set is its own class (slower, equally sound).
 */
import { ones } from './recoveryGeneralGroup.js';
import type { Coordinates } from './recoveryGeneralRepSearch.js';
import { type Classes, type SetClass, pointSetClasses } from './recoveryGeneralSymmetry.js';

/** Check 1 for one map A (an image table of C_d). */
export function movesBits(d: number, a: readonly number[]): boolean {
  const used = new Set<number>();
  for (let j = 0; j < d; j++) {
    const s = (a[0]! >>> j) & 1;
    const p = [...Array(d).keys()].find((i) => a.every((y, x) => ((y >>> j) & 1) === (((x >>> i) & 1) ^ s)));
    if (p === undefined || used.has(p)) return false;
    used.add(p);
  }
  return true;
}

/** Check 2 on every balanced code. */
export function complementKeepsCost(d: number, c: Coordinates): boolean {
  const full = (2 ** (1 << d) - 1) >>> 0;
  return c.sorted.every(({ code, cost }) => c.table[(full & ~code) >>> 0] === cost);
}

/** Every set of `points` points of C_d its own class (no symmetry). */
export function singletonClasses(d: number, points: number): Classes {
  const identity = [...Array(1 << d).keys()];
  const reps: number[] = [];
  const of = new Map<number, SetClass>();
  for (let S = 0; S < 2 ** (1 << d); S++) if (ones(S) === points) of.set(S, { rep: S, index: reps.push(S) - 1, move: identity });
  return { reps, sizes: reps.map(() => 1), of, symmetric: false };
}

/** The classes of the point sets of `points` points the re-check may use (header). */
export function repClasses(d: number, points: number, coordinates: Coordinates): Classes {
  const base = pointSetClasses(d, points, false);
  if (!base.symmetric) return base;
  const moves = new Set<readonly number[]>();
  for (const c of base.of.values()) moves.add(c.move);
  const holds = [...moves].every((a) => movesBits(d, a)) && complementKeepsCost(d, coordinates);
  return holds ? base : singletonClasses(d, points);
}
