/**
 * The TypeScript part of the catalogue (properties/*.ts at the package root, one module per claim)
 * and user property files, loaded with tsx's tsImport (user files only inside the sandbox worker).
 * The whole catalogue, formula claims (properties/*.claims) included, is src/lang/catalogue.ts's
 * loadCatalogue. The package root is found from this file's location, so the same code works from
 * src/ (tsx, vitest) and from dist/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Property, isProperty, validateProperty } from '../claim/property.js';
import { InputError } from '../core/result.js';
import { type SandboxOptions, keepWarm, markSandboxed, openSandbox, standInProperty } from './sandbox/index.js';
import { importDefault } from './sandbox/importModule.js';

export interface LoadedProperty {
  readonly property: Property;
  /** Absolute path of the module (what a certificate's claim.source points at), or of the .claims file. */
  readonly sourcePath: string;
  /**
   * A formula claim (a .claims file's, or a formula typed on the command line): it takes the
   * formula path of `check` (certificates of formulas), not the module path.
   */
  readonly formula?: true;
  /** A formula claim's formula, on one line (for listings). */
  readonly formulaText?: string;
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

/**
 * A user's property module by path (relative to cwd). The module is imported only in a sandbox
 * worker, never in this thread: its default export must be a valid property, which comes back as
 * data; the returned stand-in has its fields, and runProperty evaluates it in a fresh sandbox.
 * Loading is bound by the time and memory limits too; an interrupt or a limit throws
 * EvaluationStopped.
 */
export async function loadPropertyFile(file: string, cwd: string, options: SandboxOptions = {}): Promise<LoadedProperty> {
  const path = resolve(cwd, file);
  if (!existsSync(path)) throw new InputError(`property file ${file} does not exist`);
  if (!statSync(path).isFile()) throw new InputError(`property file ${file} is not a regular file (a directory, FIFO or device is refused)`);
  const { sandbox, descriptor } = await openSandbox(path, { ...options, shownName: file });
  const property = standInProperty(descriptor, path);
  // The first run of the property reuses this worker (idle, it does not keep the process alive).
  keepWarm(property, sandbox);
  return { property, sourcePath: path };
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

/**
 * The ids of the extended claims (properties/extended.list: one id per line, '#' comments): in the
 * catalogue, but left out of `check --all` unless --extended. No file: none.
 */
export function extendedIds(dir: string = catalogueDir()): ReadonlySet<string> {
  const path = join(dir, 'extended.list');
  if (!existsSync(path)) return new Set();
  const ids = readFileSync(path, 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim());
  return new Set(ids.filter((l) => l !== ''));
}

const loadedCatalogues = new Map<string, Promise<LoadedProperty[]>>();

/**
 * Every TypeScript property module of dir, in catalogue order (loaded once per process and
 * directory). A module that fails to load is an internal error.
 */
export function loadModuleCatalogue(dir: string = catalogueDir()): Promise<LoadedProperty[]> {
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
      // Loaded here for its fields (the catalogue is ours); checked in the sandbox like any module.
      return { property: markSandboxed(validateProperty(exported), path), sourcePath: path };
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
