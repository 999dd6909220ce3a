/**
 * The Run screen: scope and mode of the chosen property, then the run itself, off the render
 * path (the runner yields and reports through onProgress); Esc cancels through an AbortSignal and
 * the partial result is shown like any other.
 */
import type { Mode, RunOptions } from '../../check/types.js';
import type { KeyPress } from '../keys.js';
import { defaultRunForm } from '../state/initial.js';
import type { CatalogueItem, RunForm, RunState } from '../state/types.js';
import { type TextField, digitsOnly, editField, field, selectAll, signedDigits } from '../model/textField.js';
import { type Ctx, firstLine, track, update } from './context.js';
import { showResult } from './result.js';

export const MODES: readonly Mode[] = ['auto', 'exhaustive', 'random'];
/** Focus positions. */
const N = 0;
const MODE = 1;
const RUNS = 2;
const SEED = 3;
const BUTTON = 4;

export function openRun(ctx: Ctx, item: CatalogueItem): void {
  update(ctx, (s) => {
    const same = s.run.item?.id === item.id;
    return { ...s, screen: 'run', run: { item, form: same ? s.run.form : defaultRunForm(item.defaultN), focus: BUTTON, phase: 'form', progress: null, error: null } };
  });
}

function setRun(ctx: Ctx, change: (r: RunState) => RunState): void {
  update(ctx, (s) => ({ ...s, run: change(s.run) }));
}

/** The options the form states, or the first complaint. */
export function readRunForm(form: RunForm, range: readonly [number, number]): RunOptions | string {
  const n = Number(form.n.text);
  if (form.n.text === '' || !Number.isSafeInteger(n) || n < range[0] || n > range[1]) return `n must be a whole number in ${range[0]}..${range[1]}`;
  const runs = Number(form.runs.text);
  if (form.runs.text === '' || !Number.isSafeInteger(runs) || runs < 1) return 'runs must be a whole number >= 1';
  const seed = Number(form.seed.text);
  if (!/^-?\d+$/.test(form.seed.text) || seed < -(2 ** 31) || seed >= 2 ** 31) return 'seed must be a 32-bit integer';
  return { n, mode: form.mode, runs, seed };
}

async function execute(ctx: Ctx, item: CatalogueItem, options: RunOptions): Promise<void> {
  const loaded = ctx.properties.get(item.id);
  if (!loaded) {
    setRun(ctx, (r) => ({ ...r, phase: 'form', error: `property ${item.id} is not loaded` }));
    return;
  }
  const abort = new AbortController();
  ctx.runAbort = abort;
  setRun(ctx, (r) => ({ ...r, phase: 'running', progress: null, error: null }));
  try {
    const result = await ctx.engine.runProperty(loaded.property, options, {
      signal: abort.signal,
      onProgress: (p) => setRun(ctx, (r) => ({ ...r, progress: p })),
    });
    setRun(ctx, (r) => ({ ...r, phase: 'form' }));
    if (!ctx.store.get().quit) showResult(ctx, result, loaded);
  } catch (e) {
    setRun(ctx, (r) => ({ ...r, phase: 'form', error: firstLine(e) }));
  } finally {
    if (ctx.runAbort === abort) ctx.runAbort = null;
  }
}

/** Left/Right step a number by one; digits replace a selected value, then edit it at the caret. */
function editForm(ctx: Ctx, run: RunState, k: KeyPress): void {
  const { form, focus } = run;
  if (focus === MODE) {
    if (!k.left && !k.right) return;
    const i = MODES.indexOf(form.mode);
    return setRun(ctx, (r) => ({ ...r, form: { ...form, mode: MODES[(i + (k.left ? -1 : 1) + MODES.length) % MODES.length]! } }));
  }
  const key = focus === N ? 'n' : focus === RUNS ? 'runs' : focus === SEED ? 'seed' : null;
  if (key === null) return;
  const current = form[key];
  let next: TextField | null = null;
  if (k.left || k.right) {
    const [lo, hi] = key === 'n' ? (run.item?.range ?? [0, 24]) : key === 'runs' ? [1, Number.MAX_SAFE_INTEGER] : [-(2 ** 31), 2 ** 31 - 1];
    const v = Number(current.text);
    next = selectAll(field(String(Math.max(lo, Math.min(hi, (Number.isSafeInteger(v) ? v : lo) + (k.left ? -1 : 1))))));
  } else if (k.text !== '' || k.erase) {
    next = editField(current, k, key === 'seed' ? signedDigits : digitsOnly);
  }
  if (next && next !== current) setRun(ctx, (r) => ({ ...r, form: { ...form, [key]: next }, error: null }));
}

const FORM_KEYS: readonly (keyof RunForm | null)[] = ['n', null, 'runs', 'seed', null];

/** Moves focus; a numeric field that receives it has its value selected (typing replaces it). */
function focusField(r: RunState, focus: number): RunState {
  if (focus === r.focus) return r;
  const unselect = (f: TextField): TextField => (f.selected ? { text: f.text, cursor: f.cursor } : f);
  const form: RunForm = { ...r.form, n: unselect(r.form.n), runs: unselect(r.form.runs), seed: unselect(r.form.seed) };
  const key = FORM_KEYS[focus];
  return { ...r, focus, form: key && key !== 'mode' ? { ...form, [key]: selectAll(form[key]) } : form };
}

export function runKey(ctx: Ctx, k: KeyPress): void {
  const run = ctx.store.get().run;
  if (run.phase !== 'form') {
    if (k.escape && ctx.runAbort) {
      ctx.runAbort.abort();
      setRun(ctx, (r) => ({ ...r, phase: 'cancelling' }));
    }
    return;
  }
  if (k.escape) {
    update(ctx, (s) => ({ ...s, screen: 'catalogue' }));
  } else if (k.up || k.down) {
    setRun(ctx, (r) => focusField(r, Math.max(N, Math.min(BUTTON, r.focus + (k.up ? -1 : 1)))));
  } else if (k.enter && run.item) {
    const options = readRunForm(run.form, run.item.range);
    if (typeof options === 'string') setRun(ctx, (r) => ({ ...r, error: options }));
    else void track(ctx, execute(ctx, run.item, options));
  } else {
    editForm(ctx, run, k);
  }
}
