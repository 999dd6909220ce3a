/**
 * Exact recovery under head-profile (exactRecovery.ts routes here): branch and bound from the
 * true latents' profile, ties kept, under several task orders side by side (portfolio.ts).
 * The profile and its order: docs/math.md and docs/world-model.md.
 */
import { costOfCode, profileAlgebra } from './costs.js';
import type { Steps } from './steps.js';
import { searchTupleSteps } from './tupleSearch.js';
import { profileOrders } from './taskOrder.js';
import { firstOf } from './portfolio.js';
import { LOOKAHEAD } from './exactSwitches.js';
import { Tally } from './tally.js';
import type { ExactOutcome } from './exactOutcome.js';
import type { HeadContext } from './headContext.js';

/** The head-profile answer, or null when out of reach (interrupted, or beyond the lists). */
export function* headProfileSteps(ctx: HeadContext): Steps<ExactOutcome | null> {
  const { p, d, measure, store, tasks, escape, spec } = ctx;
  const identityCost = tasks.map((t) => costOfCode(d, measure, t.code));
  // Branch and bound from the true latents' profile, ties kept. Under
  // LOOKAHEAD the same search runs under several task orders side by side (portfolio.ts),
  // sharing the bound: a search prunes only above the least leaf any has found, so each one
  // still visits every leaf of the final minimum, and its own tally (reset at each leaf below its
  // own best) is the full answer when it ends.
  const alg = profileAlgebra(d);
  let best = identityCost.reduce<readonly number[]>((a, c) => alg.combine(a, c as number[]), alg.zero);
  const orders = LOOKAHEAD.on ? profileOrders(tasks, store) : [tasks];
  const tallies = orders.map(() => new Tally(d, p.group, escape));
  const own: (readonly number[] | null)[] = orders.map(() => null);
  const passes = orders.map((order, i) =>
    searchTupleSteps<readonly number[]>(spec(alg, false, order), () => best, (leaf) => {
      const c = leaf.cost as readonly number[];
      if (alg.compare(c, best) > 0) return false; // allowed before the bound tightened
      if (alg.compare(c, best) < 0) best = c;
      const mine = own[i]!;
      if (mine === null || alg.compare(c, mine) < 0) {
        own[i] = c;
        tallies[i]!.reset();
      } else if (alg.compare(c, mine) > 0) return false;
      tallies[i]!.add(leaf);
      return false;
    }),
  );
  const { index, value: out } = yield* firstOf(passes);
  if (out.aborted || out.truncated) return null;
  const mine = own[index];
  // No leaf at or below the start: impossible when the start is a real bijection's profile.
  if (mine === null || alg.compare(mine, best) !== 0) return null;
  return tallies[index]!.outcome(best, [], out.nodes);
}
