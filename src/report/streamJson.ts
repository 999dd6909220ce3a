/**
 * `analyze --json`, streamed: the text of JSON.stringify(functionJson(a)), byte for byte, in chunks
 * of about `chunk` characters, without building the object. The values and the spectrum are
 * formatted straight from the integer arrays (./streamFormat.ts), the coefficients walked lazily
 * in listing order (listingOrder in src/core/measures/listing.ts), and large measure values
 * written element by element, so a dense function on 24 variables (about 1.3 GB of JSON) needs
 * memory near the size of its arrays, not of its text. This file writes the head and the value and
 * spectrum listings; the measure fields are streamMeasures.ts, long values jsonChunks.ts.
 */
import { listingOrder } from '../core/measures/listing.js';
import { isNonZero } from '../core/spectrum.js';
import type { FunctionAnalysis } from '../analysis/functionAnalysis.js';
import type { BatchListings } from './batchJson.js';
import { functionJson } from './functionJson.js';
import { CHUNK } from './jsonChunks.js';
import { coefficientFormatter, setJson, valueFormatter } from './streamFormat.js';
import { measureChunks } from './streamMeasures.js';

export { CHUNK, jsonChunks } from './jsonChunks.js';

/**
 * Up to this n the object is built and stringified natively: at n = 5 that is about twice as fast
 * as concatenating the pieces here (measured on batch analyze --stdin), and the text is small.
 */
export const NATIVE_MAX_N = 12;

/** The JSON text of `analyze --json` for a, in chunks (no trailing newline). */
export function* functionJsonChunks(a: FunctionAnalysis, chunk = CHUNK, nativeMaxN = NATIVE_MAX_N): Generator<string, void, undefined> {
  if (a.n <= nativeMaxN) {
    yield JSON.stringify(functionJson(a));
    return;
  }
  yield* streamedJsonChunks(a, ALL_LISTINGS, chunk);
}

/** What the streamed JSON reads: an analysis, or batch mode's subject with its selected measures. */
export type JsonSource = Pick<FunctionAnalysis, 'n' | 'boolean' | 'function' | 'spectrum' | 'measures'>;

const ALL_LISTINGS: BatchListings = { values: true, spectrum: true };

/**
 * The JSON text in chunks, never whole: the listings that `listings` asks for, then every measure
 * of a.measures. The same text as JSON.stringify(functionJson(...)) of those fields.
 */
export function* streamedJsonChunks(a: JsonSource, listings: BatchListings, chunk = CHUNK): Generator<string, void, undefined> {
  let buf = `{"n":${a.n},"boolean":${a.boolean}`;
  if (listings.values) {
    buf += ',"values":[';
    const value = valueFormatter(a.function);
    const size = a.function.numerators.length;
    for (let x = 0; x < size; x++) {
      buf += x === 0 ? `"${value(x)}"` : `,"${value(x)}"`;
      if (buf.length >= chunk) {
        yield buf;
        buf = '';
      }
    }
    buf += ']';
  }
  if (listings.spectrum) {
    buf += ',"spectrum":[';
    yield* spectrumChunks(a, buf, chunk);
    buf = ']';
  }
  yield* measureChunks(a, buf, chunk);
}

/** The spectrum's entries, after `head` (yielded first, in the first chunk). */
function* spectrumChunks(a: JsonSource, head: string, chunk: number): Generator<string, void, undefined> {
  let buf = head;
  const s = a.spectrum;
  const coefficient = coefficientFormatter(s);
  const c = s.coefficients;
  let first = true;
  for (const set of listingOrder(s.n)) {
    if (c instanceof Int32Array ? c[set] === 0 : !isNonZero(s, set)) continue;
    buf += `${first ? '' : ','}{"set":${setJson(set)},"coefficient":"${coefficient(set)}"}`;
    first = false;
    if (buf.length >= chunk) {
      yield buf;
      buf = '';
    }
  }
  if (buf !== '') yield buf;
}

