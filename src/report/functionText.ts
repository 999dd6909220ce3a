/**
 * The readable text of `analyze`: values, the spectrum by level, the polynomial form, then every
 * registered measure under its group's heading (src/vocabulary/measures).
 */
import { formatSet, popcount } from '../core/cube.js';
import { valueAt } from '../core/cubeFunction.js';
import { type CoefficientEntry, coefficientsInListingOrder } from '../core/measures/listing.js';
import { int32Summary } from '../core/measures/int32Summary.js';
import { isNonZero } from '../core/spectrum.js';
import type { FunctionAnalysis } from '../analysis/functionAnalysis.js';
import { outcomeText } from '../vocabulary/evaluate.js';
import { MEASURE_GROUPS } from '../vocabulary/measure.js';
import { GROUP_TITLES } from '../vocabulary/measureGroups.js';
import { polynomial } from './terms.js';

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
  // The first SHOW coefficients from the lazy listing and a count: never all 2^n of them.
  const count = nonZeroCount(a);
  const first: CoefficientEntry[] = [];
  if (count > 0) {
    for (const c of coefficientsInListingOrder(a.spectrum)) if (first.push(c) >= Math.min(SHOW, count)) break;
  }
  out.push(`Fourier-Walsh spectrum (${count} non-zero coefficient${count === 1 ? '' : 's'}):`);
  let level = -1;
  for (const c of first) {
    const k = popcount(c.set);
    const head = k !== level ? `  level ${k}: ` : '           ';
    level = k;
    out.push(`${head}fhat(${formatSet(c.set)}) = ${c.coefficient.toString()}`);
  }
  if (count > SHOW) out.push(`(... ${count - SHOW} more)`);
  out.push(`f = ${count <= SHOW ? polynomial(first) : '(too many terms to print; see --json)'}`);
  out.push(...measureLines(a));
  return `${out.join('\n')}\n`;
}

function nonZeroCount(a: FunctionAnalysis): number {
  const c = a.spectrum.coefficients;
  if (c instanceof Int32Array) return int32Summary(c).nonZero;
  let count = 0;
  for (let S = 0; S < c.length; S++) if (isNonZero(a.spectrum, S)) count++;
  return count;
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
