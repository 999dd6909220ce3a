/**
 * A census worker thread: counts the Gray-code slices the pool sends it, one at a time, and
 * answers with the histogram of what it covered. A shared flag asks it to stop between blocks.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { emptyHistogram } from './histogram.js';
import { createCounter } from './kernelRunner.js';
import type { ToWorker, WorkerInit } from './workerProtocol.js';

const port = parentPort;
if (!port) throw new Error('census worker: no parent port (start this module as a worker thread)');
const init = workerData as WorkerInit;
const stop = new Int32Array(init.stop);
const counter = createCounter(init.n, init.engine, init.measures);

port.on('message', (msg: ToWorker) => {
  const { id, start, end } = msg;
  try {
    const hist = emptyHistogram();
    const reached = counter.runRange(start, end, hist, {
      shouldStop: () => Atomics.load(stop, 0) !== 0,
      onProgress: (done) => port.postMessage({ type: 'progress', id, done }),
    });
    port.postMessage({ type: 'done', id, start, reached, hist }, [hist.buffer as ArrayBuffer]);
  } catch (e) {
    port.postMessage({ type: 'error', id, message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
