/** Text of long listings in analyze: at most SHOW items, then a pointer to --json. */
import { setElements } from '../../core/cube.js';

export const SHOW = 64;

/** "b1b3" for the mask 0b101; "1" for the empty monomial. */
export function monomial(mask: number, letter: string): string {
  const e = setElements(mask);
  return e.length === 0 ? '1' : e.map((i) => `${letter}${i}`).join('');
}

/** The monomials, or only their number (`{ length }`) when there are more than SHOW. */
export function monomialsText(monomials: readonly number[] | { readonly length: number }): string {
  if (monomials.length === 0) return '0';
  return monomials.length <= SHOW && Array.isArray(monomials) ? (monomials as readonly number[]).map((T) => monomial(T, 'b')).join(' + ') : '(too many monomials to print; see --json)';
}
