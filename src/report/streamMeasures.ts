/**
 * The measure fields of the streamed `analyze --json` and its closing brace: the ANF written from
 * its coefficient bytes as a list of sets in listing order (never built: 2^23 monomials for a dense
 * n = 24 function), typed arrays through their measure's jsonText, long values piece by piece
 * (jsonChunks.ts) and everything else stringified natively. The same text as
 * JSON.stringify(functionJson(...)) of those fields.
 */
import type { FunctionAnalysis } from '../analysis/functionAnalysis.js';
import { listingOrder } from '../core/measures/listing.js';
import { outcomeJson } from '../vocabulary/evaluate.js';
import type { AnfListing } from '../vocabulary/measures/anf.js';
import { isLong, jsonChunks } from './jsonChunks.js';
import { setJson } from './streamFormat.js';

/** The measure fields, after `head`, and the closing brace. */
export function* measureChunks(a: Pick<FunctionAnalysis, 'measures'>, head: string, chunk: number): Generator<string, void, undefined> {
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

