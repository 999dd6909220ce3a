/**
 * A verifier census worker thread: builds the tables of every (n - 1)-variable function once,
 * then counts the ranges of g it is sent (censusCount.ts countSplit) and answers with the counts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { countSplit, emptyCounts, splitTables } from './censusCount.js';

const port = parentPort;
if (!port) throw new Error('verifier census worker: no parent port');
const tables = splitTables((workerData as { m: number }).m);

port.on('message', (msg: { from: number; to: number }) => {
  const counts = emptyCounts();
  countSplit(tables, msg.from, msg.to, counts);
  port.postMessage({ from: msg.from, to: msg.to, hist: counts.hist, rep: counts.rep }, [counts.hist.buffer as ArrayBuffer, counts.rep.buffer as ArrayBuffer]);
});
