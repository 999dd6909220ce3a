/**
 * The in-process CaseEvaluator, for property objects handed to runProperty directly (library use,
 * tests): no worker and no limits, but the same copies (every case decoded afresh from its
 * encoding) and the same one-line errors as the sandbox.
 */
import type { Kernel } from '../../claim/kernel.js';
import type { Property } from '../../claim/property.js';
import { PredicateError } from '../scope.js';
import type { CheckScope } from '../types.js';
import { EvaluationError, codecsFor, evaluateCases, evaluateCells } from './evaluate.js';
import type { CaseEvaluator } from './types.js';

function userErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof EvaluationError) throw new PredicateError(e.message);
    throw e;
  }
}

export function inProcessEvaluator(p: Property, scope: CheckScope, kernel: Kernel): CaseEvaluator {
  const codecs = codecsFor(scope.variables);
  return {
    cases: async (flat, count, stopOn) =>
      userErrors(() => {
        const out = new Uint8Array(count);
        return out.slice(0, evaluateCases(p, codecs, scope.n, kernel, flat, count, stopOn, out));
      }),
    cells: async (cells) =>
      userErrors(() => {
        const out = new Uint8Array(cells.length);
        evaluateCells(p, cells, out);
        return out;
      }),
    close: async () => {},
  };
}
