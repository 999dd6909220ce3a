/**
 * The sandbox host: a worker thread (worker.ts) that imports one property module and evaluates its
 * user code, with limits. The main thread keeps the enumeration, the counts and the digest; the
 * worker only decodes and evaluates. This file is the evaluator's side: loading the module (its
 * descriptor, or bad input), binding the scope, sending cases and census cells, and taking a new
 * run's options when the worker can be reused. Starting, watching and stopping the worker (time
 * limit, heap, abort signal; EvaluationStopped makes the run inconclusive) is workerHost.ts.
 */
import type { Cell } from '../../census/index.js';
import type { ResolvedDomain } from '../../claim/domains.js';
import { InputError } from '../../core/result.js';
import { PredicateError } from '../scope.js';
import type { PropertyDescriptor } from './descriptor.js';
import { describeCase } from './evaluate.js';
import type { FromWorker, ToWorker } from './protocol.js';
import { type CaseEvaluator, DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_MS } from './types.js';
import { type SandboxOptions, WorkerHost } from './workerHost.js';

export type { SandboxOptions } from './workerHost.js';

export class Sandbox extends WorkerHost implements CaseEvaluator {
  readonly loaded: Promise<PropertyDescriptor>;
  private onLoaded: (d: PropertyDescriptor) => void;
  private names: readonly string[] = [];

  constructor(modulePath: string, options: SandboxOptions = {}) {
    super(modulePath, options);
    let loadedResolve!: (d: PropertyDescriptor) => void;
    let loadedReject!: (e: Error) => void;
    this.loaded = new Promise((res, rej) => ((loadedResolve = res), (loadedReject = rej)));
    this.loaded.catch(() => {});
    this.pending = { id: -1, out: new Uint8Array(0), what: () => `while loading ${this.shown}`, resolve: () => {}, reject: loadedReject };
    this.onLoaded = loadedResolve;
    if (options.signal?.aborted) this.onAbort();
  }

  protected receive(m: FromWorker): void {
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

  /** Tells the worker the scope and the variables' domains (before cases). */
  bind(n: number, variables: readonly { readonly name: string; readonly domain: ResolvedDomain }[]): void {
    this.names = variables.map((v) => v.name);
    this.port.postMessage({ type: 'bind', n, variables } satisfies ToWorker);
  }

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
