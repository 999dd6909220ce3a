/**
 * The catalogue of claims (properties/ at the package root, one module per claim) and user
 * property files, loaded with tsx's tsImport. The package root is found from this file's location,
 * so the same code works from src/ (tsx, vitest) and from dist/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { type Property, isProperty } from '../claim/property.js';
import { InputError } from '../core/result.js';

export interface LoadedProperty {
  readonly property: Property;
  /** Absolute path of the module (what a certificate's claim.source points at). */
  readonly sourcePath: string;
}

export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'cubecheck') return dir;
    if (dirname(dir) === dir) throw new Error('cannot find the cubecheck package root');
  }
}

export function catalogueDir(): string {
  return join(packageRoot(), 'properties');
}

const firstLine = (e: unknown): string => ((e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '').trim();

/**
 * The module's default export. A .ts file outside an ESM package is compiled as CommonJS, and its
 * `export default` then arrives as the `default` field of the CommonJS exports object: unwrap it.
 */
async function importDefault(path: string): Promise<unknown> {
  const module = (await tsImport(pathToFileURL(path).href, import.meta.url)) as { default?: unknown };
  const exported = module.default;
  if (!isProperty(exported) && typeof exported === 'object' && exported !== null && 'default' in exported) return exported.default;
  return exported;
}

/** A user's property module by path (relative to cwd): its default export must be a property. */
export async function loadPropertyFile(file: string, cwd: string): Promise<LoadedProperty> {
  const path = resolve(cwd, file);
  if (!existsSync(path) || !statSync(path).isFile()) throw new InputError(`property file ${file} does not exist`);
  let exported: unknown;
  try {
    exported = await importDefault(path);
  } catch (e) {
    throw new InputError(`property file ${file} does not load: ${firstLine(e)}`);
  }
  if (!isProperty(exported)) throw new InputError(`property file ${file} has no property as its default export (export default defineProperty({...}))`);
  return { property: exported, sourcePath: path };
}

/** Catalogue order: theorems T1.., seed claims S1.., conjectures C1.., then anything else by id. */
export function catalogueOrder(a: string, b: string): number {
  const key = (id: string): [number, number, string] => {
    const m = /^([TSC])(\d+)/.exec(id);
    return m ? ['TSC'.indexOf(m[1]!), Number(m[2]), id] : [3, 0, id];
  };
  const [x, y] = [key(a), key(b)];
  return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0);
}

const loadedCatalogues = new Map<string, Promise<LoadedProperty[]>>();

/**
 * Every catalogue property, in catalogue order (loaded once per process and directory). A module
 * that fails to load is an internal error.
 */
export function loadCatalogue(dir: string = catalogueDir()): Promise<LoadedProperty[]> {
  let loaded = loadedCatalogues.get(dir);
  if (!loaded) {
    loaded = importCatalogue(dir);
    loadedCatalogues.set(dir, loaded);
    loaded.catch(() => loadedCatalogues.delete(dir));
  }
  return loaded;
}

async function importCatalogue(dir: string): Promise<LoadedProperty[]> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  const loaded = await Promise.all(
    files.map(async (f) => {
      const path = join(dir, f);
      const exported = await importDefault(path);
      if (!isProperty(exported)) throw new Error(`catalogue module ${f} has no property as its default export`);
      return { property: exported, sourcePath: path };
    }),
  );
  return loaded.sort((a, b) => catalogueOrder(a.property.id, b.property.id));
}

/**
 * A catalogue property by id, or by a label prefix ending at '-' (e.g. "T4" for
 * "T4-gf2-degree-le-degree") when exactly one id has it.
 */
export function findInCatalogue(catalogue: readonly LoadedProperty[], query: string): LoadedProperty {
  const exact = catalogue.find((c) => c.property.id === query);
  if (exact) return exact;
  const matches = catalogue.filter((c) => c.property.id.startsWith(`${query}-`));
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) throw new InputError(`'${query}' is ambiguous: ${matches.map((m) => m.property.id).join(', ')}`);
  throw new InputError(`no property '${query}' in the catalogue (run 'cubecheck list'), and no such file`);
}
