/**
 * The verifier's correlation immunity and resiliency: raise m while every W_f(a) with
 * from <= |a| <= m + 1 is zero (from = 1 for immunity, 0 for resiliency).
 */
import { bitCount, directWalsh } from './plainSums.js';
import { defineTwin } from './twin.js';

function zeroUpTo(n: number, values: ArrayLike<number>, from: number): number {
  const w = directWalsh(values);
  let m = from - 1;
  while (m < n && w.every((v, a) => bitCount(a) < from || bitCount(a) > m + 1 || v === 0)) m++;
  return m;
}

export const plainCorrelationImmunity = (n: number, values: ArrayLike<number>) => ({ order: zeroUpTo(n, values, 1) });
export const plainResiliency = (n: number, values: ArrayLike<number>) => ({ order: zeroUpTo(n, values, 0) });

export const correlationImmunity = defineTwin({
  input: 'boolean',
  compute: (f) => plainCorrelationImmunity(f.n, f.values),
  value: (v) => v.order,
});
