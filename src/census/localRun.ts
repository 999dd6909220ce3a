/**
 * Runs census slices in the calling thread, block by block, yielding to the event loop between
 * blocks so an abort signal and progress reports get through. For small censuses (n <= 4) and
 * for `workers: 0`.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { emptyHistogram } from './histogram.js';
import { BLOCK_STEPS, createCounter } from './kernelRunner.js';
import type { PoolOptions } from './pool.js';

/** Same contract as runPool, without threads. */
export async function runLocal(o: Omit<PoolOptions, 'workers'>, blockSteps = BLOCK_STEPS): Promise<boolean> {
  const counter = createCounter(o.n, o.engine, o.measures);
  for (const [start, end] of o.slices) {
    for (let a = start; a < end; a += blockSteps) {
      if (o.signal?.aborted) return true;
      const b = Math.min(end, a + blockSteps);
      const hist = emptyHistogram();
      const reached = counter.runRange(a, b, hist);
      await o.onSlice([a, reached], hist);
      o.onProgress?.(0);
      await nextTurn();
    }
  }
  return o.signal?.aborted ?? false;
}
