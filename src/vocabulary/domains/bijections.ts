/** All bijections of C_n (the invertible maps). */
import { defineDomain } from '../domain.js';

export interface BijectionsSpec {
  readonly kind: 'bijections';
}

export const bijections = defineDomain({
  kind: 'bijections',
  name: 'bijections',
  yields: 'map',
  summary: 'All bijections of C_n (the invertible maps).',
  parameters: [],
  make: (): BijectionsSpec => ({ kind: 'bijections' }),
  resolve: (_spec, n): { readonly kind: 'bijections'; readonly n: number } => ({ kind: 'bijections', n }),
  describe: () => 'bijections',
});
