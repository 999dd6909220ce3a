/**
 * The Recovery screen's slice of the UI state: the form (d, tasks, psi, bias, group, support) and
 * its focus, the run's phase and progress (evaluations, restarts, best so far), and the outcome.
 */
import type { Bias, Group } from '../../recovery/types.js';
import type { PanelRow } from '../model/panel.js';
import type { TextField } from '../model/textField.js';

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
