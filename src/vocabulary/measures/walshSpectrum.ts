/**
 * The Walsh spectrum (docs/math.md, "### walshSpectrum"): W_f(a) = sum_x f(x) chi_a(x) =
 * 2^n fhat(a), integers in [-2^n, 2^n], indexed by the set mask a. Sage's
 * BooleanFunction.walsh_hadamard_transform() (same point order) returns -W_f(a).
 */
import { formatSet } from '../../core/cube.js';
import { type Table, walshOfBoolean } from '../../core/measures/table.js';
import { int32Summary } from '../../core/measures/int32Summary.js';
import { indexed, defineMeasure } from '../measure.js';
import { typedArrayJsonText } from './typedJsonText.js';

export const computeWalshSpectrum = (f: Table): Int32Array => walshOfBoolean(f);

export function walshSpectrumJson(w: Int32Array) {
  return { W: Array.from(w) };
}

function* walshSpectrumJsonText(w: Int32Array): Generator<string, void, undefined> {
  yield '{"W":';
  yield* typedArrayJsonText(w);
  yield '}';
}

/** The non-zero values, by set, at most 16 of them. */
export function walshSpectrumText(w: Int32Array): string {
  const parts: string[] = [];
  const nonZero = int32Summary(w).nonZero;
  for (let a = 0; a < w.length && parts.length < 16; a++) if (w[a] !== 0) parts.push(`W(${formatSet(a)}) = ${w[a]}`);
  const more = nonZero > parts.length ? `, ... (${nonZero} non-zero)` : '';
  return parts.length === 0 ? 'all zero' : parts.join(', ') + more;
}

export const walshSpectrum = defineMeasure({
  id: 'walshSpectrum',
  title: 'Walsh spectrum W_f(a)',
  group: 'crypto',
  input: 'boolean',
  summary: 'W_f(a) = sum_x f(x) chi_a(x) = 2^n fhat(a) for every set a (Sage: -W_f).',
  type: indexed('set', 'integer'),
  compute: computeWalshSpectrum,
  json: walshSpectrumJson,
  jsonText: walshSpectrumJsonText,
  text: walshSpectrumText,
  value: (w) => ({ over: 'set', entries: Array.from(w) }),
});
