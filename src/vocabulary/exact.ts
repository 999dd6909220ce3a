/** Conversions between the core's Rational class and the plain claim-facing Q, and JSON text. */
import { Rational } from '../core/rational.js';
import type { Q } from '../model/values.js';

export function toQ(r: Rational): Q {
  return { p: BigInt(r.num.toString()), q: BigInt(r.den.toString()) };
}

export function fromQ(x: Q): Rational {
  return Rational.of(x.p, x.q);
}

/** "p/q", or "p" for an integer: how JSON carries a rational. */
export function ratJson(r: Rational): string {
  return r.toString();
}
