/** All maps C_n -> C_m (m defaults to n). */
import { defineDomain } from '../domain.js';

export interface MapsSpec {
  readonly kind: 'maps';
  readonly m?: number;
}

export const maps = defineDomain({
  kind: 'maps',
  name: 'maps',
  yields: 'map',
  summary: 'All maps C_n -> C_m (m defaults to n).',
  make: (m?: number): MapsSpec => (m === undefined ? { kind: 'maps' } : { kind: 'maps', m }),
  resolve: (spec, n): { readonly kind: 'maps'; readonly n: number; readonly m: number } => ({ kind: 'maps', n, m: spec.m ?? n }),
  describe: (spec) => (spec.m === undefined ? 'maps' : `maps(m = ${spec.m})`),
});
