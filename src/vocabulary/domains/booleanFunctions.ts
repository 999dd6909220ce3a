/** All 2^(2^n) Boolean functions f: C_n -> {-1, +1}. */
import { defineDomain } from '../domain.js';

export interface BooleanFunctionsSpec {
  readonly kind: 'boolean-functions';
}

export const booleanFunctions = defineDomain({
  kind: 'boolean-functions',
  name: 'booleanFunctions',
  yields: 'function',
  summary: 'All 2^(2^n) Boolean functions f: C_n -> {-1,+1}.',
  parameters: [],
  make: (): BooleanFunctionsSpec => ({ kind: 'boolean-functions' }),
  resolve: (_spec, n): { readonly kind: 'boolean-functions'; readonly n: number } => ({ kind: 'boolean-functions', n }),
  describe: () => 'boolean-functions',
});
