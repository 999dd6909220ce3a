/** The Boolean functions of Fourier degree at most k. */
import { defineDomain } from '../domain.js';

export interface LowDegreeFunctionsSpec {
  readonly kind: 'low-degree-functions';
  readonly maxDegree: number;
}

export const lowDegreeFunctions = defineDomain({
  kind: 'low-degree-functions',
  name: 'lowDegreeFunctions',
  yields: 'function',
  summary: 'The Boolean functions of Fourier degree <= k.',
  parameters: ['maxDegree'],
  make: (maxDegree: number): LowDegreeFunctionsSpec => {
    if (!Number.isSafeInteger(maxDegree) || maxDegree < 0) throw new RangeError(`lowDegreeFunctions needs maxDegree a whole number >= 0, got ${String(maxDegree)}`);
    return { kind: 'low-degree-functions', maxDegree };
  },
  resolve: (spec, n): { readonly kind: 'low-degree-functions'; readonly n: number; readonly maxDegree: number } => ({
    kind: 'low-degree-functions',
    n,
    maxDegree: spec.maxDegree,
  }),
  describe: (spec) => `low-degree-functions(degree <= ${spec.maxDegree})`,
});
