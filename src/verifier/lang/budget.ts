/**
 * The verifier's work budget for formulas (./evaluate.ts counts one step per member a binder
 * visits): a crafted formula cannot keep the verifier busy past it; the certificate is then
 * rejected. Module state, scoped by runWithBudget around one certificate's checks.
 */
import { problem } from './syntax.js';

/** The budget of one certificate: 2^30 steps (a minute or so of the verifier's evaluator). */
export const DEFAULT_STEPS = 2 ** 30;
let stepsLeft = DEFAULT_STEPS;
let budget = DEFAULT_STEPS;

/** Runs f with a fresh budget of `steps` binder steps, restoring the previous budget afterwards. */
export async function runWithBudget<T>(steps: number, f: () => Promise<T>): Promise<T> {
  const saved = [stepsLeft, budget];
  [stepsLeft, budget] = [steps, steps];
  try {
    return await f();
  } finally {
    [stepsLeft, budget] = saved as [number, number];
  }
}

export function step(pos: number): void {
  if (--stepsLeft < 0) problem('runtime', pos, `the formula takes more than the verifier's budget of ${budget} quantifier steps`);
}

