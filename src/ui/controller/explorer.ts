/** The Explorer: the analysis follows the text on every edit (small n only, see model/explorer). */
import type { KeyPress } from '../keys.js';
import { clampScroll, contentWidth, scrollHeight } from '../layout.js';
import { explore } from '../model/explorer.js';
import { editField, field } from '../model/textField.js';
import type { ExplorerState, ScreenId } from '../state/types.js';
import { type Ctx, update } from './context.js';
import { scrolled } from './scroll.js';

function setExplorer(ctx: Ctx, change: (e: ExplorerState) => ExplorerState): void {
  update(ctx, (s) => ({ ...s, explorer: change(s.explorer) }));
}

/** Shows `notation` (a counterexample's function or map) in the Explorer; Esc returns to `back`. */
export function openInExplorer(ctx: Ctx, notation: string, back: ScreenId): void {
  update(ctx, (s) => ({ ...s, screen: 'explorer', explorer: { back, input: field(notation), analysis: explore(notation, contentWidth(s.dims)), view: 0, scroll: 0 } }));
}

export function explorerKey(ctx: Ctx, k: KeyPress): void {
  const s = ctx.store.get();
  const e = s.explorer;
  if (k.escape) return update(ctx, (t) => ({ ...t, screen: e.back ?? 'home' }));
  const views = e.analysis.kind === 'ok' ? e.analysis.views : [];
  if (k.tab) {
    if (views.length > 0) setExplorer(ctx, (x) => ({ ...x, view: (x.view + (k.shift ? -1 : 1) + views.length) % views.length, scroll: 0 }));
    return;
  }
  const height = scrollHeight('explorer', s.dims);
  const scroll = k.up || k.down || k.pageUp || k.pageDown ? scrolled(e.scroll, k, height) : null;
  if (scroll !== null) {
    const rows = views[e.view]?.rows.length ?? 0;
    return setExplorer(ctx, (x) => ({ ...x, scroll: clampScroll(scroll, rows, height) }));
  }
  const input = editField(e.input, k);
  if (!input || input === e.input) return;
  if (input.text === e.input.text) return setExplorer(ctx, (x) => ({ ...x, input }));
  const analysis = explore(input.text, contentWidth(s.dims));
  const count = analysis.kind === 'ok' ? analysis.views.length : 1;
  setExplorer(ctx, (x) => ({ ...x, input, analysis, view: Math.min(x.view, count - 1), scroll: 0 }));
}
