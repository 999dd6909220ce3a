/**
 * The Run screen's slice of the UI state: the claim to run, the run form (n, mode, runs, seed) and
 * which field has focus, and the run's phase, progress and error.
 */
import type { Mode, Progress } from '../../check/types.js';
import type { TextField } from '../model/textField.js';
import type { CatalogueItem } from './catalogueState.js';

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
