/**
 * The autocorrelation spectrum (docs/math.md, "### autocorrelation"): r_f(a) =
 * sum_x f(x) f(x xor a) for every set mask a (r_f(0) = 2^n), by Wiener-Khinchin in 64 bits.
 */
import { formatSet } from '../../core/cube.js';
import { AUTOCORRELATION_MAX_N, autocorrelationOfBoolean, type Table } from '../../core/measures/table.js';
import { indexed, defineMeasure } from '../measure.js';

export const computeAutocorrelation = (f: Table): Int32Array => autocorrelationOfBoolean(f);

/** The non-zero values off a = 0, at most 16 of them. */
export function autocorrelationText(r: Int32Array): string {
  const parts: string[] = [];
  let nonZero = 0;
  for (let a = 1; a < r.length; a++) {
    if (r[a] === 0) continue;
    nonZero++;
    if (parts.length < 16) parts.push(`r(${formatSet(a)}) = ${r[a]}`);
  }
  const more = nonZero > parts.length ? `, ... (${nonZero} non-zero)` : '';
  return `r(0) = ${r[0]}` + (parts.length ? ', ' + parts.join(', ') + more : ', all others 0');
}

export function autocorrelationJson(r: Int32Array) {
  return { r: Array.from(r) };
}

export const autocorrelation = defineMeasure({
  id: 'autocorrelation',
  title: 'autocorrelation spectrum r_f(a)',
  group: 'crypto',
  input: 'boolean',
  maxN: AUTOCORRELATION_MAX_N,
  summary: 'r_f(a) = sum_x f(x) f(x xor a) for every set a.',
  type: indexed('set', 'integer'),
  compute: computeAutocorrelation,
  json: autocorrelationJson,
  text: autocorrelationText,
  value: (r) => ({ over: 'set', entries: Array.from(r) }),
});
