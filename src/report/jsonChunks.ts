/**
 * JSON.stringify(v), byte for byte, in pieces of about `chunk` characters: an array longer than
 * LONG (1024), also one inside a plain object, is written element by element, so a long measure
 * value is never held as one string. Anything else is stringified natively. Used by the streamed
 * `analyze --json` (streamJson.ts, streamMeasures.ts).
 */

export const CHUNK = 1 << 16;

/** Arrays longer than this are written element by element. */
const LONG = 1024;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype && !('toJSON' in v);

/** An array longer than LONG, or a plain object holding one: worth writing in pieces. */
export const isLong = (v: unknown): boolean =>
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
