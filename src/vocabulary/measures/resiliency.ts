/**
 * Resiliency (docs/math.md, "### resiliency"): the largest m such that W_f(a) = 0 for every a
 * with 0 <= |a| <= m, i.e. f balanced and correlation immune of order m; -1 when f is not
 * balanced (Sage's resiliency_order also answers -1 then).
 */
import { type Table, walshOfBoolean } from '../../core/measures/table.js';
import { walshZeroOrder } from './correlationImmunity.js';
import { INTEGER, defineMeasure } from '../measure.js';

export const computeResiliency = (f: Table): number => walshZeroOrder(walshOfBoolean(f), f.n, 0);

export const resiliencyJson = (order: number) => ({ order });

export const resiliency = defineMeasure({
  id: 'resiliency',
  title: 'resiliency order',
  group: 'crypto',
  input: 'boolean',
  summary: 'Largest m with W_f(a) = 0 for all 0 <= |a| <= m; -1 when f is not balanced.',
  type: INTEGER,
  compute: computeResiliency,
  json: resiliencyJson,
  text: (m) => (m < 0 ? '-1 (not balanced)' : String(m)),
  value: (m) => m,
});
