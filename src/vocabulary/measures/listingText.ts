/** Text of long listings in analyze: at most SHOW items, then a pointer to --json. */
import { setElements } from '../../core/cube.js';

export const SHOW = 64;

/** "b1b3" for the mask 0b101; "1" for the empty monomial. */
export function monomial(mask: number, letter: string): string {
  const e = setElements(mask);
  return e.length === 0 ? '1' : e.map((i) => `${letter}${i}`).join('');
}

export function monomialsText(monomials: readonly number[]): string {
  if (monomials.length === 0) return '0';
  return monomials.length <= SHOW ? monomials.map((T) => monomial(T, 'b')).join(' + ') : '(too many monomials to print; see --json)';
}
