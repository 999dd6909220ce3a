/** What every part of the controller shares: the store, the engine, and the work in flight. */
import { join } from 'node:path';
import type { LoadedProperty } from '../../check/catalogue.js';
import type { CheckResult } from '../../check/types.js';
import type { Engine } from '../engine.js';
import type { Store } from '../state/store.js';
import type { AppState } from '../state/types.js';

export interface Ctx {
  readonly store: Store<AppState>;
  readonly engine: Engine;
  readonly cwd: string;
  /** Loaded catalogue properties by id (engine objects stay out of the state). */
  readonly properties: Map<string, LoadedProperty>;
  /** The result on the Result screen, with its property. */
  shown: { readonly result: CheckResult; readonly loaded: LoadedProperty } | null;
  runAbort: AbortController | null;
  recoveryAbort: AbortController | null;
  /** The census or curve in flight. */
  toolAbort: AbortController | null;
  /** Engine work in flight (the controller's idle() waits for it). */
  readonly pending: Set<Promise<unknown>>;
}

/** Registers engine work so idle() can wait for it; errors are the caller's to handle. */
export function track(ctx: Ctx, work: Promise<void>): Promise<void> {
  ctx.pending.add(work);
  void work.finally(() => ctx.pending.delete(work));
  return work;
}

export function certificatePath(ctx: Ctx, id: string): string {
  return join(ctx.cwd, 'certificates', `${id}.json`);
}

export function update(ctx: Ctx, change: (s: AppState) => AppState): void {
  ctx.store.update(change);
}

export const firstLine = (e: unknown): string => ((e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '').trim();

/** Lets a frame render before synchronous engine work starts. */
export function nextTick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
