/** Messages between the census pool and its worker threads. */
import type { EngineName } from './counter.js';
import type { Measure } from './measures.js';

export interface WorkerInit {
  readonly n: number;
  readonly engine?: EngineName;
  /** The measures the census reads (default all): the kernel records only these. */
  readonly measures?: readonly Measure[];
  /** Int32Array over it; element 0 becomes non-zero to ask workers to stop between blocks. */
  readonly stop: SharedArrayBuffer;
}

/** Count the slice [start, end). */
export interface ToWorker {
  readonly id: number;
  readonly start: number;
  readonly end: number;
}

export type FromWorker =
  | { readonly type: 'progress'; readonly id: number; readonly done: number }
  | { readonly type: 'done'; readonly id: number; readonly start: number; readonly reached: number; readonly hist: Float64Array }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
