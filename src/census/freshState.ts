/**
 * The state of an engine at one function, computed afresh (the start of every slice, and the
 * slow reference the incremental engines are tested against): the integer Walsh spectrum
 * c_S = sum_y f(y) chi_S(y) by the FWHT, and the ANF by the Moebius transform.
 */
import { fwhtInt32InPlace } from '../core/fwht.js';
import { moebiusInPlace } from '../core/anf.js';
import type { LaneLayout } from './layout.js';

export interface FreshState {
  /** Truth-table word: bit x set when f(x) = -1. */
  readonly word: number;
  /** c_S in natural subset order. */
  readonly coefficients: Int32Array;
  /** ANF word in lane order: bit laneOf[T] set when a_T = 1. */
  readonly anfLanes: number;
}

export function freshState(layout: LaneLayout, word: number): FreshState {
  const { size, laneOf } = layout;
  const coefficients = new Int32Array(size);
  const bits = new Uint8Array(size);
  for (let x = 0; x < size; x++) {
    const b = Math.floor(word / 2 ** x) % 2;
    coefficients[x] = b ? -1 : 1;
    bits[x] = b;
  }
  fwhtInt32InPlace(coefficients);
  moebiusInPlace(bits);
  let anfLanes = 0;
  for (let t = 0; t < size; t++) if (bits[t]) anfLanes += 2 ** laneOf[t]!;
  return { word: word >>> 0, coefficients, anfLanes };
}

/** Non-zero coefficients as a lane mask. */
export function nonZeroLanes(layout: LaneLayout, coefficients: Int32Array): number {
  let z = 0;
  for (let s = 0; s < layout.size; s++) if (coefficients[s] !== 0) z += 2 ** layout.laneOf[s]!;
  return z;
}
