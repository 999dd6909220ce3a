/** The file side of merging shard certificates: detect, read, merge, write (or return the text). */
import { readRegularText } from '../fs/readRegularFile.js';
import { resolve } from 'node:path';
import { InputError } from '../core/result.js';
import { mergeShardCertificates } from './mergeShards.js';
import { validatePartialCertificate } from './validatePartial.js';
import type { Certificate } from './types.js';
import { type SaveOptions, type SaveOutcome, certificateText, saveCertificate } from './write.js';

async function readJson(path: string, cwd: string): Promise<unknown> {
  const text = await readRegularText(resolve(cwd, path), { what: path });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

const isCertificate = (json: unknown): boolean =>
  typeof json === 'object' && json !== null && ['cubecheck-certificate', 'cubecheck-formula-certificate'].includes((json as Record<string, unknown>).format as string);

/** Whether the file is a cubecheck certificate (rather than, say, a census partial). */
export async function isCertificateFile(path: string, cwd: string): Promise<boolean> {
  return isCertificate(await readJson(path, cwd));
}

/**
 * Merges the shard certificates at `paths` (relative to cwd). With `out`, writes the certificate
 * there under the overwrite policy (write.ts) and returns its absolute path and what happened;
 * without, claim.source is relative to cwd and the text is returned.
 */
export async function mergeCertificateFiles(
  paths: readonly string[],
  cwd: string,
  out: string | null,
  tool: string,
  date: Date = new Date(),
  options: SaveOptions = {},
): Promise<{ readonly text: string; readonly written: string | null; readonly save: SaveOutcome | null }> {
  const inputs = [];
  for (const name of paths) {
    const json = await readJson(name, cwd);
    if (!isCertificate(json)) throw new InputError(`${name} is not a cubecheck certificate: merge takes certificates or census partials, not both`);
    await validatePartialCertificate(name, resolve(cwd, name), json as Certificate);
    inputs.push({ name, path: resolve(cwd, name), certificate: json as Certificate });
  }
  const outPath = resolve(cwd, out ?? 'merged.json');
  const merged = mergeShardCertificates(inputs, outPath, tool, date);
  const text = certificateText(merged);
  if (out === null) return { text, written: null, save: null };
  const save = await saveCertificate(outPath, merged, options);
  return { text, written: outPath, save };
}
