/**
 * What both d = 5 rep routes start from (generalRepD5.ts: one search under a ceiling;
 * generalRepD5Max.ts: hier-max by passes of representation cost): the support, its tasks, the
 * search state with the d = 5 pulse fields, and the place of a point-set class.
 */
import type { RecoveryProblem } from '../types.js';
import { type DataAlgebra, dataAlgebra, dataCoster } from './dataCosts.js';
import { type Task, supportOf, tasksOf } from './generalData.js';
import { fourierCosterOn } from './generalFit.js';
import { stabiliserOfClass } from './generalOrbits.js';
import type { D5Pulse } from './generalRepD5Leaf.js';
import { type GeneralSpace, type Place, placeOf } from './generalSearch.js';

export interface D5RepSpace {
  readonly U: readonly number[];
  readonly space: GeneralSpace & D5Pulse;
  readonly expired: () => boolean;
}

export function d5RepSpace(p: RecoveryProblem, signal?: AbortSignal, deadline?: number): D5RepSpace {
  const { d } = p;
  const U = supportOf(p);
  const tasks = tasksOf(p);
  const alg = dataAlgebra(d, 'sum');
  const expired = (): boolean => signal?.aborted === true || (deadline !== undefined && Date.now() > deadline);
  const uMask = U.reduce((m, z) => (m | (1 << z)) >>> 0, 0);
  const space: GeneralSpace & D5Pulse = { d, full: (2 ** 2 ** d - 1) >>> 0, uMask, tasks, places: [], alg, nodes: 0, aborted: false, incomplete: false, missed: Infinity, expired };
  return { U, space, expired };
}

/**
 * Per task, the head costs of its candidates on S in candidatesOn's order: a place built again
 * (hier-max's passes, one build per cap) replays them instead of costing every candidate anew.
 */
export interface PlaceCosts {
  costs: Uint8Array[] | null;
}

/**
 * The place of the point-set class S (orbit size `orbit`): heads costed on S's points only, or
 * replayed from `memo` (filled on the first build).
 */
export function d5Place(d: number, tasks: readonly Task[], alg: DataAlgebra, S: number, orbit: number, memo?: PlaceCosts): Place {
  const size = 2 ** d;
  const points = Array.from({ length: size }, (_, x) => x).filter((x) => (S >>> x) & 1);
  const stab = stabiliserOfClass(d, S, orbit);
  const taskOf = new Map(tasks.map((t, i) => [t.tv, i] as const));
  const saved = memo?.costs;
  if (saved) {
    const at = new Array<number>(tasks.length).fill(0);
    return placeOf(d, tasks, S, orbit, (tv) => saved[taskOf.get(tv)!]![at[taskOf.get(tv)!]!++]!, alg, stab);
  }
  const fresh = points.length < size ? fourierCosterOn(d, points) : dataCoster(d, 'fourier').cost;
  const seen: number[][] = tasks.map(() => []);
  const pl = placeOf(d, tasks, S, orbit, (tv, data) => {
    const c = fresh(tv, data) as number;
    seen[taskOf.get(tv)!]!.push(c);
    return c;
  }, alg, stab);
  if (memo) memo.costs = seen.map((c) => Uint8Array.from(c));
  return pl;
}
