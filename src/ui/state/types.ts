/**
 * The whole UI state: plain data, one slice per screen. Components render it; the controller owns
 * it. This file is the whole (AppState) and the Home slice; each screen's slice is its own file
 * (catalogueState.ts, runState.ts, resultState.ts, explorerState.ts, recoveryState.ts; the
 * certificate knowledge certificateState.ts; screen ids and dimensions screen.ts), all re-exported
 * here for the UI's importers.
 */
import type { Theme } from '../theme.js';
import type { ToolId, ToolState } from '../model/tools/spec.js';
import type { CatalogueState } from './catalogueState.js';
import type { ExplorerState } from './explorerState.js';
import type { RecoveryState } from './recoveryState.js';
import type { ResultState } from './resultState.js';
import type { RunState } from './runState.js';
import type { Dims, ScreenId } from './screen.js';

export type { ScreenId, Dims } from './screen.js';
export type { CertificateCheck, CertificateInfo } from './certificateState.js';
export type { CatalogueItem, CatalogueState } from './catalogueState.js';
export type { RunForm, RunState } from './runState.js';
export type { VariableView, ResultCertificate, ResultState } from './resultState.js';
export type { ExplorerAnalysis, ExplorerState } from './explorerState.js';
export type { RecoveryOutcome, RecoveryProgressView, RecoveryState } from './recoveryState.js';

export interface HomeState {
  readonly index: number;
}

export interface AppState {
  readonly screen: ScreenId;
  readonly help: boolean;
  readonly quit: boolean;
  readonly dims: Dims;
  readonly theme: Theme;
  readonly home: HomeState;
  readonly catalogue: CatalogueState;
  readonly run: RunState;
  readonly result: ResultState | null;
  readonly explorer: ExplorerState;
  readonly recovery: RecoveryState;
  /** The census, curve and interpolate screens. */
  readonly tools: Readonly<Record<ToolId, ToolState>>;
}
