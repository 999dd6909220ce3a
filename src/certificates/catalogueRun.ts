/**
 * Running the whole catalogue at default scopes (auto mode, default budget), writing one
 * certificate per decided claim under the overwrite policy (an unchanged one stays untouched),
 * and judging the results against the claims' statuses.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../core/result.js';
import type { Property } from '../claim/property.js';
import { type SaveOptions, type SaveOutcome, holdsNewCertificate, saveCheckCertificate } from './write.js';
import type { LoadedProperty } from '../check/catalogue.js';
import { runProperty } from '../check/runner.js';
import type { CheckResult, RunHooks } from '../check/types.js';

export interface CatalogueEntry {
  readonly loaded: LoadedProperty;
  readonly result: CheckResult;
  /** Absolute path of the certificate of this result (written, or an equivalent one kept), or null. */
  readonly certificate: string | null;
  /** What the overwrite policy did at the path (null: no certificate for this result). */
  readonly save: SaveOutcome | null;
  readonly expected: boolean;
}

/** A theorem must hold, a claim marked refuted must be refuted; conjectures and open claims may go either way. */
export function matchesStatus(p: Property, r: CheckResult): boolean {
  if (r.verdict === 'inconclusive') return false;
  if (p.status === 'theorem') return r.verdict === 'holds';
  if (p.status === 'refuted') return r.verdict === 'refuted';
  return true;
}

/** 1 when a theorem is refuted; 0 when every result matches its status; 3 otherwise. */
export function catalogueExitCode(entries: readonly CatalogueEntry[], complete: boolean): number {
  if (entries.some((e) => e.loaded.property.status === 'theorem' && e.result.verdict === 'refuted')) return 1;
  return complete && entries.every((e) => e.expected) ? 0 : 3;
}

/**
 * Where a claim's certificate goes: DIR/ID.json, unless the certificate is kept only in DIR/slow/
 * (one that verifies too slowly for the directory's routine checks, certificates/slow/README.md):
 * then it is refreshed there. A claim with certificates in both (T10: n <= 4 here, n = 5 in slow/)
 * keeps DIR/ID.json as its catalogue certificate.
 */
export function certificatePath(outDir: string, id: string): string {
  const here = join(outDir, `${id}.json`);
  const slow = join(outDir, 'slow', `${id}.json`);
  return !existsSync(here) && existsSync(slow) ? slow : here;
}

/**
 * Refuses, before anything runs, an output directory that cannot be one (a file on its path): the
 * catalogue's first claims are formulas, which write nothing yet, so the first write comes late.
 */
export function checkOutDir(outDir: string): void {
  for (let dir = outDir; ; dir = dirname(dir)) {
    if (existsSync(dir)) {
      if (!statSync(dir).isDirectory()) throw new InputError(`cannot write certificates to ${outDir}: ${dir} is not a directory`);
      return;
    }
    if (dirname(dir) === dir) return;
  }
}

export async function runCatalogue(
  catalogue: readonly LoadedProperty[],
  outDir: string,
  tool: string,
  hooks: (id: string) => RunHooks,
  onEntry: (e: CatalogueEntry) => void = () => {},
  options: SaveOptions = {},
): Promise<{ entries: CatalogueEntry[]; complete: boolean }> {
  checkOutDir(outDir);
  const entries: CatalogueEntry[] = [];
  for (const loaded of catalogue) {
    const h = hooks(loaded.property.id);
    if (h.signal?.aborted) return { entries, complete: false };
    const result = await runProperty(loaded.property, {}, h);
    // a formula claim gets a formula certificate (saveCheckCertificate knows it by formulaOf)
    const save = await saveCheckCertificate(certificatePath(outDir, loaded.property.id), result, loaded.property, loaded.sourcePath, tool, options);
    const certificate = save !== null && holdsNewCertificate(save) ? save.path : null;
    const entry = { loaded, result, certificate, save, expected: matchesStatus(loaded.property, result) };
    entries.push(entry);
    onEntry(entry);
  }
  return { entries, complete: true };
}
