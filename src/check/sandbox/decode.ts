/**
 * Fast decoders for the encodings the checker itself produced (src/search/domains/encoding.ts):
 * every case handed to user code is decoded afresh from its encoding, so this is on the hot path
 * of exhaustive runs. They read `hex:` and `perm:`/`points:` by character codes and fall back to
 * the strict decoder (which also checks membership) on anything they do not expect, so what they
 * return is always what the strict decoder would return for the checker's canonical encodings.
 * A round-trip test compares the two.
 */
import type { ResolvedDomain } from '../../claim/domains.js';
import type { Value } from '../../claim/values.js';
import { handlerFor } from '../../search/domains/index.js';

/** Digit value of a lowercase hex character code, -1 otherwise. */
function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

function fastHex(n: number, text: string): Value | null {
  const size = 2 ** n;
  const digits = size / 4;
  if (n < 2 || text.length !== 4 + digits || !text.startsWith('hex:')) return null;
  const values = new Int32Array(size);
  for (let j = 0; j < digits; j++) {
    const d = hexValue(text.charCodeAt(text.length - 1 - j));
    if (d < 0) return null;
    const i = j << 2;
    values[i] = d & 1 ? -1 : 1;
    values[i + 1] = d & 2 ? -1 : 1;
    values[i + 2] = d & 4 ? -1 : 1;
    values[i + 3] = d & 8 ? -1 : 1;
  }
  return { n, values };
}

/** Comma-separated non-negative decimals after the prefix, exactly `length` of them (any when null), each < bound. */
function fastList(text: string, prefix: string, length: number | null, bound: number): Uint32Array | null {
  if (!text.startsWith(prefix)) return null;
  const out: number[] = [];
  let v = 0;
  let digits = 0;
  for (let i = prefix.length; i <= text.length; i++) {
    const c = i === text.length ? 44 : text.charCodeAt(i);
    if (c === 44) {
      if (digits === 0) {
        if (i === text.length && out.length === 0 && i === prefix.length) break;
        return null;
      }
      if (v >= bound) return null;
      out.push(v);
      v = 0;
      digits = 0;
    } else if (c >= 48 && c <= 57 && !(digits === 1 && v === 0) && digits < 10) {
      v = v * 10 + (c - 48);
      digits++;
    } else return null;
  }
  if (length !== null && out.length !== length) return null;
  return Uint32Array.from(out);
}

/** The decoder of a domain: fresh values every call. */
export function decoderFor(domain: ResolvedDomain): (text: string) => Value {
  const strict = handlerFor(domain);
  const slow = (text: string): Value => strict.decode(text);
  const { n } = domain;
  switch (domain.kind) {
    case 'boolean-functions':
    case 'low-degree-functions':
      return (text) => fastHex(n, text) ?? slow(text);
    case 'npn-classes':
    case 'affine-classes':
    case 'ea-classes':
      return slow;
    case 'maps':
    case 'bijections':
    case 'signed-permutations':
    case 'gf2-affine-maps': {
      const m = domain.kind === 'maps' ? domain.m : n;
      return (text) => {
        const image = fastList(text, 'perm:', 2 ** n, 2 ** m);
        return image === null ? slow(text) : { n, m, image };
      };
    }
    default:
      return slow;
  }
}
