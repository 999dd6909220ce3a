/**
 * The research tools that share one form-and-result screen (census, curve, interpolate): their
 * fields as data. Each tool's own file reads the form and turns the engine's answer into rows.
 */
import type { TextField } from '../textField.js';
import type { PanelRow } from '../panel.js';

export type ToolId = 'census' | 'curve' | 'interpolate';

export interface ToolField {
  readonly label: string;
  readonly initial: string;
  /** Digits only; typing replaces the value shown when focus arrives. */
  readonly numeric: boolean;
  readonly placeholder?: string;
}

export interface ToolSpec {
  readonly id: ToolId;
  readonly title: string;
  /** The line shown before the first run. */
  readonly intro: string;
  readonly fields: readonly ToolField[];
}

export type ToolOutcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'done'; readonly headline: string; readonly tone: 'good' | 'bad' | 'warn'; readonly rows: readonly PanelRow[] };

export interface ToolState {
  readonly fields: readonly TextField[];
  /** 0..fields.length - 1 a field, fields.length the Run button. */
  readonly focus: number;
  readonly phase: 'form' | 'running' | 'cancelling';
  readonly progress: string | null;
  readonly outcome: ToolOutcome;
  readonly scroll: number;
}

export const TOOL_SPECS: Readonly<Record<ToolId, ToolSpec>> = {
  census: {
    id: 'census',
    title: 'census',
    intro: 'Enter counts all 2^(2^n) Boolean functions on n variables by each measure (n = 5: minutes; Esc stops)',
    fields: [
      { label: 'n', initial: '3', numeric: true },
      { label: 'measures', initial: '', numeric: false, placeholder: '(all) or degree,gf2Degree,relevant,balanced,bent' },
    ],
  },
  curve: {
    id: 'curve',
    title: 'curve',
    intro: 'Enter samples k tasks per instance and plots the fraction of instances where the bias recovers the latents',
    fields: [
      { label: 'latents d', initial: '2', numeric: true },
      { label: 'tasks from', initial: 'uniform', numeric: false, placeholder: 'uniform, parity:S, degree:Q, junta:J' },
      { label: 'k', initial: '1..3', numeric: false, placeholder: 'K or A..B' },
      { label: 'samples', initial: '20', numeric: true },
      { label: 'bias', initial: 'head-degree', numeric: false, placeholder: 'a bias, B1,B2, or all' },
      { label: 'group', initial: 'signed-permutation', numeric: false },
      { label: 'seed', initial: '1', numeric: true },
    ],
  },
  interpolate: {
    id: 'interpolate',
    title: 'interpolate',
    intro: "Enter finds the min-degree interpolator of the function's values on the support",
    fields: [
      { label: 'function', initial: 'maj(x1,x2,x3)', numeric: false, placeholder: 'maj(x1,x2,x3), hex:e8, ...' },
      { label: 'support', initial: 'x1', numeric: false, placeholder: "points:0,3,5, a predicate such as 'x1', or all" },
    ],
  },
};

/** A form's values by label. */
export function values(spec: ToolSpec, fields: readonly TextField[]): ReadonlyMap<string, string> {
  return new Map(spec.fields.map((f, i) => [f.label, (fields[i]?.text ?? '').trim()]));
}
