/** All functions C_n -> {min..max} (small integers). */
import { defineDomain } from '../domain.js';

export interface IntegerFunctionsSpec {
  readonly kind: 'integer-functions';
  readonly min: number;
  readonly max: number;
}

export const integerFunctions = defineDomain({
  kind: 'integer-functions',
  name: 'integerFunctions',
  yields: 'function',
  summary: 'All functions C_n -> {min, ..., max}.',
  parameters: ['min', 'max'],
  make: (min: number, max: number): IntegerFunctionsSpec => {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min > max || min < -(2 ** 31) || max > 2 ** 31 - 1) {
      throw new RangeError(`integerFunctions needs 32-bit integers min <= max, got ${String(min)}, ${String(max)}`);
    }
    return { kind: 'integer-functions', min, max };
  },
  resolve: (spec, n): { readonly kind: 'integer-functions'; readonly n: number; readonly min: number; readonly max: number } => ({
    kind: 'integer-functions',
    n,
    min: spec.min,
    max: spec.max,
  }),
  describe: (spec) => `integer-functions(${spec.min}..${spec.max})`,
});
