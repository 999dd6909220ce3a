/**
 * Runs the WebAssembly census kernel over a slice [start, end) of the Gray-code index space,
 * adding every function's cell to a histogram. The slice starts from a state computed afresh, so
 * any slice can run anywhere (another worker, another machine, after a resume).
 */
import { type Histogram, addHistogramInPlace, emptyHistogram } from './histogram.js';
import { freshState } from './freshState.js';
import { type LaneLayout, grayWord, laneLayout } from './layout.js';
import { type KernelState, drainHistogramInPlace, readState, writeState, writeTables } from './kernelMemory.js';
import { kernelBytes } from './wasm/kernel.js';
import { MEASURES, type Measure } from './measures.js';
import { type WasmApi, type WasmMemory, type WasmModule, wasmApi } from '../core/wasm/wasmApi.js';
import { type RangeCounter, checkSlice, createJsCounter } from './counter.js';

/** Steps per kernel call: u32 counters never overflow, and stop requests are seen promptly. */
export const BLOCK_STEPS = 1 << 22;

export interface Kernel extends RangeCounter {
  readonly layout: LaneLayout;
  /** The walk state after the last function counted (for tests). */
  state(): KernelState;
}

interface Exports {
  readonly walk: (steps: number) => void;
  readonly record: (unused: number) => void;
  readonly memory: WasmMemory;
}

const modules = new Map<string, WasmModule>();

/** One compiled module per (bent test, measures recorded). */
function kernelModule(api: WasmApi, bent: boolean, measures: ReadonlySet<Measure>): WasmModule {
  const key = `${bent}:${MEASURES.filter((m) => measures.has(m)).join(',')}`;
  let m = modules.get(key);
  if (!m) {
    m = new api.Module(kernelBytes(bent, measures));
    modules.set(key, m);
  }
  return m;
}

let available: boolean | undefined;

/** True when this runtime has WebAssembly SIMD (Node >= 16.4 does). */
export function kernelAvailable(): boolean {
  if (available === undefined) {
    try {
      available = wasmApi()?.validate(kernelBytes(false)) === true;
    } catch {
      available = false;
    }
  }
  return available;
}

/**
 * The kernel for n variables recording `measures` (default all). With fewer measures the kernel
 * skips the others' work; the histogram's coordinates of the measures left out then hold
 * constants, so only counts of the measures asked may be read from it (countsFromHistogram with a
 * spec of those measures), and state().anfLanes is stale unless gf2Degree is asked.
 */
export function createKernel(n: number, measures: readonly Measure[] = MEASURES): Kernel {
  const layout = laneLayout(n);
  const api = wasmApi();
  if (!api) throw new Error('this runtime has no WebAssembly');
  const instance = new api.Instance(kernelModule(api, n % 2 === 0, new Set(measures)));
  const ex = instance.exports as unknown as Exports;
  const mem = new DataView(ex.memory.buffer);
  writeTables(mem, layout);
  const scratch = emptyHistogram();
  return {
    layout,
    runRange(start, end, into, control = {}) {
      checkSlice(n, start, end);
      if (start === end) return end;
      const block = control.blockSteps ?? BLOCK_STEPS;
      scratch.fill(0);
      writeState(mem, layout, start, freshState(layout, grayWord(start)));
      ex.record(0);
      let at = start + 1;
      while (at < end) {
        if (control.shouldStop?.()) break;
        const steps = Math.min(block, end - at);
        ex.walk(steps);
        at += steps;
        drainHistogramInPlace(mem, scratch);
        control.onProgress?.(at - start);
      }
      drainHistogramInPlace(mem, scratch);
      addHistogramInPlace(into, scratch);
      return at;
    },
    state: () => readState(mem, layout),
  };
}

/**
 * The fastest counter this runtime offers, or the one asked for; `measures` (default all) are the
 * ones the caller reads from the histogram (the TypeScript engine always records all of them).
 */
export function createCounter(n: number, engine?: 'wasm' | 'js', measures?: readonly Measure[]): RangeCounter {
  if (engine === 'js' || (engine === undefined && !kernelAvailable())) return createJsCounter(n);
  return createKernel(n, measures);
}
