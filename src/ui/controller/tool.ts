/**
 * The census, curve and interpolate screens: a form, the engine run off the render path
 * (cancellable with Esc where it can take long), and the outcome as panel rows.
 */
import type { KeyPress } from '../keys.js';
import { clampScroll, contentWidth, toolPanelHeight } from '../layout.js';
import { digitsOnly, editField, selectAll } from '../model/textField.js';
import { censusOutcome, readCensusForm } from '../model/tools/census.js';
import { curveOutcome, readCurveForm } from '../model/tools/curve.js';
import { interpolateOutcome } from '../model/tools/interpolate.js';
import { TOOL_SPECS, type ToolId, type ToolOutcome, type ToolState, values } from '../model/tools/spec.js';
import { grouped } from '../../report/check/numbers.js';
import { type Ctx, firstLine, nextTick, track, update } from './context.js';

function setTool(ctx: Ctx, id: ToolId, change: (t: ToolState) => ToolState): void {
  update(ctx, (s) => ({ ...s, tools: { ...s.tools, [id]: change(s.tools[id]) } }));
}

const progressLine = (what: string, done: number, total: number): string => `${what}: ${grouped(done)} of ${grouped(total)} (Esc stops, keeping what was counted)`;

/** Runs the engine for the tool's form; an Error from it is shown as one line. */
async function compute(ctx: Ctx, id: ToolId, signal: AbortSignal): Promise<ToolOutcome> {
  const v = values(TOOL_SPECS[id], ctx.store.get().tools[id].fields);
  const progress = (text: string): void => setTool(ctx, id, (t) => ({ ...t, progress: text }));
  switch (id) {
    case 'census': {
      const form = readCensusForm(v);
      if (!form.ok) return { kind: 'error', message: form.error };
      const outcome = await ctx.engine.census({ n: form.value.n, measures: form.value.measures, signal, onProgress: (p) => progress(progressLine('functions counted', p.done, p.total)) });
      return censusOutcome(outcome);
    }
    case 'curve': {
      const form = readCurveForm(v);
      if (!form.ok) return { kind: 'error', message: form.error };
      const f = form.value;
      const { identityMap } = await import('../../maps/boolMap.js');
      const total = (f.kMax - f.kMin + 1) * f.samples;
      const result = await ctx.engine.curve({
        d: f.d,
        psi: identityMap(f.d),
        biases: f.biases,
        group: f.group,
        distribution: f.distribution,
        kMin: f.kMin,
        kMax: f.kMax,
        samples: f.samples,
        seed: f.seed,
        signal,
        onProgress: (k, sample) => progress(progressLine(`k = ${k}, task sets`, (k - f.kMin) * f.samples + sample, total)),
      });
      return curveOutcome(f, result);
    }
    case 'interpolate':
      return interpolateOutcome(v, contentWidth(ctx.store.get().dims));
  }
}

async function execute(ctx: Ctx, id: ToolId): Promise<void> {
  const abort = new AbortController();
  ctx.toolAbort = abort;
  setTool(ctx, id, (t) => ({ ...t, phase: 'running', progress: null, outcome: { kind: 'none' }, scroll: 0 }));
  try {
    await nextTick();
    const outcome = await compute(ctx, id, abort.signal);
    setTool(ctx, id, (t) => ({ ...t, phase: 'form', outcome }));
  } catch (e) {
    setTool(ctx, id, (t) => ({ ...t, phase: 'form', outcome: { kind: 'error', message: firstLine(e) } }));
  } finally {
    if (ctx.toolAbort === abort) ctx.toolAbort = null;
  }
}

/** Whether the focused field of a tool takes free text (printable keys are characters there). */
export function toolTyping(t: ToolState, id: ToolId): boolean {
  const f = TOOL_SPECS[id].fields[t.focus];
  return t.phase === 'form' && f !== undefined && !f.numeric;
}

export function toolKey(ctx: Ctx, id: ToolId, k: KeyPress): void {
  const s = ctx.store.get();
  const t = s.tools[id];
  const spec = TOOL_SPECS[id];
  if (t.phase !== 'form') {
    if (k.escape && ctx.toolAbort) {
      ctx.toolAbort.abort();
      setTool(ctx, id, (x) => ({ ...x, phase: 'cancelling' }));
    }
    return;
  }
  if (k.escape) return update(ctx, (x) => ({ ...x, screen: 'home' }));
  if (k.up || k.down) {
    return setTool(ctx, id, (x) => {
      const focus = Math.max(0, Math.min(spec.fields.length, x.focus + (k.up ? -1 : 1)));
      const fields = x.fields.map((f, i) => (i === focus && focus !== x.focus && spec.fields[i]!.numeric ? selectAll(f) : { text: f.text, cursor: f.cursor }));
      return { ...x, focus, fields };
    });
  }
  if (k.enter) return void track(ctx, execute(ctx, id));
  if (k.pageUp || k.pageDown) {
    const rows = t.outcome.kind === 'done' ? t.outcome.rows.length : 0;
    const height = toolPanelHeight(spec.fields.length, s.dims);
    return setTool(ctx, id, (x) => ({ ...x, scroll: clampScroll(x.scroll + (k.pageUp ? -1 : 1) * (height - 1), rows, height) }));
  }
  const f = t.fields[t.focus];
  if (!f) return;
  const edited = editField(f, k, spec.fields[t.focus]!.numeric ? digitsOnly : undefined);
  if (edited && edited !== f) setTool(ctx, id, (x) => ({ ...x, fields: x.fields.map((g, i) => (i === x.focus ? edited : g)) }));
}
