/** The Catalogue screen: loading the claims and their certificates, filtering, verifying. */
import type { KeyPress } from '../keys.js';
import { scrollHeight } from '../layout.js';
import { catalogueItem, checkFromOutcome, filterItems } from '../model/catalogue.js';
import { editField, field } from '../model/textField.js';
import type { AppState, CatalogueItem } from '../state/types.js';
import { type Ctx, certificatePath, firstLine, track, update } from './context.js';
import { setCertificate, setCheck } from './catalogueItems.js';
import { openRun } from './run.js';

export { setCertificate, setCheck };

async function load(ctx: Ctx): Promise<void> {
  try {
    const loaded = await ctx.engine.loadCatalogue();
    const items = await Promise.all(
      loaded.map(async (l) => {
        ctx.properties.set(l.property.id, l);
        return catalogueItem(l, await ctx.engine.readCertificate(certificatePath(ctx, l.property.id)));
      }),
    );
    update(ctx, (s) => ({ ...s, catalogue: { ...s.catalogue, load: 'ready', items, error: null } }));
  } catch (e) {
    update(ctx, (s) => ({ ...s, catalogue: { ...s.catalogue, load: 'error', error: firstLine(e) } }));
  }
}

/** Shows the catalogue, loading it the first time (and again after a failure). */
export function openCatalogue(ctx: Ctx): void {
  const first = ctx.store.get().catalogue.load;
  update(ctx, (s) => ({ ...s, screen: 'catalogue', catalogue: first === 'idle' || first === 'error' ? { ...s.catalogue, load: 'loading', error: null } : s.catalogue }));
  if (first === 'idle' || first === 'error') void track(ctx, load(ctx));
}

/** Replaces one item's certificate (after saving or verifying elsewhere). */
async function verify(ctx: Ctx, item: CatalogueItem): Promise<void> {
  if (item.certificate.kind !== 'present') return;
  setCheck(ctx, item.id, { kind: 'verifying' });
  try {
    setCheck(ctx, item.id, checkFromOutcome(await ctx.engine.verifyCertificate(item.certificate.path)));
  } catch (e) {
    setCheck(ctx, item.id, { kind: 'unreadable', reason: `the verifier failed: ${firstLine(e)}` });
  }
}

export function selectedItem(s: AppState): CatalogueItem | null {
  const shown = filterItems(s.catalogue.items, s.catalogue.filter.text);
  return shown[Math.min(s.catalogue.index, shown.length - 1)] ?? null;
}

export function catalogueKey(ctx: Ctx, k: KeyPress): void {
  const s = ctx.store.get();
  const c = s.catalogue;
  const total = filterItems(c.items, c.filter.text).length;
  const step = k.up ? -1 : k.down ? 1 : k.pageUp ? -scrollHeight('catalogue', s.dims) : k.pageDown ? scrollHeight('catalogue', s.dims) : 0;
  if (step !== 0) {
    update(ctx, (t) => ({ ...t, catalogue: { ...c, index: Math.max(0, Math.min(total - 1, c.index + step)) } }));
    return;
  }
  const item = selectedItem(s);
  if (k.enter) {
    if (item) openRun(ctx, item);
    return;
  }
  if (k.tab) {
    if (item) void track(ctx, verify(ctx, item));
    return;
  }
  if (k.escape) {
    update(ctx, (t) => (c.filter.text !== '' ? { ...t, catalogue: { ...c, filter: field(), index: 0 } } : { ...t, screen: 'home' }));
    return;
  }
  const filter = editField(c.filter, k);
  if (filter && filter !== c.filter) update(ctx, (t) => ({ ...t, catalogue: { ...c, filter, index: filter.text === c.filter.text ? c.index : 0 } }));
}
