/**
 * One line of batch `analyze --stdin`: the text of JSON.stringify of the object `analyze --json`
 * prints, restricted to the measures that were evaluated, written straight from the integer data
 * (values and spectrum through ./streamFormat.ts, no Rational per coefficient, no intermediate
 * object). test/report/batchJson.test.ts checks it against JSON.stringify(functionJson(...)).
 */
import { listingOrder } from '../core/measures/listing.js';
import { isNonZero } from '../core/spectrum.js';
import type { FunctionSubject } from '../vocabulary/subject.js';
import { type MeasureOutcome, outcomeJson } from '../vocabulary/evaluate.js';
import { coefficientFormatter, setJson, valueFormatter } from './streamFormat.js';

export interface BatchListings {
  /** Write the "values" field. */
  readonly values: boolean;
  /** Write the "spectrum" field (the non-zero coefficients in listing order). */
  readonly spectrum: boolean;
}

export function batchLineJson(s: FunctionSubject, outcomes: readonly MeasureOutcome[], listings: BatchListings): string {
  let out = `{"n":${s.n},"boolean":${s.boolean}`;
  if (listings.values) {
    const value = valueFormatter(s.function);
    const size = s.function.numerators.length;
    out += ',"values":[';
    for (let x = 0; x < size; x++) out += x === 0 ? `"${value(x)}"` : `,"${value(x)}"`;
    out += ']';
  }
  if (listings.spectrum) out += `,"spectrum":${spectrumJson(s)}`;
  for (const o of outcomes) {
    if (o.def.listing) continue;
    const j = outcomeJson(o);
    if (j !== undefined) out += `,"${o.id}":${JSON.stringify(j)}`;
  }
  return `${out}}`;
}

function spectrumJson(subject: FunctionSubject): string {
  const s = subject.spectrum();
  const coefficient = coefficientFormatter(s);
  const c = s.coefficients;
  let out = '[';
  let first = true;
  for (const set of orderOf(s.n)) {
    if (c instanceof Int32Array ? c[set] === 0 : !isNonZero(s, set)) continue;
    out += `${first ? '' : ','}{"set":${setJson(set)},"coefficient":"${coefficient(set)}"}`;
    first = false;
  }
  return `${out}]`;
}

/** Listing orders of small n, kept: the generator costs more than the line at n = 5. */
const ORDERS: Uint32Array[] = [];
const KEEP_MAX_N = 16;

function orderOf(n: number): Iterable<number> {
  if (n > KEEP_MAX_N) return listingOrder(n);
  return (ORDERS[n] ??= Uint32Array.from(listingOrder(n)));
}
