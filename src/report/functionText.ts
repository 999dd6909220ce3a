/** The readable text of `analyze`: values, the spectrum by level, the polynomial forms, measures. */
import { formatSet, popcount } from '../core/cube.js';
import { valueAt } from '../core/cubeFunction.js';
import { formatPolynomial } from '../core/measures/index.js';
import type { FunctionAnalysis } from '../analysis/functionAnalysis.js';
import { capped, monomial, polynomial } from './terms.js';

/** How many items of a long listing the text shows (JSON always has all of them). */
const SHOW = 64;

export function functionText(a: FunctionAnalysis): string {
  const size = 2 ** a.n;
  const out: string[] = [];
  out.push(`n = ${a.n}, ${a.boolean ? 'Boolean' : 'real-valued'}`);
  const shown = Math.min(size, SHOW);
  const vals: string[] = [];
  for (let i = 0; i < shown; i++) vals.push(a.boolean ? (Number(a.function.numerators[i]) < 0 ? '-' : '+') : valueAt(a.function, i).toString());
  const more = size > shown ? ` (... ${size - shown} more points)` : '';
  out.push(`values (point order): ${a.boolean ? vals.join('') : vals.join(', ')}${more}`);
  out.push('');
  out.push(`Fourier-Walsh spectrum (${a.sparsity} non-zero coefficient${a.sparsity === 1 ? '' : 's'}):`);
  let level = -1;
  const lines = capped(a.coefficients, SHOW, (c) => {
    const k = popcount(c.set);
    const head = k !== level ? `  level ${k}: ` : '           ';
    level = k;
    return `${head}fhat(${formatSet(c.set)}) = ${c.coefficient.toString()}`;
  });
  out.push(...lines);
  out.push(`f = ${a.coefficients.length <= SHOW ? polynomial(a.coefficients) : '(too many terms to print; see --json)'}`);
  if (a.anf) {
    const anfText = a.anf.length === 0 ? '0' : a.anf.length <= SHOW ? a.anf.map((T) => monomial(T, 'b')).join(' + ') : '(too many monomials to print; see --json)';
    out.push(`ANF: F = ${anfText}  (mod 2, F = (1 - f)/2, b_i = (1 - x_i)/2)`);
  }
  out.push('');
  out.push(`degree: ${a.degree ?? 'undefined (f = 0)'}`);
  out.push(`gf2 degree: ${a.boolean ? (a.gf2Degree ?? 'undefined (F = 0)') : 'n/a (not Boolean)'}`);
  out.push(`degree profile W^0..W^${a.n}: ${a.degreeProfile.map(String).join(', ')}`);
  out.push(`total influence: ${a.totalInfluence.toString()}`);
  out.push(`influences: ${a.influences.map((v, i) => `x${i + 1}: ${v.toString()}`).join(', ') || '(none)'}`);
  out.push(`relevant variables: ${a.relevantVariables.length ? a.relevantVariables.map((i) => `x${i}`).join(', ') : '(none)'}`);
  out.push(`balanced: ${yesNo(a.balanced)}, bent: ${yesNo(a.bent)}`);
  out.push(`noise stability: ${formatPolynomial(a.noiseStability)}`);
  return `${out.join('\n')}\n`;
}

function yesNo(b: boolean): string {
  return b ? 'yes' : 'no';
}
