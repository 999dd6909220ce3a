/**
 * Exact answers for small d by enumeration: either every bijection V of C_d ("plain"), or one
 * canonical V per orbit {A o V : A in H} of the scorer's invariance group H ("cosets"), each
 * standing for |H| bijections with the same objective (the action is free, so every orbit has
 * exactly |H| members). Group membership along an orbit: when H is inside the recovery group G
 * the orbit is all in G or all out, like its representative; when G is inside H, see below.
 */
import { nextPermutationInPlace } from '../search/enumerate/permutations.js';
import { forEachBijectionInPlace } from '../search/enumerate/bijections.js';
import { forEachGroupElement, groupOrder, inGroup, isCanonicalRepresentative, isSubgroup } from './groups.js';
import type { Scorer } from './scorer.js';
import type { Group } from './types.js';

export interface ExhaustiveOutcome<S> {
  readonly minimum: S;
  readonly minimizers: number;
  readonly recovers: boolean;
  readonly witness: Uint32Array | null;
  readonly best: Uint32Array;
  readonly evaluations: number;
  readonly aborted: boolean;
}

const ABORT_CHECK = 4096;

/** Every bijection of C_d (d <= 3 in practice: (2^d)! of them). */
export function exhaustivePlain<S>(d: number, scorer: Scorer<S>, group: Group, signal?: AbortSignal): ExhaustiveOutcome<S> {
  let minimum: S | undefined;
  let minimizers = 0;
  let recovers = true;
  let witness: Uint32Array | null = null;
  let best: Uint32Array | null = null;
  let evaluations = 0;
  let aborted = false;
  forEachBijectionInPlace(d, (v) => {
    if (evaluations > 0 && evaluations % ABORT_CHECK === 0 && signal?.aborted) {
      aborted = true;
      return false;
    }
    evaluations++;
    const s = scorer.evaluate(v);
    const c = minimum === undefined ? -1 : scorer.compare(s, minimum);
    if (c > 0) return true;
    const member = inGroup(d, v, group);
    if (c < 0) {
      minimum = s;
      minimizers = 0;
      recovers = true;
      witness = null;
      best = v.slice();
    }
    minimizers++;
    if (!member) {
      recovers = false;
      witness ??= v.slice();
    }
    return true;
  });
  return { minimum: minimum!, minimizers, recovers, witness, best: best!, evaluations, aborted };
}

const representatives = new Map<string, readonly Uint32Array[]>();

/** The canonical representative of every orbit under H, computed once per (d, H). */
export function orbitRepresentatives(d: number, h: Group): readonly Uint32Array[] {
  const key = `${d}:${h}`;
  const hit = representatives.get(key);
  if (hit) return hit;
  const size = 2 ** d;
  const rest = new Uint32Array(size - 1);
  for (let i = 0; i < rest.length; i++) rest[i] = i + 1;
  const v = new Uint32Array(size);
  const out: Uint32Array[] = [];
  do {
    v.set(rest, 1);
    if (isCanonicalRepresentative(d, v, h)) out.push(v.slice());
  } while (nextPermutationInPlace(rest));
  representatives.set(key, out);
  return out;
}

/** Visits the canonical representative of every orbit under H (do not modify); returns the count visited. */
export function forEachRepresentative(d: number, h: Group, visit: (v: Uint32Array) => boolean | void): number {
  let count = 0;
  for (const v of orbitRepresentatives(d, h)) {
    count++;
    if (visit(v) === false) break;
  }
  return count;
}

/** One evaluation per orbit of the scorer's invariance group; the counts are exact. */
export function exhaustiveCosets<S>(d: number, scorer: Scorer<S>, group: Group, signal?: AbortSignal): ExhaustiveOutcome<S> {
  const h = scorer.invariance;
  const orbit = groupOrder(d, h);
  let minimum: S | undefined;
  let reps: Uint32Array[] = [];
  let evaluations = 0;
  let aborted = false;
  forEachRepresentative(d, h, (v) => {
    if (evaluations > 0 && evaluations % ABORT_CHECK === 0 && signal?.aborted) {
      aborted = true;
      return false;
    }
    evaluations++;
    const s = scorer.evaluate(v);
    const c = minimum === undefined ? -1 : scorer.compare(s, minimum);
    if (c < 0) {
      minimum = s;
      reps = [];
    }
    if (c <= 0) reps.push(v.slice());
    return true;
  });
  let recovers = true;
  let witness: Uint32Array | null = null;
  for (const rep of reps) {
    if (isSubgroup(h, group)) {
      // H inside G: the orbit H V is inside G iff V is.
      if (!inGroup(d, rep, group)) {
        recovers = false;
        witness ??= rep;
      }
      continue;
    }
    // G inside H (head-gf2 judged up to signed permutations): the orbit meets G only when it
    // is H itself (V in H), and then holds all of G and, when |H| > |G|, other maps too.
    if (!inGroup(d, rep, h)) {
      recovers = false;
      witness ??= rep;
      continue;
    }
    if (groupOrder(d, group) === orbit) continue;
    recovers = false;
    if (witness === null) {
      forEachGroupElement(d, h, (a) => {
        const w = rep.map((x) => a[x]!);
        if (witness === null && !inGroup(d, w, group)) witness = w;
      });
    }
  }
  return { minimum: minimum!, minimizers: reps.length * orbit, recovers, witness, best: reps[0]!, evaluations, aborted };
}
