/**
 * The general exact search (general.ts) one point set at a time, for d = 5: the C(32, |U|) sets
 * are not scanned but generated one per orbit of the signed permutations (generalOrbits.ts),
 * and each place (its candidate data, generalSearch.ts placeOf) is built, searched and dropped
 * before the next, so memory stays that of one place.
 *
 * Number biases: a global best B (first the true latents' cost); at each place whose floor is
 * <= B the totals floor, floor + 1, ..., B are decided in turn (stop at the first leaf); at the
 * first feasible total t every leaf of cost t there is collected, after dropping what was
 * collected before when t < B. Every leaf of cost below the final B would have been found at its
 * place, so the count is that of the minimum. head-profile: branch and bound with ties kept, as
 * at d <= 4. The answers are those of generalSteps (tests compare both at d = 3, 4).
 */
import type { RecoveryProblem } from '../types.js';
import { type DataAlgebra, type DataCost, type TaskValues, compareDataCosts, dataAlgebra, dataCoster } from './dataCosts.js';
import { type Task, supportOf, tasksOf } from './generalData.js';
import { fourierCosterOn } from './generalFit.js';
import { pointSetClasses, stabiliserOfClass } from './generalOrbits.js';
import { type GeneralSpace, type LeafVisit, placeOf, searchPlace } from './generalSearch.js';
import type { GeneralOutcome } from './general.js';
import { baseMinimiser, cosetSize, leafVerdict } from './leaves.js';
import type { Steps } from './steps.js';

/** The heads' cost at the true latents (S = U, the data h itself). */
export function costAtTruth(d: number, U: readonly number[], tasks: readonly Task[], cost: (tv: TaskValues, data: Int8Array) => DataCost, alg: DataAlgebra): DataCost {
  return tasks.reduce<DataCost>((acc, t) => {
    const data = new Int8Array(2 ** d).fill(-1);
    t.zMasks.forEach((m, v) => U.forEach((z) => ((m >>> z) & 1 ? (data[z] = v) : 0)));
    return alg.combine(acc, cost(t.tv, data));
  }, alg.zero);
}

/** The exact answer place by place; null when interrupted or past the deadline. Head-only biases. */
export function* generalPlaceSteps(p: RecoveryProblem, signal?: AbortSignal, deadline?: number): Steps<GeneralOutcome | null> {
  const { d } = p;
  const size = 2 ** d;
  const U = supportOf(p);
  const measure = p.bias === 'head-gf2' ? 'gf2' : p.bias === 'head-profile' ? 'profile' : 'fourier';
  const alg = dataAlgebra(d, p.bias === 'head-max' ? 'max' : p.bias === 'head-profile' ? 'profile' : 'sum');
  const tasks = tasksOf(p);
  const expired = (): boolean => signal?.aborted === true || (deadline !== undefined && Date.now() > deadline);
  const uMask = U.reduce((m, z) => (m | (1 << z)) >>> 0, 0);
  const space: GeneralSpace = { d, full: (2 ** size - 1) >>> 0, uMask, tasks, places: [], alg, nodes: 0, aborted: false, expired };
  let best = costAtTruth(d, U, tasks, dataCoster(d, measure).cost, alg);
  let count = 0n;
  let witness: Uint32Array | null = null;
  let bestV: Uint32Array | null = null;
  const tally: LeafVisit = function* (c, weight, xc, zc) {
    if (compareDataCosts(c, best) < 0) [best, count, witness, bestV] = [c, 0n, null, null];
    count += weight * cosetSize(xc);
    if (bestV === null || witness === null) {
      const v0 = baseMinimiser(d, xc, zc);
      bestV ??= v0;
      witness ??= leafVerdict(d, v0, zc, p.group);
    }
    return false;
  };
  const found: LeafVisit = function* () {
    return true;
  };
  let places = 0;
  for (const cls of pointSetClasses(d, U.length)) {
    if (expired()) return null;
    if ((++places & 7) === 0) yield;
    // A fresh coster per place: the oracles cache their annihilators by point set.
    const points = Array.from({ length: size }, (_, x) => x).filter((x) => (cls.S >>> x) & 1);
    const cost = measure === 'fourier' && points.length < size ? fourierCosterOn(d, points) : dataCoster(d, measure).cost;
    const pl = placeOf(d, tasks, cls.S, cls.size, cost, alg, stabiliserOfClass(d, cls.S));
    if (compareDataCosts(pl.rest[0]!, best) > 0) continue;
    if (p.bias === 'head-profile') {
      yield* searchPlace(space, pl, () => best, tally);
    } else {
      for (let t = pl.rest[0] as number; t <= (best as number); t++) {
        const feasible = yield* searchPlace(space, pl, () => t, found);
        if (space.aborted) return null;
        if (!feasible) continue;
        yield* searchPlace(space, pl, () => t, tally);
        break;
      }
    }
    if (space.aborted) return null;
  }
  if (expired()) return null;
  if (bestV === null) throw new Error('internal: the general exact search found no tuple (the true latents always fit)');
  return { minimum: best, minimizers: count, recovers: witness === null, witness, best: bestV, nodes: space.nodes };
}
