/**
 * Writing a certificate: under the overwrite policy (overwrite.ts), atomically (a temporary file
 * in the same directory, then a rename). A path that cannot be written (a directory, a missing
 * or read-only parent, something that is not a regular file) is an InputError naming it.
 */
import { readFile, stat } from 'node:fs/promises';
import { readRegularFile } from '../fs/readRegularFile.js';
import { resolve } from 'node:path';
import { InputError } from '../core/result.js';
import { writeFileAtomic } from '../fs/writeFileAtomic.js';
import type { Property } from '../claim/property.js';
import type { CheckResult } from '../check/types.js';
import { buildCertificate } from './build.js';
import { type OverwriteDecision, decideOverwrite } from './overwrite.js';
import type { Certificate } from './types.js';
import { buildFormulaCertificate, type FormulaCertificate } from './formulaCertificate.js';
import { formulaOf } from '../lang/formulaOf.js';

/** The certificate as written: pretty JSON (integrity is over the canonical form, not these bytes). */
export function certificateText(cert: Certificate | FormulaCertificate): string {
  return `${JSON.stringify(cert, null, 2)}\n`;
}

/** An existing certificate larger than this is not read: it counts as different. */
const MAX_EXISTING_BYTES = 256 * 1024 * 1024;

export interface SaveOptions {
  /** Replace an existing certificate that differs (--force). */
  readonly force?: boolean;
}

/** What happened at the path: written (created or replaced), or left as it was (unchanged or kept). */
export type SaveOutcome = { readonly path: string } & OverwriteDecision;

/** The existing file's JSON: undefined when there is none, null when it is not JSON (or too large to read). */
async function readExisting(path: string): Promise<unknown> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new InputError(`cannot write the certificate to ${path}: ${code === 'ENOTDIR' ? 'a parent of it is not a directory' : code ?? (e as Error).message}`);
  }
  if (info.isDirectory()) throw new InputError(`cannot write the certificate to ${path}: it is a directory (give a file name)`);
  if (!info.isFile()) throw new InputError(`cannot write the certificate to ${path}: it exists and is not a regular file`);
  if (info.size > MAX_EXISTING_BYTES) return null;
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (e) {
    if (e instanceof SyntaxError) return null;
    throw new InputError(`cannot read the existing certificate ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** Writes `cert` to `path` under the overwrite policy; says what it did. */
export async function saveCertificate(path: string, cert: Certificate | FormulaCertificate, options: SaveOptions = {}): Promise<SaveOutcome> {
  const target = resolve(path);
  const decision = decideOverwrite(await readExisting(target), cert as Certificate, options.force === true);
  if (decision.kind === 'create' || decision.kind === 'replace') {
    try {
      await writeFileAtomic(target, certificateText(cert));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOTDIR' || code === 'EEXIST' ? 'a parent of it is not a directory' : code ?? (e as Error).message;
      throw new InputError(`cannot write the certificate to ${target}: ${why}`);
    }
  }
  return { path: target, ...decision };
}

/** One line for stderr when the policy did something the user may not expect (null: nothing to say). */
export function saveNotice(o: SaveOutcome, shown: string = o.path): string | null {
  switch (o.kind) {
    case 'create':
      return null;
    case 'unchanged':
      return `certificate ${shown} unchanged: the existing one certifies the same (it differs at most in date, time and tool)`;
    case 'replace':
      return `certificate ${shown} replaced (--force); it differed in ${o.differences.join(', ')}`;
    case 'keep':
      return `certificate ${shown} kept: it exists and differs in ${o.differences.join(', ')}; the new one was not written (--force replaces it)`;
  }
}

/** Whether the file at the path now holds this run's certificate (or an equivalent one). */
export function holdsNewCertificate(o: SaveOutcome): boolean {
  return o.kind !== 'keep';
}

/**
 * Builds the certificate of `result` and saves it to `path` under the overwrite policy; null for
 * an inconclusive result (no certificate). A formula property (src/lang) gets a formula
 * certificate (./formulaCertificate.ts) and `sourcePath` is not read.
 */
export async function saveCheckCertificate(
  path: string,
  result: CheckResult,
  property: Property,
  sourcePath: string,
  tool: string,
  options: SaveOptions = {},
  date: Date = new Date(),
): Promise<SaveOutcome | null> {
  const certificatePath = resolve(path);
  // a formula property's certificate carries the formula: no source file to read
  const formula = formulaOf(property);
  if (formula !== undefined) {
    const cert = buildFormulaCertificate(result, property, formula, tool, date);
    return cert === null ? null : saveCertificate(certificatePath, cert, options);
  }
  const sourceBytes = await readRegularFile(sourcePath, { what: `property source ${sourcePath}` });
  const cert = buildCertificate(result, property, { sourcePath: resolve(sourcePath), sourceBytes, certificatePath, tool, date });
  if (cert === null) return null;
  return saveCertificate(certificatePath, cert, options);
}

/**
 * Builds and writes the certificate of `result` to `path`; returns the absolute path, or null for
 * an inconclusive result (no certificate). Under the overwrite policy: an existing equivalent
 * certificate is left untouched (its path is returned), an existing different one is an
 * InputError unless `options.force`.
 */
export async function writeCertificate(
  path: string,
  result: CheckResult,
  property: Property,
  sourcePath: string,
  tool: string,
  date: Date = new Date(),
  options: SaveOptions = {},
): Promise<string | null> {
  const outcome = await saveCheckCertificate(path, result, property, sourcePath, tool, options, date);
  if (outcome === null) return null;
  if (outcome.kind === 'keep') throw new InputError(saveNotice(outcome)!);
  return outcome.path;
}
