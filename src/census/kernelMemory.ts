/**
 * The memory of the WebAssembly census kernel: constant tables for one n, the walk state and the
 * histogram counters. Byte offsets are fixed; every v128 access is 16-byte aligned.
 */
import { CELLS, STRIDE, degreeCode } from './histogram.js';
import { popcount } from '../core/cube.js';
import { type LaneLayout, topLevel } from './layout.js';
import type { FreshState } from './freshState.js';

export const MEM = {
  /** int8 delta[x][b][lane]: added to the lanes when point x flips from bit b (64 bytes per x). */
  delta: 0,
  /** u32 superset[x]: ANF lanes toggled by a flip at x. */
  superset: 2048,
  /** u32 variableLanes[v], v < 5 (zero beyond n): v = 0..3 read as one v128, then v = 4. */
  variableLanes: 2176,
  /** u32 2^(n/2) (bent magnitude) and the lane mask every lane must match to be bent. */
  bentRoot: 2208,
  bentFull: 2212,
  /** int8 coefficients by lane (32 bytes), then u32 truth-table word, ANF lanes, Gray index. */
  coefficients: 2224,
  word: 2256,
  anf: 2260,
  index: 2264,
  /**
   * u32 cellOffset[clz(non-zero lanes) * 64 + clz(ANF lanes)]: byte offset of the degree and
   * GF(2)-degree coordinates in the histogram, plus 5 * 16 (the kernel subtracts 16 per
   * irrelevant variable, of 5).
   */
  cellOffset: 4096,
  /** u32 counters, one per histogram cell. */
  histogram: 4096 + 33 * 64 * 4,
} as const;

export const PAGES = 1;

export function writeTables(mem: DataView, layout: LaneLayout): void {
  const { n, size, laneOf } = layout;
  new Uint8Array(mem.buffer, mem.byteOffset, MEM.coefficients).fill(0);
  for (let x = 0; x < size; x++) {
    for (let s = 0; s < size; s++) {
      const chi = ((popcount(s & x) & 1) === 0 ? 1 : -1) * 2;
      mem.setInt8(MEM.delta + x * 64 + laneOf[s]!, -chi); // f_old(x) = +1
      mem.setInt8(MEM.delta + x * 64 + 32 + laneOf[s]!, chi); // f_old(x) = -1
    }
    mem.setUint32(MEM.superset + 4 * x, layout.superset[x]!, true);
  }
  for (let v = 0; v < n; v++) mem.setUint32(MEM.variableLanes + 4 * v, layout.variableLanes[v]!, true);
  const levelAtClz = (c: number): number | null => (c === 32 || 31 - c >= size ? null : topLevel(layout, 2 ** (31 - c)));
  for (let cz = 0; cz <= 32; cz++) {
    for (let ca = 0; ca <= 32; ca++) {
      const bytes = 4 * (STRIDE.degree * degreeCode(levelAtClz(cz)) + STRIDE.gf2Degree * degreeCode(levelAtClz(ca)));
      mem.setUint32(MEM.cellOffset + 4 * (cz * 64 + ca), bytes + 5 * 4 * STRIDE.relevant, true);
    }
  }
  mem.setUint32(MEM.bentRoot, n % 2 === 0 ? 2 ** (n / 2) : 0, true);
  mem.setUint32(MEM.bentFull, size === 32 ? 0xffffffff : 2 ** size - 1, true);
}

/** Puts the engine at Gray index `index`, whose state was computed afresh. */
export function writeState(mem: DataView, layout: LaneLayout, index: number, s: FreshState): void {
  for (let lane = 0; lane < 32; lane++) {
    const v = lane < layout.size ? s.coefficients[layout.subsetOf[lane]!]! : 0;
    mem.setInt8(MEM.coefficients + lane, v);
  }
  mem.setUint32(MEM.word, s.word, true);
  mem.setUint32(MEM.anf, s.anfLanes, true);
  mem.setUint32(MEM.index, index, true);
}

export interface KernelState {
  readonly index: number;
  readonly word: number;
  readonly anfLanes: number;
  /** c_S in natural subset order. */
  readonly coefficients: Int32Array;
}

export function readState(mem: DataView, layout: LaneLayout): KernelState {
  const coefficients = new Int32Array(layout.size);
  for (let s = 0; s < layout.size; s++) coefficients[s] = mem.getInt8(MEM.coefficients + layout.laneOf[s]!);
  return {
    index: mem.getUint32(MEM.index, true),
    word: mem.getUint32(MEM.word, true),
    anfLanes: mem.getUint32(MEM.anf, true),
    coefficients,
  };
}

/** Adds the kernel's counters to `into` and zeroes them. */
export function drainHistogramInPlace(mem: DataView, into: Float64Array): void {
  for (let k = 0; k < CELLS; k++) {
    const at = MEM.histogram + 4 * k;
    into[k]! += mem.getUint32(at, true);
    mem.setUint32(at, 0, true);
  }
}
