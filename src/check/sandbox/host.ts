/**
 * The sandbox host: a worker thread (worker.ts) that imports one property module and evaluates its
 * user code, with limits. The main thread keeps the enumeration, the counts and the digest; the
 * worker only decodes and evaluates. A case taking longer than the time limit, or the worker
 * exhausting its heap, stops the run as inconclusive (EvaluationStopped) and ends the worker; so
 * does the abort signal (Ctrl-C, SIGTERM), at once, even inside an endless loop. What the worker
 * writes to stdout or stderr never reaches ours: it goes, line by line, to onOutput, or nowhere.
 */
import { basename } from 'node:path';
import { MessageChannel, type MessagePort, Worker, receiveMessageOnPort } from 'node:worker_threads';
import type { Cell } from '../../census/index.js';
import type { ResolvedDomain } from '../../claim/domains.js';
import { InputError } from '../../core/result.js';
import { PredicateError } from '../scope.js';
import type { PropertyDescriptor } from './descriptor.js';
import { describeCase } from './evaluate.js';
import type { FromWorker, ToWorker } from './protocol.js';
import { forwardLines, workerEntry } from './spawn.js';
import { type CaseEvaluator, type SandboxLimits, DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_MS, EvaluationStopped, LOAD_TIMEOUT_MS } from './types.js';

export interface SandboxOptions extends Partial<SandboxLimits> {
  readonly signal?: AbortSignal;
  /** Lines the worker wrote to stdout or stderr (user code's console.log); dropped when absent. */
  readonly onOutput?: (line: string) => void;
  /** How the module is named in messages (default: its file name). */
  readonly shownName?: string;
}

interface Pending {
  readonly id: number;
  /** Where the worker writes the answers (none while loading). */
  readonly out: Uint8Array;
  /** Names what is being evaluated, given the count done: for messages. */
  readonly what: (done: number) => string;
  readonly resolve: (r: Uint8Array) => void;
  readonly reject: (e: Error) => void;
}

const WATCH_MS = 100;

export class Sandbox implements CaseEvaluator {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly beat = new Int32Array(new SharedArrayBuffer(8));
  private limits: SandboxLimits;
  private pending: Pending | null = null;
  private stopped: Error | null = null;
  private nextId = 1;
  private lastBeat = '';
  private lastBeatAt = 0;
  private readonly watch: NodeJS.Timeout;
  private readonly onAbort = (): void => this.stop(new EvaluationStopped('aborted', 'interrupted'));
  readonly loaded: Promise<PropertyDescriptor>;

  constructor(
    readonly modulePath: string,
    private options: SandboxOptions = {},
  ) {
    this.limits = { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, memoryMb: options.memoryMb ?? DEFAULT_MEMORY_MB };
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const { entry, eval: isEval } = workerEntry();
    this.worker = new Worker(entry, {
      eval: isEval,
      workerData: { modulePath, heartbeat: this.beat.buffer, port: port2, shownName: options.shownName ?? basename(modulePath) },
      transferList: [port2],
      stdout: true,
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(4, this.limits.memoryMb >> 4)) },
    });
    for (const stream of [this.worker.stdout, this.worker.stderr]) forwardLines(stream, (line) => this.options.onOutput?.(line));
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
    this.lastBeatAt = performance.now();
    this.watch = setInterval(() => this.tick(), Math.min(WATCH_MS, Math.max(10, this.limits.timeoutMs >> 2)));
    this.watch.unref();
    options.signal?.addEventListener('abort', this.onAbort, { once: true });
    let loadedResolve!: (d: PropertyDescriptor) => void;
    let loadedReject!: (e: Error) => void;
    this.loaded = new Promise((res, rej) => ((loadedResolve = res), (loadedReject = rej)));
    this.loaded.catch(() => {});
    this.pending = { id: -1, out: new Uint8Array(0), what: () => `while loading ${this.shown}`, resolve: () => {}, reject: loadedReject };
    this.onLoaded = loadedResolve;
    if (options.signal?.aborted) this.onAbort();
  }

  private onLoaded: (d: PropertyDescriptor) => void;

  private get shown(): string {
    return this.options.shownName ?? basename(this.modulePath);
  }

  /** Cases of the pending request the worker has answered. */
  private done(): number {
    const p = this.pending;
    return p === null || Atomics.load(this.beat, 0) !== p.id ? 0 : Math.max(0, Math.min(Atomics.load(this.beat, 1), p.out.length));
  }

  private where(): string {
    const p = this.pending;
    return p === null ? 'between cases' : p.what(this.done());
  }

  private tick(): void {
    if (this.pending === null) return;
    const now = performance.now();
    const b = `${Atomics.load(this.beat, 0)}:${Atomics.load(this.beat, 1)}`;
    if (b !== this.lastBeat) {
      this.lastBeat = b;
      this.lastBeatAt = now;
    } else {
      const limit = this.pending.id === -1 ? Math.max(this.limits.timeoutMs, LOAD_TIMEOUT_MS) : this.limits.timeoutMs;
      if (now - this.lastBeatAt > limit) this.stop(new EvaluationStopped('timeout', `time limit: more than ${limit / 1000} s ${this.where()} (raise it with --timeout SECONDS)`));
    }
  }

  private receive(m: FromWorker): void {
    const p = this.pending;
    if (m.type === 'loaded' || m.type === 'bad-module') {
      if (p === null || p.id !== -1) return;
      this.pending = null;
      this.idle();
      if (m.type === 'bad-module') this.stop(new InputError(m.message));
      else this.onLoaded(m.descriptor);
      if (m.type === 'bad-module') p.reject(new InputError(m.message));
      return;
    }
    if (p === null || m.id !== p.id) return;
    this.pending = null;
    this.idle();
    if (m.type === 'result') p.resolve(p.out.slice(0, Math.max(0, Math.min(m.done, p.out.length))));
    else p.reject(new PredicateError(m.message));
  }

  /** An idle sandbox does not keep the process alive. */
  private idle(): void {
    this.worker.unref();
    this.port.unref();
  }

  /** Ends the worker; every later call fails with `why`. */
  private stop(why: Error): void {
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

  private request(size: number, msg: (id: number, out: SharedArrayBuffer) => ToWorker, what: (done: number) => string): Promise<Uint8Array> {
    if (this.stopped !== null) return Promise.reject(this.stopped);
    if (this.pending !== null) return Promise.reject(new Error('internal error: the sandbox got a request while busy'));
    const id = this.nextId++;
    const shared = new SharedArrayBuffer(size);
    const out = new Uint8Array(shared);
    this.worker.ref();
    this.port.ref();
    return new Promise((resolve, reject) => {
      this.pending = { id, out, what, resolve, reject };
      this.lastBeatAt = performance.now();
      this.port.postMessage(msg(id, shared));
    });
  }

  /** Tells the worker the scope and the variables' domains (before cases). */
  bind(n: number, variables: readonly { readonly name: string; readonly domain: ResolvedDomain }[]): void {
    this.names = variables.map((v) => v.name);
    this.port.postMessage({ type: 'bind', n, variables } satisfies ToWorker);
  }

  private names: readonly string[] = [];

  cases(flat: readonly string[], count: number, stopOn: boolean | null): Promise<Uint8Array> {
    const k = this.names.length;
    const what = (done: number): string => `on ${describeCase(this.names, flat.slice(done * k, done * k + k))}`;
    return this.request(count, (id, out) => ({ type: 'cases', id, flat, count, stopOn, out }), what);
  }

  cells(cells: readonly Cell[]): Promise<Uint8Array> {
    return this.request(cells.length, (id, out) => ({ type: 'cells', id, cells, out }), (done) => `in the census form on the cell ${JSON.stringify(cells[done])}`);
  }

  /**
   * Takes the options of a new run (time limit, signal, output) when the heap limit is the same
   * (it is fixed when the worker starts); false when this worker cannot serve the run.
   */
  accepts(options: SandboxOptions): boolean {
    if (this.stopped !== null || (options.memoryMb ?? DEFAULT_MEMORY_MB) !== this.limits.memoryMb) return false;
    this.options.signal?.removeEventListener('abort', this.onAbort);
    this.options = { ...options, ...(this.options.shownName !== undefined ? { shownName: this.options.shownName } : {}) };
    this.limits = { ...this.limits, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS };
    options.signal?.addEventListener('abort', this.onAbort, { once: true });
    if (options.signal?.aborted) this.onAbort();
    return this.stopped === null;
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

/** A started sandbox for the module, once it has loaded (else the load error: bad input or a stop). */
export async function openSandbox(modulePath: string, options: SandboxOptions = {}): Promise<{ sandbox: Sandbox; descriptor: PropertyDescriptor }> {
  const sandbox = new Sandbox(modulePath, options);
  try {
    return { sandbox, descriptor: await sandbox.loaded };
  } catch (e) {
    await sandbox.close();
    throw e;
  }
}
