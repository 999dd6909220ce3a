/**
 * The life of one sandbox worker as the main thread sees it: start it under its limits, send one
 * request at a time over the port and wait for the answer, and stop it — on the time limit (no
 * heartbeat progress for longer than timeoutMs), on heap exhaustion, on the abort signal (Ctrl-C,
 * SIGTERM; at once, even inside an endless loop), or when it fails or exits. After a stop every
 * later request fails with the cause. What the requests mean (loading a property module, cases,
 * census cells) is the Sandbox's (host.ts), which also reads the worker's messages (`receive`).
 */
import { basename } from 'node:path';
import { type MessagePort, type Worker, receiveMessageOnPort } from 'node:worker_threads';
import { PredicateError } from '../scope.js';
import { Heartbeat } from './heartbeat.js';
import { launchWorker } from './launch.js';
import type { FromWorker, ToWorker } from './protocol.js';
import { type SandboxLimits, DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_MS, EvaluationStopped, LOAD_TIMEOUT_MS } from './types.js';

export interface SandboxOptions extends Partial<SandboxLimits> {
  readonly signal?: AbortSignal;
  /** Lines the worker wrote to stdout or stderr (user code's console.log); dropped when absent. */
  readonly onOutput?: (line: string) => void;
  /** How the module is named in messages (default: its file name). */
  readonly shownName?: string;
}

/** The request the worker is on (id -1: loading the module). */
export interface Pending {
  readonly id: number;
  /** Where the worker writes the answers (none while loading). */
  readonly out: Uint8Array;
  /** Names what is being evaluated, given the count done: for messages. */
  readonly what: (done: number) => string;
  readonly resolve: (r: Uint8Array) => void;
  readonly reject: (e: Error) => void;
}

const WATCH_MS = 100;

export abstract class WorkerHost {
  protected readonly worker: Worker;
  protected readonly port: MessagePort;
  private readonly heartbeat = new Heartbeat();
  protected limits: SandboxLimits;
  protected pending: Pending | null = null;
  protected stopped: Error | null = null;
  private nextId = 1;
  private readonly watch: NodeJS.Timeout;
  protected readonly onAbort = (): void => this.stop(new EvaluationStopped('aborted', 'interrupted'));

  constructor(
    readonly modulePath: string,
    protected options: SandboxOptions = {},
  ) {
    this.limits = { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, memoryMb: options.memoryMb ?? DEFAULT_MEMORY_MB };
    const shownName = options.shownName ?? basename(modulePath);
    const launched = launchWorker(modulePath, this.heartbeat.buffer, shownName, this.limits.memoryMb, (line) => this.options.onOutput?.(line));
    this.worker = launched.worker;
    this.port = launched.port;
    this.worker.on('error', (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') this.stop(new EvaluationStopped('memory', `out of memory (the sandbox's limit is ${this.limits.memoryMb} MB) ${this.where()}`));
      else this.stop(new PredicateError(`the property module ${this.shown} failed outside its predicate: ${(e.message.split('\n')[0] ?? '').trim()}`));
    });
    this.worker.on('exit', (code) => {
      // The port and the exit event are separate channels: a message the worker posted just before
      // it ended (such as 'bad-module' for a syntax error) may still be queued; read it first.
      for (let m = receiveMessageOnPort(this.port); m !== undefined && this.stopped === null; m = receiveMessageOnPort(this.port)) this.receive(m.message as FromWorker);
      this.stop(new PredicateError(`the sandbox worker of ${this.shown} exited (code ${code}) ${this.where()}`));
    });
    this.port.on('message', (m: FromWorker) => this.receive(m));
    this.heartbeat.restart();
    this.watch = setInterval(() => this.tick(), Math.min(WATCH_MS, Math.max(10, this.limits.timeoutMs >> 2)));
    this.watch.unref();
    options.signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  /** A message from the worker (an answer, a load report). */
  protected abstract receive(m: FromWorker): void;

  protected get shown(): string {
    return this.options.shownName ?? basename(this.modulePath);
  }

  /** Cases of the pending request the worker has answered. */
  private done(): number {
    const p = this.pending;
    return p === null ? 0 : this.heartbeat.answered(p.id, p.out.length);
  }

  private where(): string {
    const p = this.pending;
    return p === null ? 'between cases' : p.what(this.done());
  }

  private tick(): void {
    if (this.pending === null) return;
    const limit = this.pending.id === -1 ? Math.max(this.limits.timeoutMs, LOAD_TIMEOUT_MS) : this.limits.timeoutMs;
    if (this.heartbeat.stalledMs(performance.now()) > limit) this.stop(new EvaluationStopped('timeout', `time limit: more than ${limit / 1000} s ${this.where()} (raise it with --timeout SECONDS)`));
  }

  /** An idle sandbox does not keep the process alive. */
  protected idle(): void {
    this.worker.unref();
    this.port.unref();
  }

  /** Ends the worker; every later call fails with `why`. */
  protected stop(why: Error): void {
    if (this.stopped !== null) return;
    this.stopped = why;
    clearInterval(this.watch);
    this.options.signal?.removeEventListener('abort', this.onAbort);
    const p = this.pending;
    const partial = p === null ? new Uint8Array(0) : p.out.slice(0, this.done());
    this.pending = null;
    p?.reject(why instanceof EvaluationStopped ? new EvaluationStopped(why.kind, why.detail, partial) : why);
    void this.worker.terminate();
  }

  protected request(size: number, msg: (id: number, out: SharedArrayBuffer) => ToWorker, what: (done: number) => string): Promise<Uint8Array> {
    if (this.stopped !== null) return Promise.reject(this.stopped);
    if (this.pending !== null) return Promise.reject(new Error('internal error: the sandbox got a request while busy'));
    const id = this.nextId++;
    const shared = new SharedArrayBuffer(size);
    const out = new Uint8Array(shared);
    this.worker.ref();
    this.port.ref();
    return new Promise((resolve, reject) => {
      this.pending = { id, out, what, resolve, reject };
      this.heartbeat.restart();
      this.port.postMessage(msg(id, shared));
    });
  }

  /** Whether the worker still takes requests. */
  get usable(): boolean {
    return this.stopped === null;
  }

  /** Ends the worker; what it wrote and has not yet reached us is given a moment to arrive. */
  async close(): Promise<void> {
    if (this.stopped === null && this.pending === null) {
      await this.request(0, (id, out) => ({ type: 'cells', id, cells: [], out }), () => 'while closing').catch(() => {});
      await new Promise((r) => setTimeout(r, 20));
    }
    if (this.stopped === null) {
      this.stopped = new Error('internal error: the sandbox was used after close');
      clearInterval(this.watch);
      this.options.signal?.removeEventListener('abort', this.onAbort);
      this.worker.removeAllListeners('exit');
      this.worker.removeAllListeners('error');
      this.worker.on('error', () => {});
    }
    await this.worker.terminate();
  }
}
