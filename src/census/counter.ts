/**
 * A range counter adds the cells of every function of a Gray-code slice [start, end) to a
 * histogram. Two engines: the WebAssembly SIMD kernel (fast, the default) and the plain
 * TypeScript incremental state (the fallback where WebAssembly SIMD is missing, and a cross-check).
 */
import type { Histogram } from './histogram.js';
import { IncrementalState } from './incrementalState.js';
import { functionCount } from './shard.js';

export interface RangeControl {
  /** Asked between blocks; true stops the slice early. */
  readonly shouldStop?: () => boolean;
  /** Called after each block with the number of functions counted so far in this slice. */
  readonly onProgress?: (done: number) => void;
  readonly blockSteps?: number;
}

export interface RangeCounter {
  /** Counts the functions of [start, end) into `into`; returns the end actually reached. */
  runRange(start: number, end: number, into: Histogram, control?: RangeControl): number;
}

export type EngineName = 'wasm' | 'js';

export function checkSlice(n: number, start: number, end: number): void {
  const total = functionCount(n);
  if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && 0 <= start && start <= end && end <= total)) {
    throw new RangeError(`bad slice [${start}, ${end}) of [0, ${total})`);
  }
}

export function createJsCounter(n: number): RangeCounter {
  return {
    runRange(start, end, into, control = {}) {
      checkSlice(n, start, end);
      if (start === end) return end;
      const block = control.blockSteps ?? 1 << 16;
      const state = new IncrementalState(n, start);
      into[state.cellIndex()]!++;
      let at = start + 1;
      while (at < end) {
        if (control.shouldStop?.()) break;
        const stop = Math.min(end, at + block);
        for (; at < stop; at++) {
          state.advanceInPlace();
          into[state.cellIndex()]!++;
        }
        control.onProgress?.(at - start);
      }
      return at;
    },
  };
}
