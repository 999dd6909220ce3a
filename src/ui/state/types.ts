/** The whole UI state: plain data, one slice per screen. Components render it; the controller owns it. */
import type { Mode, Progress, Verdict } from '../../check/types.js';
import type { PropertyStatus, Quantifier } from '../../claim/property.js';
import type { Bias, Group } from '../../recovery/types.js';
import type { PanelRow, PanelView } from '../model/panel.js';
import type { TextField } from '../model/textField.js';
import type { Theme, Tone } from '../theme.js';

import type { ToolId, ToolState } from '../model/tools/spec.js';

export type ScreenId = 'home' | 'catalogue' | 'run' | 'result' | 'explorer' | 'recovery' | ToolId;

export interface Dims {
  readonly columns: number;
  readonly rows: number;
}

export interface HomeState {
  readonly index: number;
}

/** What is known of a certificate's validity: nothing until the verifier ran. */
export type CertificateCheck =
  | { readonly kind: 'unverified' }
  | { readonly kind: 'verifying' }
  | { readonly kind: 'valid'; readonly summary: string }
  | { readonly kind: 'invalid'; readonly reason: string }
  | { readonly kind: 'unreadable'; readonly reason: string };

export type CertificateInfo =
  | { readonly kind: 'none' }
  | { readonly kind: 'unreadable'; readonly path: string; readonly reason: string }
  | {
      readonly kind: 'present';
      readonly path: string;
      readonly verdict: 'holds' | 'refuted';
      readonly n: number;
      readonly mode: string;
      readonly check: CertificateCheck;
      /** A refuted certificate's counterexample: variable name and notation (strings only). */
      readonly counterexample?: readonly (readonly [string, string])[];
    };

export interface CatalogueItem {
  readonly id: string;
  readonly status: PropertyStatus;
  readonly quantifier: Quantifier;
  readonly statement: string;
  readonly defaultN: number;
  readonly range: readonly [number, number];
  readonly certificate: CertificateInfo;
  /** A formula claim's formula (one line); absent or null for a TypeScript module. */
  readonly formula?: string | null;
}

export interface CatalogueState {
  readonly load: 'idle' | 'loading' | 'ready' | 'error';
  readonly error: string | null;
  readonly items: readonly CatalogueItem[];
  readonly filter: TextField;
  /** Index into the filtered list. */
  readonly index: number;
  /** The path prompt (Ctrl-O): a property file to open; null when closed. */
  readonly prompt: TextField | null;
  /** The formula prompt (Ctrl-F): a formula to check; null when closed. */
  readonly formula: TextField | null;
  /** A one-line message about the last file opened (or why it did not load). */
  readonly notice: { readonly text: string; readonly tone: Tone } | null;
}

export interface RunForm {
  readonly n: TextField;
  readonly mode: Mode;
  readonly runs: TextField;
  readonly seed: TextField;
}

export interface RunState {
  readonly item: CatalogueItem | null;
  readonly form: RunForm;
  /** 0 n, 1 mode, 2 runs, 3 seed, 4 the Run button. */
  readonly focus: number;
  readonly phase: 'form' | 'running' | 'cancelling';
  readonly progress: Progress | null;
  readonly error: string | null;
}

/** One variable of a counterexample or witness, with its views (table, spectrum, ANF...). */
export interface VariableView {
  readonly name: string;
  readonly notation: string;
  readonly summary: string;
  readonly views: readonly PanelView[];
}

export interface ResultCertificate {
  /** The verdict has a certificate (inconclusive results have none). */
  readonly available: boolean;
  readonly path: string;
  readonly saved: boolean;
  readonly busy: 'saving' | 'verifying' | null;
  readonly check: CertificateCheck | null;
  readonly message: string | null;
  /**
   * A different certificate exists at the path and was kept: what differs. The next key decides:
   * y replaces it, any other key keeps it. Null when nothing waits for a confirmation.
   */
  readonly confirm: readonly string[] | null;
}

export interface ResultState {
  readonly id: string;
  readonly status: PropertyStatus;
  readonly verdict: Verdict;
  readonly headline: string;
  readonly tone: Tone;
  /** A warning line, e.g. a refuted theorem. */
  readonly warning: string | null;
  readonly details: readonly string[];
  /** 'counterexample' or 'witness', null when the result carries no case. */
  readonly caseKind: 'counterexample' | 'witness' | null;
  readonly variables: readonly VariableView[];
  readonly variable: number;
  readonly view: number;
  readonly scroll: number;
  readonly certificate: ResultCertificate;
}

export type ExplorerAnalysis =
  | { readonly kind: 'empty' }
  | { readonly kind: 'error'; readonly column: number | null; readonly message: string }
  | { readonly kind: 'ok'; readonly what: 'function' | 'map'; readonly summary: string; readonly views: readonly PanelView[] };

export interface ExplorerState {
  /** Where Esc returns to (the Catalogue or a Result when a counterexample was opened here). */
  readonly back?: ScreenId;
  readonly input: TextField;
  readonly analysis: ExplorerAnalysis;
  readonly view: number;
  readonly scroll: number;
}

export type RecoveryOutcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'done'; readonly headline: string; readonly tone: 'good' | 'bad' | 'warn'; readonly rows: readonly PanelRow[] };

export interface RecoveryProgressView {
  readonly evaluations: number;
  readonly restarts: number;
  readonly best: string;
}

export interface RecoveryState {
  readonly d: TextField;
  readonly tasks: TextField;
  readonly psi: TextField;
  readonly support: TextField;
  readonly bias: Bias;
  readonly group: Group;
  /** 0 d, 1 tasks, 2 psi, 3 bias, 4 group, 5 support, 6 the Run button. */
  readonly focus: number;
  readonly phase: 'form' | 'running' | 'cancelling';
  readonly progress: RecoveryProgressView | null;
  readonly outcome: RecoveryOutcome;
  readonly scroll: number;
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
