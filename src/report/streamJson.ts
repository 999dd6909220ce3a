/**
 * `analyze --json`, streamed: the text of JSON.stringify(functionJson(a)), byte for byte, in chunks
 * of about `chunk` characters, without building the object. The values and the spectrum are
 * formatted straight from the integer arrays (./streamFormat.ts), the coefficients walked lazily
 * in listing order (listingOrder in src/core/measures/listing.ts), and large measure values
 * written element by element, so a dense function on 24 variables (about 1.3 GB of JSON) needs
 * memory near the size of its arrays, not of its text.
 */
import { listingOrder } from '../core/measures/listing.js';
import { isNonZero } from '../core/spectrum.js';
import type { FunctionAnalysis } from '../analysis/functionAnalysis.js';
import { outcomeJson } from '../vocabulary/evaluate.js';
import type { BatchListings } from './batchJson.js';
import { functionJson } from './functionJson.js';
import type { AnfListing } from '../vocabulary/measures/anf.js';
import { coefficientFormatter, setJson, valueFormatter } from './streamFormat.js';

export const CHUNK = 1 << 16;

/** Arrays longer than this are written element by element. */
const LONG = 1024;

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

/** The measure fields, after `head`, and the closing brace. */
function* measureChunks(a: JsonSource, head: string, chunk: number): Generator<string, void, undefined> {
  let buf = head;
  for (const o of a.measures) {
    if (o.def.listing) continue;
    if (o.id === 'anf' && o.status === 'computed') {
      // The ANF's JSON lists one array per monomial (2^23 of them for a dense n = 24 function):
      // written from the coefficient bytes in listing order, never built.
      buf += ',"anf":';
      for (const piece of setListChunks((o.value as AnfListing).coefficients, chunk)) {
        buf += piece;
        if (buf.length >= chunk) {
          yield buf;
          buf = '';
        }
      }
    } else if (o.status === 'computed' && o.def.jsonText) {
      // Typed arrays written as text directly (sensitivity's atPoint, the Walsh spectrum).
      buf += `,${JSON.stringify(o.id)}:`;
      for (const piece of o.def.jsonText(o.value)) {
        buf += piece;
        if (buf.length >= chunk) {
          yield buf;
          buf = '';
        }
      }
    } else {
      const j = outcomeJson(o);
      if (j === undefined) continue;
      buf += `,${JSON.stringify(o.id)}:`;
      // Small values (all of them at small n) in one JSON.stringify; long lists piece by piece.
      if (!isLong(j)) buf += JSON.stringify(j);
      else {
        for (const piece of jsonChunks(j, chunk)) {
          buf += piece;
          if (buf.length >= chunk) {
            yield buf;
            buf = '';
          }
        }
      }
    }
    if (buf.length >= chunk) {
      yield buf;
      buf = '';
    }
  }
  yield `${buf}}`;
}

/** The masks T with flags[T] = 1 as a JSON list of sets, in listing order, in pieces. */
function* setListChunks(flags: Uint8Array, chunk: number): Generator<string, void, undefined> {
  const n = 31 - Math.clz32(flags.length);
  let buf = '[';
  let first = true;
  for (const T of listingOrder(n)) {
    if (flags[T] === 0) continue;
    buf += first ? setJson(T) : `,${setJson(T)}`;
    first = false;
    if (buf.length >= chunk) {
      yield buf;
      buf = '';
    }
  }
  yield `${buf}]`;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype && !('toJSON' in v);

/** An array longer than LONG, or a plain object holding one: worth writing in pieces. */
const isLong = (v: unknown): boolean =>
  Array.isArray(v) ? v.length > LONG : isPlainObject(v) && Object.values(v).some((e) => Array.isArray(e) && e.length > LONG);

/** JSON.stringify(v) in pieces: long arrays (also inside plain objects) element by element. */
export function* jsonChunks(v: unknown, chunk = CHUNK): Generator<string, void, undefined> {
  if (Array.isArray(v) && v.length > LONG) {
    let buf = '[';
    for (let k = 0; k < v.length; k++) {
      if (k > 0) buf += ',';
      const e: unknown = v[k];
      if (Array.isArray(e) && e.length > LONG) {
        yield buf;
        buf = '';
        yield* jsonChunks(e, chunk);
      } else buf += JSON.stringify(e) ?? 'null';
      if (buf.length >= chunk) {
        yield buf;
        buf = '';
      }
    }
    yield `${buf}]`;
    return;
  }
  if (isPlainObject(v) && isLong(v)) {
    let first = true;
    yield '{';
    for (const key of Object.keys(v)) {
      const e = v[key];
      if (e === undefined || typeof e === 'function' || typeof e === 'symbol') continue;
      yield `${first ? '' : ','}${JSON.stringify(key)}:`;
      first = false;
      yield* jsonChunks(e, chunk);
    }
    yield '}';
    return;
  }
  yield JSON.stringify(v) ?? 'null';
}
