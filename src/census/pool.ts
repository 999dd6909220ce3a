/**
 * Runs slices of a census on worker threads: each idle worker takes the next slice; finished
 * (or stopped) slices come back with their histograms. An abort sets a shared flag; workers
 * stop between blocks and report what they covered, so nothing counted is lost.
 * Worker code runs from dist/ (.js) and from the TypeScript sources (.ts, loaded through tsx).
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import type { Histogram } from './histogram.js';
import type { Interval } from './intervals.js';
import type { EngineName } from './counter.js';
import type { Measure } from './measures.js';
import type { FromWorker, WorkerInit } from './workerProtocol.js';

export interface PoolOptions {
  readonly n: number;
  readonly engine?: EngineName;
  /** The measures the caller reads from the histograms (default all): the kernel records only these. */
  readonly measures?: readonly Measure[];
  readonly workers: number;
  readonly slices: readonly Interval[];
  readonly signal?: AbortSignal;
  /** A slice finished or stopped: `covered` is the part counted (maybe shorter than the slice). */
  readonly onSlice: (covered: Interval, hist: Histogram) => void | Promise<void>;
  /** Functions counted so far in slices still running. */
  readonly onProgress?: (inFlight: number) => void;
}

/**
 * From the TypeScript sources (vitest, tsx) the worker is a .ts module. Node 20 does not apply
 * `--import tsx` hooks to a worker's entry module, so a two-line bootstrap registers tsx's
 * loader in the worker and then imports the worker module.
 */
function sourceBootstrap(entry: URL): string {
  const req = createRequire(import.meta.url);
  const api = pathToFileURL(join(dirname(req.resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  return `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
}

function startWorker(init: WorkerInit): Worker {
  if (new URL(import.meta.url).pathname.endsWith('.ts')) {
    return new Worker(sourceBootstrap(new URL('./worker.ts', import.meta.url)), { eval: true, workerData: init });
  }
  return new Worker(new URL('./worker.js', import.meta.url), { workerData: init });
}

/** Resolves true when the signal stopped the pool (some slices may be unfinished). */
export function runPool(o: PoolOptions): Promise<boolean> {
  const stop = new Int32Array(new SharedArrayBuffer(4));
  const queue = [...o.slices];
  const count = Math.max(1, Math.min(o.workers, queue.length));
  const inFlight = new Map<number, number>();
  let stopping = o.signal?.aborted ?? false;
  let nextId = 0;
  return new Promise<boolean>((resolve, reject) => {
    if (queue.length === 0 || stopping) return resolve(queue.length > 0);
    const workers: Worker[] = [];
    let idle = 0;
    let settled = false;
    const finish = (error?: Error): void => {
      settled = true;
      o.signal?.removeEventListener('abort', onAbort);
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(stopping);
    };
    const onAbort = (): void => {
      stopping = true;
      Atomics.store(stop, 0, 1);
    };
    o.signal?.addEventListener('abort', onAbort);
    const feed = (w: Worker): void => {
      const slice = stopping ? undefined : queue.shift();
      if (!slice) {
        if (++idle === workers.length) finish();
        return;
      }
      const id = nextId++;
      inFlight.set(id, 0);
      w.postMessage({ id, start: slice[0], end: slice[1] });
    };
    const report = (): void => o.onProgress?.([...inFlight.values()].reduce((a, b) => a + b, 0));
    for (let k = 0; k < count; k++) {
      const w = startWorker({
        n: o.n,
        stop: stop.buffer as SharedArrayBuffer,
        ...(o.engine ? { engine: o.engine } : {}),
        ...(o.measures ? { measures: o.measures } : {}),
      });
      workers.push(w);
      w.on('message', (msg: FromWorker) => {
        if (settled) return;
        if (msg.type === 'progress') {
          inFlight.set(msg.id, msg.done);
          report();
        } else if (msg.type === 'error') {
          finish(new Error(`census worker settled: ${msg.message}`));
        } else {
          inFlight.delete(msg.id);
          Promise.resolve(msg.reached > msg.start ? o.onSlice([msg.start, msg.reached], msg.hist) : undefined).then(
            () => (settled ? undefined : (report(), feed(w))),
            (e: unknown) => finish(e instanceof Error ? e : new Error(String(e))),
          );
        }
      });
      w.on('error', (e) => {
        if (!settled) finish(e);
      });
      w.on('exit', (code) => {
        if (!settled) finish(new Error(`census worker exited early (code ${code})`));
      });
      feed(w);
    }
  });
}
