/**
 * The low-degree-functions domain: Boolean functions of Fourier degree <= k, in the order of
 * boolean-functions. With k >= n every Boolean function qualifies and the domain is that one.
 */
import type { Fn } from '../../model/values.js';
import { degreeOfSignsInPlace } from '../../core/degree.js';
import { InputError } from '../../core/result.js';
import { encodeBoolean } from './encoding.js';
import { booleanFunctionCursor } from './functionCursors.js';
import { type TableList, lowDegreeTables } from './lowDegreeList.js';
import type { Cursor } from './types.js';

export function isBooleanTable(f: Fn, n: number): boolean {
  if (f.n !== n || f.values.length !== 2 ** n) return false;
  for (let i = 0; i < f.values.length; i++) if (f.values[i] !== 1 && f.values[i] !== -1) return false;
  return true;
}

export function hasDegreeAtMost(f: Fn, k: number): boolean {
  return (degreeOfSignsInPlace(Int32Array.from(f.values)) ?? 0) <= k;
}

/** Number of members, or null when too costly to list. */
export function lowDegreeCount(n: number, k: number): bigint | null {
  if (k >= n) return 1n << BigInt(2 ** n);
  const list = lowDegreeTables(n, k);
  return list === null ? null : BigInt(list.count);
}

function listCursor(n: number, list: TableList): Cursor {
  const value: Fn = { n, values: new Int32Array(2 ** n) };
  const W = list.wordsPerTable;
  let index = 0;
  const load = (): void => {
    const v = value.values;
    for (let x = 0; x < v.length; x++) v[x] = (list.words[index * W + (x >>> 5)]! >>> (x & 31)) & 1 ? -1 : 1;
  };
  load();
  return {
    value,
    reset() {
      index = 0;
      load();
    },
    next() {
      if (++index >= list.count) return false;
      load();
      return true;
    },
    encode: () => encodeBoolean(value),
  };
}

export function lowDegreeCursor(n: number, k: number): Cursor {
  if (k >= n) return booleanFunctionCursor(n);
  const list = lowDegreeTables(n, k);
  if (list === null) {
    throw new InputError(`cannot enumerate the Boolean functions of degree <= ${k} on C_${n}: too many candidates; use --mode random`);
  }
  return listCursor(n, list);
}
