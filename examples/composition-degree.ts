/**
 * A user-written claim, checked with `npx cubecheck check examples/composition-degree.ts`.
 * "Composing with a signed permutation never changes the degree": for every Boolean f on C_n and
 * every signed permutation A, deg(f o A) = deg(f).
 */
import { defineProperty, domains } from 'cubecheck';

export default defineProperty({
  id: 'degree-invariant-under-signed-permutations',
  statement: 'For every Boolean f on C_n and every signed permutation A of C_n, deg(f o A) = deg(f).',
  status: 'theorem',
  variables: { f: domains.booleanFunctions(), a: domains.signedPermutations() },
  defaultScope: { n: 3 },
  predicate: ({ f, a }, k) => k.degree(k.compose(f, a)) === k.degree(f),
});
