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
  parameters: ['m'],
  make: (m?: number): MapsSpec => {
    if (m === undefined) return { kind: 'maps' };
    if (!Number.isSafeInteger(m) || m < 0 || m > 32) throw new RangeError(`maps needs m a whole number in 0..32 (the target dimension), got ${String(m)}`);
    return { kind: 'maps', m };
  },
  resolve: (spec, n): { readonly kind: 'maps'; readonly n: number; readonly m: number } => ({ kind: 'maps', n, m: spec.m ?? n }),
  describe: (spec) => (spec.m === undefined ? 'maps' : `maps(m = ${spec.m})`),
});
