/** The verifier's resiliency: correlation immunity counted from |a| = 0 (./correlationImmunity.ts). */
import { plainResiliency } from './correlationImmunity.js';
import { defineTwin } from './twin.js';

export const resiliency = defineTwin({
  input: 'boolean',
  compute: (f) => plainResiliency(f.n, f.values),
  value: (v) => v.order,
});
