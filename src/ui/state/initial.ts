/** The state the UI opens with. */
import { DEFAULT_RUNS, DEFAULT_SEED } from '../../check/types.js';
import { field } from '../model/textField.js';
import { TOOL_SPECS, type ToolId, type ToolState } from '../model/tools/spec.js';
import type { Theme } from '../theme.js';
import type { AppState, Dims, RecoveryState, RunForm } from './types.js';

export function defaultRunForm(n: number): RunForm {
  return { n: field(String(n)), mode: 'auto', runs: field(String(DEFAULT_RUNS)), seed: field(String(DEFAULT_SEED)) };
}

export function initialRecovery(): RecoveryState {
  return {
    d: field('3'),
    tasks: field('x1; x2; x3'),
    psi: field(''),
    support: field(''),
    bias: 'head-degree',
    group: 'signed-permutation',
    focus: 6,
    phase: 'form',
    progress: null,
    outcome: { kind: 'none' },
    scroll: 0,
  };
}

export function initialTool(id: ToolId): ToolState {
  const spec = TOOL_SPECS[id];
  return { fields: spec.fields.map((f) => field(f.initial)), focus: spec.fields.length, phase: 'form', progress: null, outcome: { kind: 'none' }, scroll: 0 };
}

export function initialState(dims: Dims, theme: Theme): AppState {
  return {
    screen: 'home',
    help: false,
    quit: false,
    dims,
    theme,
    home: { index: 0 },
    catalogue: { load: 'idle', error: null, items: [], filter: field(), index: 0, prompt: null, formula: null, notice: null },
    run: { item: null, form: defaultRunForm(0), focus: 4, phase: 'form', progress: null, error: null },
    result: null,
    explorer: { input: field(), analysis: { kind: 'empty' }, view: 0, scroll: 0 },
    recovery: initialRecovery(),
    tools: { census: initialTool('census'), curve: initialTool('curve'), interpolate: initialTool('interpolate') },
  };
}
