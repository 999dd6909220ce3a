/**
 * The canonical encodings of docs/certificates.md, and their strict inverses:
 * Boolean functions as `hex:` (n >= 2, 2^n / 4 lowercase digits, bit i = point i, set = -1) or
 * `tt:` (n < 2), integer functions as `vals:`, maps as `perm:`, subsets as `points:`.
 * Decoders check the shape only (lengths, ranges, canonical form); membership is the handler's.
 */
import type { CubeMap, Fn, PointSet } from '../../model/values.js';
import { InputError } from '../../core/result.js';

const HEX = '0123456789abcdef';

/** `hex:`/`tt:` of a +-1 table (any value other than -1 reads as +1: check membership first). */
export function encodeBoolean(f: Fn): string {
  const v = f.values;
  if (f.n < 2) {
    let s = 'tt:';
    for (let i = 0; i < v.length; i++) s += v[i] === -1 ? '-' : '+';
    return s;
  }
  let s = '';
  for (let i = 0; i < v.length; i += 4) {
    const digit = (v[i] === -1 ? 1 : 0) | (v[i + 1] === -1 ? 2 : 0) | (v[i + 2] === -1 ? 4 : 0) | (v[i + 3] === -1 ? 8 : 0);
    s = HEX[digit] + s;
  }
  return `hex:${s}`;
}

export function encodeIntegers(f: Fn): string {
  return `vals:${f.values.join(',')}`;
}

export function encodeMap(t: CubeMap): string {
  return `perm:${t.image.join(',')}`;
}

export function encodeSubset(s: PointSet): string {
  return `points:${s.points.join(',')}`;
}

function body(text: string, prefix: string, what: string): string {
  if (!text.startsWith(prefix)) throw new InputError(`'${clip(text)}' is not a ${what}: expected the prefix ${prefix}`);
  return text.slice(prefix.length);
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Comma-separated decimal integers ('' is the empty list), each without leading zeros. */
function integers(text: string, list: string, what: string): number[] {
  if (list === '') return [];
  const parts = list.split(',');
  const out: number[] = [];
  for (const p of parts) {
    if (!/^(0|-?[1-9][0-9]{0,9})$/.test(p)) throw new InputError(`'${clip(text)}' is not a ${what}: '${clip(p)}' is not a decimal integer`);
    out.push(Number(p));
  }
  return out;
}

export function decodeBoolean(n: number, text: string): Fn {
  const size = 2 ** n;
  const values = new Int32Array(size);
  if (n < 2) {
    const signs = body(text, 'tt:', `Boolean function on C_${n}`);
    if (signs.length !== size || !/^[+-]*$/.test(signs)) throw new InputError(`'${clip(text)}' needs exactly ${size} signs + or - after tt:`);
    for (let i = 0; i < size; i++) values[i] = signs[i] === '-' ? -1 : 1;
    return { n, values };
  }
  const digits = body(text, 'hex:', `Boolean function on C_${n}`);
  if (digits.length !== size / 4 || !/^[0-9a-f]*$/.test(digits)) {
    throw new InputError(`'${clip(text)}' needs exactly ${size / 4} lowercase hex digits after hex:`);
  }
  for (let i = 0; i < size; i++) {
    const d = HEX.indexOf(digits[digits.length - 1 - (i >> 2)]!);
    values[i] = (d >> (i & 3)) & 1 ? -1 : 1;
  }
  return { n, values };
}

export function decodeIntegers(n: number, text: string): Fn {
  const what = `integer function on C_${n}`;
  const list = integers(text, body(text, 'vals:', what), what);
  if (list.length !== 2 ** n) throw new InputError(`'${clip(text)}' needs ${2 ** n} values, got ${list.length}`);
  if (list.some((v) => v < -(2 ** 31) || v >= 2 ** 31)) throw new InputError(`'${clip(text)}' has a value outside 32 bits`);
  return { n, values: Int32Array.from(list) };
}

export function decodeMap(n: number, m: number, text: string): CubeMap {
  const what = `map C_${n} -> C_${m}`;
  const list = integers(text, body(text, 'perm:', what), what);
  if (list.length !== 2 ** n) throw new InputError(`'${clip(text)}' needs ${2 ** n} image indices, got ${list.length}`);
  if (list.some((y) => y < 0 || y >= 2 ** m)) throw new InputError(`'${clip(text)}' has an image index outside [0, ${2 ** m})`);
  return { n, m, image: Uint32Array.from(list) };
}

export function decodeSubset(n: number, text: string): PointSet {
  const what = `subset of C_${n}`;
  const list = integers(text, body(text, 'points:', what), what);
  if (list.some((p, k) => p < 0 || p >= 2 ** n || (k > 0 && p <= list[k - 1]!))) {
    throw new InputError(`'${clip(text)}' needs distinct points in [0, ${2 ** n}) in increasing order`);
  }
  return { n, points: Uint32Array.from(list) };
}
