/**
 * The UI controller: owns the state (a Store outside React), turns key presses into state
 * changes and engine work, and is handed to the root component. Nothing here renders.
 */
import type { Engine } from '../engine.js';
import { isTyping, opensHelp } from '../help.js';
import { type KeyPress, isEmptyKey } from '../keys.js';
import { initialState } from '../state/initial.js';
import { Store } from '../state/store.js';
import type { AppState, Dims } from '../state/types.js';
import type { Theme } from '../theme.js';
import { catalogueKey, openCatalogue } from './catalogue.js';
import type { Ctx } from './context.js';
import { explorerKey } from './explorer.js';
import { homeKey } from './home.js';
import { recoveryKey } from './recovery.js';
import { resultKey } from './result.js';
import { runKey } from './run.js';
import { toolKey } from './tool.js';

export interface ControllerOptions {
  readonly cwd: string;
  readonly dims: Dims;
  readonly theme: Theme;
}

export class UiController {
  private readonly ctx: Ctx;

  constructor(engine: Engine, options: ControllerOptions) {
    this.ctx = {
      store: new Store<AppState>(initialState(options.dims, options.theme)),
      engine,
      cwd: options.cwd,
      properties: new Map(),
      shown: null,
      runAbort: null,
      recoveryAbort: null,
      toolAbort: null,
      pending: new Set(),
    };
  }

  readonly getState = (): AppState => this.ctx.store.get();
  readonly subscribe = (listener: () => void): (() => void) => this.ctx.store.subscribe(listener);

  /** One key press. */
  readonly key = (k: KeyPress): void => {
    const s = this.getState();
    if (s.quit || isEmptyKey(k)) return;
    if (k.interrupt) return this.quit();
    if (s.help) {
      if (k.text === 'q') this.quit();
      else this.ctx.store.update((t) => ({ ...t, help: false }));
      return;
    }
    if (opensHelp(s, k)) return this.ctx.store.update((t) => ({ ...t, help: true }));
    if (!isTyping(s) && k.text === 'q') return this.quit();
    switch (s.screen) {
      case 'home':
        return homeKey(this.ctx, k, () => this.quit());
      case 'catalogue':
        return catalogueKey(this.ctx, k);
      case 'run':
        return runKey(this.ctx, k);
      case 'result':
        return resultKey(this.ctx, k);
      case 'explorer':
        return explorerKey(this.ctx, k);
      case 'recovery':
        return recoveryKey(this.ctx, k);
      case 'census':
      case 'curve':
      case 'interpolate':
        return toolKey(this.ctx, s.screen, k);
    }
  };

  /** Opens the catalogue directly (for a start screen other than home). */
  openCatalogue(): void {
    openCatalogue(this.ctx);
  }

  resize(dims: Dims): void {
    this.ctx.store.update((s) => ({ ...s, dims }));
  }

  /** Stops engine work and marks the state as quitting (the root component then exits ink). */
  quit(): void {
    this.dispose();
    this.ctx.store.update((s) => ({ ...s, quit: true }));
  }

  /** Cancels runs in flight. */
  dispose(): void {
    this.ctx.runAbort?.abort();
    this.ctx.recoveryAbort?.abort();
    this.ctx.toolAbort?.abort();
  }

  /** Resolves once no engine work is in flight (tests await it instead of sleeping). */
  async idle(): Promise<void> {
    while (this.ctx.pending.size > 0) await Promise.allSettled([...this.ctx.pending]);
  }
}
