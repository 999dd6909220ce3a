/** The Recovery screen: the form, the engine run (cancellable), and its outcome. */
import { BIASES, GROUPS } from '../../recovery/types.js';
import { RECOVERY_TEXT_FIELDS } from '../help.js';
import type { KeyPress } from '../keys.js';
import { clampScroll, scrollHeight } from '../layout.js';
import { readRecoveryForm } from '../model/recoveryInput.js';
import { objectiveText, recoveryOutcome } from '../model/recoveryView.js';
import { contentWidth } from '../layout.js';
import { digitsOnly, editField, selectAll } from '../model/textField.js';
import type { RecoveryState } from '../state/types.js';
import { type Ctx, firstLine, nextTick, track, update } from './context.js';

const FIELD_KEYS = ['d', 'tasks', 'psi', 'bias', 'group', 'support'] as const;
export const RECOVERY_BUTTON = 6;

function setRecovery(ctx: Ctx, change: (r: RecoveryState) => RecoveryState): void {
  update(ctx, (s) => ({ ...s, recovery: change(s.recovery) }));
}

async function execute(ctx: Ctx): Promise<void> {
  const r = ctx.store.get().recovery;
  const problem = readRecoveryForm({ d: r.d.text, tasks: r.tasks.text, psi: r.psi.text, support: r.support.text, bias: r.bias, group: r.group });
  if (!problem.ok) return setRecovery(ctx, (x) => ({ ...x, outcome: { kind: 'error', message: problem.error }, scroll: 0 }));
  const abort = new AbortController();
  ctx.recoveryAbort = abort;
  setRecovery(ctx, (x) => ({ ...x, phase: 'running', progress: null, outcome: { kind: 'none' }, scroll: 0 }));
  try {
    await nextTick();
    const result = await ctx.engine.recover(problem.value, {
      signal: abort.signal,
      onProgress: (p) => setRecovery(ctx, (x) => ({ ...x, progress: { evaluations: p.evaluations, restarts: p.restarts, best: objectiveText(p.best) } })),
    });
    const outcome = recoveryOutcome(result, contentWidth(ctx.store.get().dims));
    setRecovery(ctx, (x) => ({ ...x, phase: 'form', outcome }));
  } catch (e) {
    setRecovery(ctx, (x) => ({ ...x, phase: 'form', outcome: { kind: 'error', message: firstLine(e) } }));
  } finally {
    if (ctx.recoveryAbort === abort) ctx.recoveryAbort = null;
  }
}

function cycle<T>(all: readonly T[], current: T, step: number): T {
  return all[(all.indexOf(current) + step + all.length) % all.length]!;
}

export function recoveryKey(ctx: Ctx, k: KeyPress): void {
  const s = ctx.store.get();
  const r = s.recovery;
  if (r.phase !== 'form') {
    if (k.escape && ctx.recoveryAbort) {
      ctx.recoveryAbort.abort();
      setRecovery(ctx, (x) => ({ ...x, phase: 'cancelling' }));
    }
    return;
  }
  if (k.escape) return update(ctx, (t) => ({ ...t, screen: 'home' }));
  if (k.up || k.down) {
    return setRecovery(ctx, (x) => {
      const focus = Math.max(0, Math.min(RECOVERY_BUTTON, x.focus + (k.up ? -1 : 1)));
      // d, the one numeric field, has its value selected when focus arrives: typing replaces it.
      const d = focus === 0 && x.focus !== 0 ? selectAll(x.d) : { text: x.d.text, cursor: x.d.cursor };
      return { ...x, focus, d };
    });
  }
  if (k.enter) return void track(ctx, execute(ctx));
  if (k.pageUp || k.pageDown) {
    const rows = r.outcome.kind === 'done' ? r.outcome.rows.length : 0;
    const height = scrollHeight('recovery', s.dims);
    return setRecovery(ctx, (x) => ({ ...x, scroll: clampScroll(x.scroll + (k.pageUp ? -1 : 1) * (height - 1), rows, height) }));
  }
  const key = FIELD_KEYS[r.focus];
  if (key === 'bias' || key === 'group') {
    if (!k.left && !k.right) return;
    const step = k.left ? -1 : 1;
    return setRecovery(ctx, (x) => (key === 'bias' ? { ...x, bias: cycle(BIASES, x.bias, step) } : { ...x, group: cycle(GROUPS, x.group, step) }));
  }
  if (key === undefined) return;
  const edited = editField(r[key], k, RECOVERY_TEXT_FIELDS.includes(r.focus) ? undefined : digitsOnly);
  if (edited && edited !== r[key]) setRecovery(ctx, (x) => ({ ...x, [key]: edited }));
}
