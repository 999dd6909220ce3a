/**
 * JSON text of typed arrays in pieces of about 64 KB, for measures' jsonText (./../measure.ts):
 * the same characters JSON.stringify(Array.from(a)) writes, without the JS array.
 */
const PIECE = 1 << 16;

export function* typedArrayJsonText(a: ArrayLike<number>): Generator<string, void, undefined> {
  let buf = '[';
  for (let i = 0; i < a.length; i++) {
    buf += i === 0 ? String(a[i]) : `,${a[i]}`;
    if (buf.length >= PIECE) {
      yield buf;
      buf = '';
    }
  }
  yield `${buf}]`;
}
