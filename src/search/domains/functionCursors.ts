/**
 * Cursors over tables in their canonical orders: all Boolean functions (table number counting up),
 * all integer functions with values min..max (mixed radix, point 0 least significant) and all
 * subsets of the cube (bitmask over the points counting up).
 */
import type { Fn, PointSet } from '../../model/values.js';
import { BitTableCounter } from './bitTable.js';
import { encodeBoolean, encodeIntegers, encodeSubset } from './encoding.js';
import type { Cursor } from './types.js';

export function booleanFunctionCursor(n: number): Cursor {
  const size = 2 ** n;
  const counter = new BitTableCounter(size);
  const value: Fn = { n, values: new Int32Array(size).fill(1) };
  return {
    value,
    reset() {
      counter.resetInPlace();
      value.values.fill(1);
    },
    next() {
      const j = counter.incrementInPlace();
      if (j < 0) return false;
      const v = value.values;
      for (let i = 0; i < j; i++) v[i] = 1;
      v[j] = -1;
      return true;
    },
    encode: () => (n < 2 ? encodeBoolean(value) : `hex:${counter.hex()}`),
  };
}

export function integerFunctionCursor(n: number, min: number, max: number): Cursor {
  const value: Fn = { n, values: new Int32Array(2 ** n).fill(min) };
  return {
    value,
    reset() {
      value.values.fill(min);
    },
    next() {
      const v = value.values;
      let i = 0;
      while (i < v.length && v[i] === max) v[i++] = min;
      if (i === v.length) return false;
      v[i]! += 1;
      return true;
    },
    encode: () => encodeIntegers(value),
  };
}

/**
 * Subsets by bitmask t = 0, 1, ...: adding 1 to t removes points 0..j-1 (all present) and adds
 * point j, so the ascending list lives at the end of a buffer and only its front changes.
 */
export function subsetCursor(n: number): Cursor {
  const size = 2 ** n;
  const counter = new BitTableCounter(size);
  const buffer = new Uint32Array(size);
  let start = size;
  let value: PointSet = { n, points: buffer.subarray(start) };
  return {
    get value() {
      return value;
    },
    reset() {
      counter.resetInPlace();
      start = size;
      value = { n, points: buffer.subarray(start) };
    },
    next() {
      const j = counter.incrementInPlace();
      if (j < 0) return false;
      start += j - 1;
      buffer[start] = j;
      value = { n, points: buffer.subarray(start) };
      return true;
    },
    encode: () => encodeSubset(value),
  };
}
