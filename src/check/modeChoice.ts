/**
 * How a run enumerates its cases: exhaustively or at random. auto runs exhaustively when the
 * enumeration cost is within the budget (default 2^20), at random otherwise. An explicit exhaustive
 * run may go past the auto budget but not past EXHAUSTIVE_LIMIT (unless --budget is larger), and a
 * domain too large to count is refused; both as bad input (exit 2). A closed claim (no variables)
 * has one case and refuses random mode.
 */
import { formatMagnitude } from '../core/magnitude.js';
import { InputError } from '../core/result.js';
import { type BoundScope, productOf } from './scope.js';
import { type ModeChoice, type RunOptions, DEFAULT_BUDGET } from './types.js';

/** Explicit exhaustive runs refuse more candidates than this (about an hour or more of work) unless --budget is larger. */
export const EXHAUSTIVE_LIMIT = 1n << 32n;

/** The mode a run uses and the figures it was chosen from (reported as `choice`). */
export type ModeDecision = { mode: 'exhaustive' | 'random'; choice: ModeChoice };

export function chooseMode(bound: BoundScope, options: RunOptions): ModeDecision {
  const requested = options.mode ?? 'auto';
  const budget = options.budget ?? DEFAULT_BUDGET;
  const cost = productOf(bound.variables.map((v) => v.handler.cost()));
  if (bound.variables.length === 0 && requested === 'random') {
    throw new InputError('a closed claim (no variables) has exactly one case: use --mode exhaustive or auto, not random');
  }
  const mode = requested !== 'auto' ? requested : cost !== null && cost <= budget ? 'exhaustive' : 'random';
  const size = mode === 'exhaustive' || (cost !== null && cost <= budget) ? productOf(bound.variables.map((v) => v.handler.size())) : null;
  if (mode === 'exhaustive') {
    if (size === null) throw new InputError(`cannot enumerate ${describeDomains(bound)}: too many to count; use --mode random`);
    // An explicit exhaustive run may go past the auto budget, but not past what could finish.
    const limit = budget > EXHAUSTIVE_LIMIT ? budget : EXHAUSTIVE_LIMIT;
    if (cost === null || cost > limit || size > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new InputError(
        `cannot enumerate ${describeDomains(bound)}: ${formatMagnitude(cost ?? size)} candidates exceed the exhaustive limit ${formatMagnitude(limit)}; use --mode random, a smaller --n, or raise --budget`,
      );
    }
  }
  return { mode, choice: { requested, cost, size, budget } };
}

function describeDomains(bound: BoundScope): string {
  return bound.variables.map((v) => `${v.name} in ${v.handler.domain.kind}`).join(', ') + ` at n = ${bound.scope.n}`;
}
