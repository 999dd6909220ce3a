/**
 * Starting one sandbox worker thread: the worker (worker.ts, from dist/ or through tsx) gets the
 * property module's path, the shared heartbeat and its end of a message channel; its heap is
 * capped at the sandbox's memory limit (the young generation in proportion, 4 to 64 MB); what it
 * writes to stdout and stderr goes line by line to onOutput, never into our own streams.
 */
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import { forwardLines, workerEntry } from './spawn.js';

export interface LaunchedWorker {
  readonly worker: Worker;
  /** The host's end of the message channel. */
  readonly port: MessagePort;
}

export function launchWorker(modulePath: string, heartbeat: SharedArrayBuffer, shownName: string, memoryMb: number, onOutput: (line: string) => void): LaunchedWorker {
  const { port1, port2 } = new MessageChannel();
  const { entry, eval: isEval } = workerEntry();
  const worker = new Worker(entry, {
    eval: isEval,
    workerData: { modulePath, heartbeat, port: port2, shownName },
    transferList: [port2],
    stdout: true,
    stderr: true,
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(4, memoryMb >> 4)) },
  });
  for (const stream of [worker.stdout, worker.stderr]) forwardLines(stream, onOutput);
  return { worker, port: port1 };
}
