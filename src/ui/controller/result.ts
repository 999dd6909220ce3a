/** The Result screen: the verdict, the case's views, saving and verifying the certificate. */
import { relative } from 'node:path';
import type { LoadedProperty } from '../../check/catalogue.js';
import type { CheckResult } from '../../check/types.js';
import type { KeyPress } from '../keys.js';
import { clampScroll, contentWidth, scrollHeight } from '../layout.js';
import { caseViews } from '../model/caseView.js';
import { checkFromOutcome } from '../model/catalogue.js';
import { summarize } from '../model/verdict.js';
import type { ResultCertificate, ResultState } from '../state/types.js';
import { setCertificate, setCheck } from './catalogueItems.js';
import { openInExplorer } from './explorer.js';
import { scrolled } from './scroll.js';
import { type Ctx, certificatePath, firstLine, track, update } from './context.js';

export function showResult(ctx: Ctx, result: CheckResult, loaded: LoadedProperty): void {
  ctx.shown = { result, loaded };
  const s = ctx.store.get();
  const summary = summarize(result);
  const c = result.counterexample ?? result.witness;
  const state: ResultState = {
    id: result.property,
    status: result.status,
    verdict: result.verdict,
    headline: summary.headline,
    tone: summary.tone,
    warning: summary.warning,
    details: summary.details,
    caseKind: result.counterexample ? 'counterexample' : result.witness ? 'witness' : null,
    variables: c ? caseViews(c, result.scope, contentWidth(s.dims)) : [],
    variable: 0,
    view: 0,
    scroll: 0,
    certificate: {
      available: result.verdict !== 'inconclusive',
      path: certificatePath(ctx, result.property),
      saved: false,
      busy: null,
      check: null,
      message: null,
      confirm: null,
    },
  };
  update(ctx, (t) => ({ ...t, screen: 'result', result: state }));
}

function setResult(ctx: Ctx, change: (r: ResultState) => ResultState): void {
  update(ctx, (s) => (s.result ? { ...s, result: change(s.result) } : s));
}

function setCert(ctx: Ctx, change: Partial<ResultCertificate>): void {
  setResult(ctx, (r) => ({ ...r, certificate: { ...r.certificate, ...change } }));
}

/** Saves under the overwrite policy; the status line says what happened to the file. */
async function save(ctx: Ctx, force: boolean): Promise<void> {
  const shown = ctx.shown;
  const r = ctx.store.get().result;
  if (!shown || !r) return;
  setCert(ctx, { busy: 'saving', message: null, confirm: null });
  try {
    const outcome = await ctx.engine.saveCertificate(r.certificate.path, shown.result, shown.loaded, force);
    if (outcome === null) return setCert(ctx, { busy: null, message: 'inconclusive results have no certificate' });
    const where = relative(ctx.cwd, outcome.path);
    if (outcome.kind === 'keep') {
      return setCert(ctx, {
        busy: null,
        saved: false,
        confirm: outcome.differences,
        message: `${where} exists and differs (${outcome.differences.join(', ')}): y replaces it, any other key keeps it`,
      });
    }
    const message =
      outcome.kind === 'create'
        ? `saved ${where}`
        : outcome.kind === 'unchanged'
          ? `${where} unchanged: the existing certificate certifies the same (only date, time or tool differ)`
          : `replaced ${where} (it differed in ${outcome.differences.join(', ')})`;
    setCert(ctx, { busy: null, saved: true, check: { kind: 'unverified' }, message });
    const { result } = shown;
    const verdict = result.verdict === 'holds' ? 'holds' : 'refuted';
    if (outcome.kind !== 'unchanged') {
      const counterexample = result.verdict === 'refuted' && result.counterexample ? Object.entries(result.counterexample.encoded) : [];
      const info = { kind: 'present', path: outcome.path, verdict, n: result.scope.n, mode: result.mode, check: { kind: 'unverified' } } as const;
      setCertificate(ctx, r.id, () => (counterexample.length > 0 ? { ...info, counterexample } : info));
    }
  } catch (e) {
    setCert(ctx, { busy: null, message: `could not save: ${firstLine(e)}` });
  }
}

async function verify(ctx: Ctx): Promise<void> {
  const r = ctx.store.get().result;
  if (!r) return;
  setCert(ctx, { busy: 'verifying', check: { kind: 'verifying' }, message: null });
  setCheck(ctx, r.id, { kind: 'verifying' });
  try {
    const check = checkFromOutcome(await ctx.engine.verifyCertificate(r.certificate.path));
    setCert(ctx, { busy: null, check });
    setCheck(ctx, r.id, check);
  } catch (e) {
    setCert(ctx, { busy: null, check: null, message: `the verifier failed: ${firstLine(e)}` });
  }
}

export function resultKey(ctx: Ctx, k: KeyPress): void {
  const s = ctx.store.get();
  const r = s.result;
  if (!r) return;
  const c = r.certificate;
  if (c.confirm !== null) {
    if (k.text === 'y' || k.text === 'Y') return void track(ctx, save(ctx, true));
    return setCert(ctx, { confirm: null, message: `kept ${relative(ctx.cwd, c.path)}: the new certificate was not written` });
  }
  if (k.escape) return update(ctx, (t) => ({ ...t, screen: 'run' }));
  if (k.text === 's') {
    if (!c.available) return setCert(ctx, { message: 'inconclusive results have no certificate' });
    if (c.busy === null) void track(ctx, save(ctx, false));
    return;
  }
  if (k.text === 'v') {
    if (!c.saved) return setCert(ctx, { message: c.available ? 'save the certificate first (s)' : 'inconclusive results have no certificate' });
    if (c.busy === null) void track(ctx, verify(ctx));
    return;
  }
  const variable = r.variables[r.variable];
  if (!variable) return;
  if (k.text === 'e' || k.enter) return openInExplorer(ctx, variable.notation, 'result');
  if (k.tab) {
    const count = variable.views.length;
    return setResult(ctx, (t) => ({ ...t, view: (t.view + (k.shift ? -1 : 1) + count) % count, scroll: 0 }));
  }
  if (k.left || k.right) {
    const count = r.variables.length;
    return setResult(ctx, (t) => ({ ...t, variable: (t.variable + (k.left ? -1 : 1) + count) % count, view: 0, scroll: 0 }));
  }
  const rows = variable.views[r.view]?.rows.length ?? 0;
  const height = scrollHeight('result', s.dims);
  const scroll = scrolled(r.scroll, k, height);
  if (scroll !== null) setResult(ctx, (t) => ({ ...t, scroll: clampScroll(scroll, rows, height) }));
}
