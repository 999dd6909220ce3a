/**
 * Exact recovery under the number head-only biases head-degree, head-gf2, head-max
 * (exactRecovery.ts routes here): increasing totals from the proven lower bound (bounds.ts, lifted
 * by blockBounds.ts), one pass per total under several task orders side by side (portfolio.ts);
 * the first feasible total is the minimum, every tuple of it tallied. Bounds: docs/math.md and
 * docs/world-model.md.
 */
import { lowerBound } from '../bounds.js';
import { maxAlgebra, sumAlgebra } from './costs.js';
import type { Steps } from './steps.js';
import { searchTupleSteps } from './tupleSearch.js';
import { taskOrders } from './taskOrder.js';
import { firstOf } from './portfolio.js';
import { blockBoundSteps, suffixBoundsFor } from './blockBounds.js';
import { LOOKAHEAD } from './exactSwitches.js';
import { Tally } from './tally.js';
import type { ExactOutcome } from './exactOutcome.js';
import type { HeadContext } from './headContext.js';

/** The answer under a number head-only bias, or null when out of reach (d = 5 beyond the lists, or interrupted). */
export function* headTotalSteps(ctx: HeadContext): Steps<ExactOutcome | null> {
  const { p, d, measure, store, tasks, orbits, escape, spec, signal, deadline, minimumOnly } = ctx;
  const alg = p.bias === 'head-max' ? maxAlgebra : sumAlgebra;
  const floors = tasks.map((t) => t.floor as number);
  // Start at the proven bound of bounds.ts (orthonormality of parity heads, T7) when it is higher.
  const proven = lowerBound(p);
  const floorBound = p.bias === 'head-max' ? Math.max(0, ...floors) : floors.reduce((a, b) => a + b, 0);
  let headLow = Math.max(floorBound, proven?.value ?? 0);
  const infeasible: number[] = [];
  let nodes = 0;
  // Sum biases: block bounds (pairs and triples of tasks searched alone, blockBounds.ts) lift the
  // start and bound the remaining levels. Every total below the start is then proven infeasible too.
  let blocks: Int32Array | null = null;
  if (LOOKAHEAD.on && p.bias !== 'head-max' && store.completeUpTo === Infinity && tasks.length >= 2) {
    blocks = yield* blockBoundSteps({ d, measure, store, orbits, signal, deadline }, tasks);
    if (signal?.aborted || (deadline !== undefined && Date.now() > deadline)) return null;
    if (blocks !== null) {
      const lifted = blocks[(1 << tasks.length) - 1]!;
      for (let total = headLow; total < lifted; total++) infeasible.push(total);
      headLow = Math.max(headLow, lifted);
    }
  }
  for (let total = headLow; ; total++) {
    // One pass per total: every tuple within it is tallied (nothing is below it, so each costs
    // exactly the total); none means the total is infeasible (proven), and the next is tried.
    // minimumOnly stops at the first tuple, 'verdict' at the first minimiser outside the group.
    // The same pass runs under several task orders side by side (portfolio.ts); the first to end decides.
    const orders = LOOKAHEAD.on ? taskOrders(tasks, store, total, p.bias === 'head-max') : [tasks];
    const tallies = orders.map(() => new Tally(d, p.group, escape));
    const passes = orders.map((order, i) =>
      searchTupleSteps({ ...spec(alg, true, order), ...(blocks !== null ? { suffixBounds: suffixBoundsFor(blocks, tasks, order) } : {}) }, () => total, (leaf) => {
        tallies[i]!.add(leaf);
        return minimumOnly === true || (minimumOnly === 'verdict' && tallies[i]!.witness !== null);
      }),
    );
    // A truncated pass (d = 5: an order that met heads beyond the lists) settles only by a tuple found.
    const { index, value: all } = yield* firstOf(passes, (o) => !o.truncated || o.aborted || o.stopped);
    const tally = tallies[index]!;
    nodes += all.nodes;
    if (all.aborted) return null;
    if (tally.best === null) {
      if (all.truncated) return null;
      infeasible.push(total);
      continue;
    }
    if (minimumOnly === true) return { ...tally.outcome(total, infeasible, nodes), best: new Uint32Array(0), recovers: null, minimizers: 0n };
    if (all.truncated) return null;
    return tally.outcome(total, infeasible, nodes);
  }
}
