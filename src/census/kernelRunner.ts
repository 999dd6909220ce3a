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

const modules = new Map<boolean, WasmModule>();

function kernelModule(api: WasmApi, bent: boolean): WasmModule {
  let m = modules.get(bent);
  if (!m) {
    m = new api.Module(kernelBytes(bent));
    modules.set(bent, m);
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

export function createKernel(n: number): Kernel {
  const layout = laneLayout(n);
  const api = wasmApi();
  if (!api) throw new Error('this runtime has no WebAssembly');
  const instance = new api.Instance(kernelModule(api, n % 2 === 0));
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

/** The fastest counter this runtime offers, or the one asked for. */
export function createCounter(n: number, engine?: 'wasm' | 'js'): RangeCounter {
  if (engine === 'js' || (engine === undefined && !kernelAvailable())) return createJsCounter(n);
  return createKernel(n);
}
