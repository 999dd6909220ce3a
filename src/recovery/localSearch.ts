/**
 * Seeded local search over bijections V of C_d for d too large to enumerate: hill climbing,
 * accepting sideways moves, restarted after a stall. Moves (each its own inverse):
 * - a transposition: swap the images of two points;
 * - a transvection on the left, V -> T o V with T: b_i ^= b_j (a GF(2)-affine step on the
 *   outputs), or on the right, V -> V o T (on the inputs): single steps across the affine maps,
 *   which transpositions cross only through high-degree intermediates.
 * Starts: the identity (the true latents), then the caller's extra starts (e.g. V = psi, for
 * Phi = identity), then uniformly random bijections.
 * It only ever yields an upper bound with a witness; optimality is for the caller to prove.
 * Async: it yields to the event loop now and then so that an AbortSignal (Ctrl-C) can fire.
 */
import { identityImage, type Scorer } from './scorer.js';
import { inGroup } from './groups.js';
import { type Rng, makeRng, randomPermutation } from './rng.js';
import type { Group } from './types.js';

export interface SearchOptions<S> {
  readonly seed: number;
  readonly maxEvaluations: number;
  /** Stop as soon as this holds for the best score (a proven minimum). */
  readonly isOptimal: (s: S) => boolean;
  /** Starts tried after the identity, before the random ones. */
  readonly starts?: readonly Uint32Array[];
  readonly signal?: AbortSignal;
  readonly onProgress?: (evaluations: number, best: S, restarts: number) => void;
}

export interface SearchOutcome<S> {
  readonly best: S;
  readonly bestImage: Uint32Array;
  /** A V scoring `best` that is not in the group, if one was met. */
  readonly witness: Uint32Array | null;
  /** Whether a V scoring `best` inside the group was met. */
  readonly memberSeen: boolean;
  readonly evaluations: number;
  readonly restarts: number;
  readonly aborted: boolean;
  readonly optimal: boolean;
}

const YIELD_EVERY = 2048;

export async function localSearch<S>(d: number, scorer: Scorer<S>, group: Group, o: SearchOptions<S>): Promise<SearchOutcome<S>> {
  const size = 2 ** d;
  const rng = makeRng(o.seed);
  const patience = size * (size - 1);
  let best: S | undefined;
  let bestImage = identityImage(d);
  let witness: Uint32Array | null = null;
  let memberSeen = false;
  let evaluations = 0;
  let restarts = 0;
  let aborted = false;
  let optimal = false;

  const consider = (v: Uint32Array, s: S): void => {
    const c = best === undefined ? -1 : scorer.compare(s, best);
    if (c > 0) return;
    if (c < 0) {
      best = s;
      bestImage = v.slice();
      witness = null;
      memberSeen = false;
      optimal = o.isOptimal(s);
    }
    if (witness !== null && memberSeen) return;
    if (inGroup(d, v, group)) memberSeen = true;
    else witness ??= v.slice();
  };
  const tick = async (): Promise<boolean> => {
    if (evaluations % YIELD_EVERY !== 0) return false;
    o.onProgress?.(evaluations, best!, restarts);
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (o.signal?.aborted) aborted = true;
    return aborted;
  };

  while (evaluations < o.maxEvaluations && !optimal && !aborted) {
    const extra = o.starts ?? [];
    const v = restarts === 0 ? identityImage(d) : restarts <= extra.length ? extra[restarts - 1]!.slice() : randomPermutation(rng, size);
    restarts++;
    let s = scorer.evaluate(v);
    evaluations++;
    consider(v, s);
    let stall = 0;
    while (stall < patience && evaluations < o.maxEvaluations && !optimal) {
      const move = randomMove(rng, d);
      move(v);
      const s2 = scorer.evaluate(v);
      evaluations++;
      const c = scorer.compare(s2, s);
      if (c <= 0) {
        s = s2;
        consider(v, s);
        stall = c < 0 ? 0 : stall + 1;
      } else {
        move(v);
        stall++;
      }
      if (await tick()) break;
    }
  }
  return { best: best!, bestImage, witness, memberSeen, evaluations, restarts, aborted, optimal };
}

type Move = (v: Uint32Array) => void;

/** A random involutive move: a transposition (3 in 4) or a transvection on either side. */
function randomMove(rng: Rng, d: number): Move {
  const size = 2 ** d;
  const kind = d >= 2 ? rng.below(8) : 0;
  if (kind < 6) {
    const i = rng.below(size);
    let j = rng.below(size - 1);
    if (j >= i) j++;
    return (v) => swap(v, i, j);
  }
  const i = rng.below(d);
  let j = rng.below(d - 1);
  if (j >= i) j++;
  if (kind === 6) return (v) => leftTransvectionInPlace(v, i, j);
  return (v) => rightTransvectionInPlace(v, i, j);
}

/** V -> T o V, T: b_i ^= b_j on the outputs. */
export function leftTransvectionInPlace(v: Uint32Array, i: number, j: number): void {
  for (let z = 0; z < v.length; z++) v[z] = v[z]! ^ (((v[z]! >>> j) & 1) << i);
}

/** V -> V o T, T: b_i ^= b_j on the inputs (swaps V(z) and V(z ^ e_i) where b_j(z) = 1, b_i(z) = 0). */
export function rightTransvectionInPlace(v: Uint32Array, i: number, j: number): void {
  for (let z = 0; z < v.length; z++) if ((z >>> j) & 1 && !((z >>> i) & 1)) swap(v, z, z | (1 << i));
}

function swap(v: Uint32Array, i: number, j: number): void {
  const t = v[i]!;
  v[i] = v[j]!;
  v[j] = t;
}
