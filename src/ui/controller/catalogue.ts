/** The Catalogue screen: loading the claims and their certificates, filtering, verifying, opening a file or a typed formula. */
import type { KeyPress } from '../keys.js';
import { scrollHeight } from '../layout.js';
import { catalogueItem, checkFromOutcome, filterItems } from '../model/catalogue.js';
import { type TextField, editField, field } from '../model/textField.js';
import type { AppState, CatalogueItem } from '../state/types.js';
import { type Ctx, certificatePath, firstLine, track, update } from './context.js';
import { setCertificate, setCheck } from './catalogueItems.js';
import { openInExplorer } from './explorer.js';
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

/**
 * Opens a user's property file through the loader `check FILE` uses, adds it to the catalogue
 * (replacing an item of the same id) and goes to its run form; a file that does not load stays
 * in the prompt with the loader's one-line error.
 */
async function openFile(ctx: Ctx, file: string): Promise<void> {
  try {
    const loaded = await ctx.engine.loadPropertyFile(file, ctx.cwd);
    const id = loaded.property.id;
    ctx.properties.set(id, loaded);
    const item = catalogueItem(loaded, await ctx.engine.readCertificate(certificatePath(ctx, id)));
    update(ctx, (s) => {
      const others = s.catalogue.items.filter((it) => it.id !== id);
      return { ...s, catalogue: { ...s.catalogue, items: [...others, item], filter: field(), index: others.length, prompt: null, notice: { text: `opened ${id} from ${file}`, tone: 'good' } } };
    });
    openRun(ctx, item);
  } catch (e) {
    update(ctx, (s) => ({ ...s, catalogue: { ...s.catalogue, notice: { text: firstLine(e), tone: 'bad' } } }));
  }
}

/** The default scope of a typed formula over the parameter n (the run form changes it). */
export const FORMULA_DEFAULT_N = 3;

/**
 * Reads a typed formula as `check '<formula>'` does (through the engine) and goes to its run form
 * as the catalogue item "formula" (replacing the last typed one); a bad formula stays in the
 * prompt with its one-line error (the column counts from the formula's first character).
 */
async function openFormula(ctx: Ctx, text: string): Promise<void> {
  try {
    const loaded = await ctx.engine.formulaProperty(text, FORMULA_DEFAULT_N);
    const id = loaded.property.id;
    ctx.properties.set(id, loaded);
    const item = catalogueItem(loaded, { kind: 'none' });
    update(ctx, (s) => {
      const others = s.catalogue.items.filter((it) => it.id !== id);
      return { ...s, catalogue: { ...s.catalogue, items: [...others, item], filter: field(), index: others.length, formula: null, notice: { text: `formula checked as '${id}'`, tone: 'good' } } };
    });
    openRun(ctx, item);
  } catch (e) {
    update(ctx, (s) => ({ ...s, catalogue: { ...s.catalogue, notice: { text: firstLine(e), tone: 'bad' } } }));
  }
}

function formulaKey(ctx: Ctx, k: KeyPress, prompt: TextField): void {
  if (k.escape) return update(ctx, (s) => ({ ...s, catalogue: { ...s.catalogue, formula: null, notice: null } }));
  if (k.enter) {
    const text = prompt.text.trim();
    if (text === '') return update(ctx, (s) => ({ ...s, catalogue: { ...s.catalogue, notice: { text: "type a formula, e.g. forall T in bijections(3): differentialUniformity(T) >= 2", tone: 'warn' } } }));
    return void track(ctx, openFormula(ctx, text));
  }
  const next = editField(prompt, k);
  if (next && next !== prompt) update(ctx, (s) => ({ ...s, catalogue: { ...s.catalogue, formula: next } }));
}

function promptKey(ctx: Ctx, k: KeyPress, prompt: TextField): void {
  if (k.escape) return update(ctx, (s) => ({ ...s, catalogue: { ...s.catalogue, prompt: null, notice: null } }));
  if (k.enter) {
    const file = prompt.text.trim();
    if (file === '') return update(ctx, (s) => ({ ...s, catalogue: { ...s.catalogue, notice: { text: 'type the path of a property file (.ts or .js, default export defineProperty({...}))', tone: 'warn' } } }));
    update(ctx, (s) => ({ ...s, catalogue: { ...s.catalogue, notice: { text: `loading ${file}...`, tone: 'muted' } } }));
    return void track(ctx, openFile(ctx, file));
  }
  const next = editField(prompt, k);
  if (next && next !== prompt) update(ctx, (s) => ({ ...s, catalogue: { ...s.catalogue, prompt: next } }));
}

export function catalogueKey(ctx: Ctx, k: KeyPress): void {
  const s = ctx.store.get();
  const c = s.catalogue;
  if (c.prompt !== null) return promptKey(ctx, k, c.prompt);
  if (c.formula !== null) return formulaKey(ctx, k, c.formula);
  if (k.open) return update(ctx, (t) => ({ ...t, catalogue: { ...c, prompt: field(), notice: null } }));
  if (k.formula) return update(ctx, (t) => ({ ...t, catalogue: { ...c, formula: field(), notice: null } }));
  const total = filterItems(c.items, c.filter.text).length;
  const step = k.up ? -1 : k.down ? 1 : k.pageUp ? -scrollHeight('catalogue', s.dims) : k.pageDown ? scrollHeight('catalogue', s.dims) : 0;
  if (step !== 0) {
    update(ctx, (t) => ({ ...t, catalogue: { ...c, index: Math.max(0, Math.min(total - 1, c.index + step)) } }));
    return;
  }
  const item = selectedItem(s);
  if (k.right && c.filter.cursor === c.filter.text.length && item?.certificate.kind === 'present' && item.certificate.counterexample) {
    const [, notation] = item.certificate.counterexample[0]!;
    return openInExplorer(ctx, notation, 'catalogue');
  }
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
