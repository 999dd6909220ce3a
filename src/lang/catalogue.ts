/**
 * THE catalogue (docs/claims.md, "The catalogue as formulas"): the formula claims of every
 * .claims file in properties/ (each through claimProperty, the function `check FILE.claims` uses)
 * and the TypeScript modules there for what formulas cannot say, in catalogue order. An id defined
 * twice (by two files or a file and a module) is an internal error of the catalogue.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type LoadedProperty, catalogueDir, catalogueOrder, loadModuleCatalogue } from '../check/catalogue.js';
import { claimProperty, parseClaimsFile } from './claimsFile.js';
import { LangError } from './errors.js';

export const oneLine = (formula: string): string => formula.trim().replace(/\s+/g, ' ');

/** The formula claims of one .claims file of the catalogue, as loaded properties. */
export function formulaCatalogueEntries(path: string): LoadedProperty[] {
  try {
    // tagged with the catalogue label (T4, S1, ...) as the modules are
    const label = (id: string): string[] => /^[TSC]\d+/.exec(id)?.slice(0, 1) ?? [];
    return parseClaimsFile(readFileSync(path, 'utf8')).map((c) => ({ property: claimProperty(c, undefined, label(c.id)), sourcePath: path, formula: true, formulaText: oneLine(c.formula) }));
  } catch (e) {
    if (e instanceof LangError) throw new Error(`catalogue file ${path}: ${e.message}`);
    throw e;
  }
}

const loaded = new Map<string, Promise<LoadedProperty[]>>();

async function load(dir: string): Promise<LoadedProperty[]> {
  const formulas = readdirSync(dir)
    .filter((f) => f.endsWith('.claims'))
    .sort()
    .flatMap((f) => formulaCatalogueEntries(join(dir, f)));
  const all = [...formulas, ...(await loadModuleCatalogue(dir))];
  const ids = new Map<string, string>();
  for (const l of all) {
    const before = ids.get(l.property.id);
    if (before !== undefined) throw new Error(`catalogue claim ${l.property.id} is defined twice (${before} and ${l.sourcePath})`);
    ids.set(l.property.id, l.sourcePath);
  }
  return all.sort((a, b) => catalogueOrder(a.property.id, b.property.id));
}

/** Every catalogue claim, formulas and modules, in catalogue order (loaded once per process and directory). */
export function loadCatalogue(dir: string = catalogueDir()): Promise<LoadedProperty[]> {
  let p = loaded.get(dir);
  if (!p) {
    p = load(dir);
    loaded.set(dir, p);
    p.catch(() => loaded.delete(dir));
  }
  return p;
}
