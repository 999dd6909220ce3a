/**
 * The dictator route of the exact engine (exactRecovery.ts hooks it in before the tuple search):
 * head-gf2, full support, Boolean tasks, d = 5, and every latent x_i among the tasks (up to sign).
 * Then W is its coordinates and the search runs over them (gf2DictatorSearch.ts), exactly and with
 * every head degree up to d - 1, where the tuple search's d = 5 lists stop at degree 2 (or 3).
 * Answers: the minimum, the exact number of minimisers (every W of a normalised one's AGL(d, 2)
 * orbit, |AGL| / |K_a| per normalised W), every total below the minimum proven infeasible, a
 * minimiser, and the verdict: with H = AGL(d, 2) not inside the group G (signed permutations)
 * a minimiser outside G always exists (affineEscape.ts); with G = AGL every minimiser is in G iff
 * no normalised one has a coordinate of degree >= 2. docs/math.md "All dictators present under
 * head-gf2".
 */
import { isBoolean } from '../../core/cubeFunction.js';
import { headFloor, lowerBound } from '../bounds.js';
import { inGroup } from '../groups.js';
import type { RecoveryProblem } from '../types.js';
import type { ExactOutcome } from './exactOutcome.js';
import { affineEscape } from './affineEscape.js';
import type { Steps } from './steps.js';
import { firstOf } from './portfolio.js';
import { anfOfCode, coordinateCode } from './gf2Anf.js';
import { type DictatorInstance, dictatorSearchSteps } from './gf2DictatorSearch.js';

/** The route at d = 5 (on by default; off only to compare with the tuple search). */
export const GF2_DICTATORS = { on: true };

/** The instance when every x_i is a task (d <= 5, Boolean tasks, full support, head-gf2); else null. */
export function dictatorInstance(p: RecoveryProblem): DictatorInstance | null {
  const { d } = p;
  if (p.bias !== 'head-gf2' || p.support !== null || d < 1 || d > 5 || !p.tasks.every(isBoolean)) return null;
  const full = d === 5 ? 0xffffffff : (1 << (1 << d)) - 1;
  const dict = Array.from({ length: d }, (_, i) => coordinateCode(d, i));
  const mult = new Array<number>(d).fill(0);
  const others: { anf: number; floor: number }[] = [];
  p.tasks.forEach((h, t) => {
    let code = 0;
    for (let z = 0; z < 1 << d; z++) if (Number(h.numerators[z]) === -1) code |= 1 << z;
    code >>>= 0;
    const i = dict.findIndex((c) => c === code || ((c ^ full) >>> 0) === code);
    if (i >= 0) mult[i]!++;
    else others.push({ anf: anfOfCode(d, code), floor: headFloor(p, t, 'gf2') });
  });
  return mult.every((m) => m > 0) ? { d, mult, others } : null;
}

/** V = W^-1 as an image table over the latents, from W's coordinates (codes over x). */
export function inverseOfCoordinates(d: number, coords: readonly number[]): Uint32Array {
  const v = new Uint32Array(1 << d);
  for (let x = 0; x < 1 << d; x++) {
    let z = 0;
    for (let i = 0; i < d; i++) z |= ((coords[i]! >>> x) & 1) << i;
    v[z] = x;
  }
  return v;
}

export type DictatorRoute = { readonly kind: 'answer'; readonly outcome: ExactOutcome | null } | { readonly kind: 'pass' };

/**
 * The exact answer by the dictator route ('answer'; null outcome when interrupted), or 'pass'
 * when the route does not apply or the search met a level it cannot list (the tuple search goes on).
 */
export function* gf2DictatorSteps(p: RecoveryProblem, signal?: AbortSignal, deadline?: number, only5 = true): Steps<DictatorRoute> {
  if (!GF2_DICTATORS.on || (only5 && p.d !== 5)) return { kind: 'pass' };
  const inst = dictatorInstance(p);
  if (inst === null) return { kind: 'pass' };
  const r = yield* dictatorSearchSteps(inst, signal, deadline);
  if (r.kind === 'out-of-reach') return { kind: 'pass' };
  if (r.kind === 'aborted') return { kind: 'answer', outcome: null };
  const { d } = p;
  const best = inverseOfCoordinates(d, r.best);
  let witness: Uint32Array | null = null;
  if (r.nonAffine !== null && !inGroup(d, inverseOfCoordinates(d, r.nonAffine), p.group)) witness = inverseOfCoordinates(d, r.nonAffine);
  else if (!inGroup(d, best, p.group)) witness = best;
  else witness = affineEscape(d, 'gf2-affine', p.group)?.(best) ?? null;
  const floors = p.tasks.reduce((s, _, t) => s + headFloor(p, t, 'gf2'), 0);
  const infeasible: number[] = [];
  for (let total = Math.max(floors, lowerBound(p)?.value ?? 0); total < r.minimum; total++) infeasible.push(total);
  return { kind: 'answer', outcome: { minimum: r.minimum, minimizers: r.count, recovers: witness === null, witness, best, infeasible, nodes: r.nodes, aborted: false } };
}

/** The route runs alone for this long before the tuple search joins it (ms). */
export const ROUTE_HEAD_START_MS = 3000;

/**
 * The dictator route, when it applies, and the tuple search (`other`): the route alone for
 * ROUTE_HEAD_START_MS (it decides the instances it was built for within that), then both side by
 * side, one step each in turn (portfolio.ts): the first exact answer wins, so an instance the
 * tuple search decides takes at most about that head start plus twice its time. A route that
 * passes (a level it cannot list) or a tuple search beyond its lists (null) leaves the other running.
 */
export function* withDictatorRoute(p: RecoveryProblem, other: Steps<ExactOutcome | null>, signal?: AbortSignal, deadline?: number): Steps<ExactOutcome | null> {
  if (!GF2_DICTATORS.on || p.d !== 5 || dictatorInstance(p) === null) return yield* other;
  const route = (function* (): Steps<ExactOutcome | null | 'pass'> {
    const r = yield* gf2DictatorSteps(p, signal, deadline);
    return r.kind === 'pass' ? 'pass' : r.outcome;
  })();
  const settles = (v: ExactOutcome | null | 'pass'): boolean => v !== 'pass' && v !== null;
  const started = Date.now();
  for (;;) {
    const r = route.next();
    if (r.done) {
      if (settles(r.value) || signal?.aborted) return r.value === 'pass' ? null : r.value;
      return yield* other;
    }
    if (Date.now() - started > ROUTE_HEAD_START_MS) break;
    yield;
  }
  const { value } = yield* firstOf<ExactOutcome | null | 'pass'>([route, other], settles);
  return value === 'pass' ? null : value;
}
