/**
 * What exactRecovery.ts's routing hands its head-only drivers (headProfileSteps.ts,
 * headTotalSteps.ts): the problem, its tasks as search levels (sorted), the candidate store, the
 * symmetry (orbits, escape) and the spec builder of the tuple search (tupleSpec.ts).
 */
import type { RecoveryProblem } from '../types.js';
import type { Algebra, Cost, Measure } from './costs.js';
import type { CandidateStore } from './candidates.js';
import type { Orbits } from './orbits.js';
import type { TupleSearchSpec, TupleTask } from './tupleSpec.js';

export interface HeadContext {
  readonly p: RecoveryProblem;
  readonly d: number;
  readonly measure: Measure;
  readonly store: CandidateStore;
  /** The tasks as levels, in the routing's order. */
  readonly tasks: readonly TupleTask[];
  readonly orbits: Orbits;
  /** Turns a minimiser in the group into one outside it (affineEscape.ts), when the chain's group is not inside G. */
  readonly escape: ((v0: Uint32Array) => Uint32Array) | null;
  /** The tuple search's spec under an algebra (open leaves, task order). */
  readonly spec: <C extends Cost>(algebra: Algebra<C>, openLeaves?: boolean, order?: readonly TupleTask[]) => TupleSearchSpec<C>;
  readonly signal: AbortSignal | undefined;
  readonly deadline: number | undefined;
  readonly minimumOnly: boolean | 'verdict';
}
