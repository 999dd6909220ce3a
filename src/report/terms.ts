/** Shared text pieces: monomials, sets and signed terms of polynomials. */
import { setElements } from '../core/cube.js';
import type { Rational } from '../core/rational.js';

/** "x1x3" for the mask 0b101 in variable letter x; "1" for the empty set. */
export function monomial(mask: number, letter = 'x'): string {
  const e = setElements(mask);
  return e.length === 0 ? '1' : e.map((i) => `${letter}${i}`).join('');
}

/** "1/2 + 1/2 x1 - 1/2 x1x2": a polynomial from (mask, coefficient) pairs; "0" when empty. */
export function polynomial(terms: readonly { readonly set: number; readonly coefficient: Rational }[], letter = 'x'): string {
  if (terms.length === 0) return '0';
  const parts: string[] = [];
  for (const { set, coefficient } of terms) {
    const neg = coefficient.sign() < 0;
    const mag = coefficient.abs();
    const isOne = mag.isInteger() && mag.num.equals(1);
    const body = set === 0 ? mag.toString() : isOne ? monomial(set, letter) : `${mag.toString()} ${monomial(set, letter)}`;
    parts.push(parts.length === 0 ? (neg ? `-${body}` : body) : `${neg ? '-' : '+'} ${body}`);
  }
  return parts.join(' ');
}

/** Lines of at most `limit` items, then "(... k more)". */
export function capped<T>(items: readonly T[], limit: number, show: (item: T) => string): string[] {
  const lines = items.slice(0, limit).map(show);
  if (items.length > limit) lines.push(`(... ${items.length - limit} more)`);
  return lines;
}
