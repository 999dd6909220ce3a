/** Messages between the sandbox host (host.ts) and its worker (worker.ts). */
import type { Cell } from '../../census/index.js';
import type { ResolvedDomain } from '../../claim/domains.js';
import type { PropertyDescriptor } from './descriptor.js';

export interface SandboxInit {
  readonly modulePath: string;
  /** The heartbeat: [request id, cases done in it], written by the worker with Atomics. */
  readonly heartbeat: SharedArrayBuffer;
}

export type ToWorker =
  | { readonly type: 'bind'; readonly n: number; readonly variables: readonly { readonly name: string; readonly domain: ResolvedDomain }[] }
  /** `out` (shared, one byte per case) receives the answers as they are computed. */
  | { readonly type: 'cases'; readonly id: number; readonly flat: readonly string[]; readonly count: number; readonly stopOn: boolean | null; readonly out: SharedArrayBuffer }
  | { readonly type: 'cells'; readonly id: number; readonly cells: readonly Cell[]; readonly out: SharedArrayBuffer };

export type FromWorker =
  | { readonly type: 'loaded'; readonly descriptor: PropertyDescriptor }
  /** The module does not load or has no valid property: bad input. */
  | { readonly type: 'bad-module'; readonly message: string }
  /** The request is done: `done` answers are in its shared buffer. */
  | { readonly type: 'result'; readonly id: number; readonly done: number }
  /** The predicate threw or returned a non-boolean: bad input. */
  | { readonly type: 'predicate-error'; readonly id: number; readonly message: string };
