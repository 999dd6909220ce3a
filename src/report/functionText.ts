/**
 * The readable text of `analyze`: values, the spectrum by level, the polynomial form, then every
 * registered measure under its group's heading (src/vocabulary/measures).
 */
import { formatSet, popcount } from '../core/cube.js';
import { valueAt } from '../core/cubeFunction.js';
import type { FunctionAnalysis } from '../analysis/functionAnalysis.js';
import { outcomeText } from '../vocabulary/evaluate.js';
import { MEASURE_GROUPS } from '../vocabulary/measure.js';
import { GROUP_TITLES } from '../vocabulary/measureGroups.js';
import { capped, polynomial } from './terms.js';

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
  out.push(...measureLines(a));
  return `${out.join('\n')}\n`;
}

/** The measures, grouped: a blank line, the group's title, then "  title: text" per measure. */
export function measureLines(a: FunctionAnalysis): string[] {
  const out: string[] = [];
  for (const group of MEASURE_GROUPS) {
    const inGroup = a.measures.filter((o) => o.def.group === group && !o.def.listing);
    if (inGroup.length === 0) continue;
    out.push('', `${GROUP_TITLES[group]}:`);
    for (const o of inGroup) out.push(`  ${o.def.title}: ${outcomeText(o)}`);
  }
  return out;
}
