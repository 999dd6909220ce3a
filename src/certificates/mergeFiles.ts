/** The file side of merging shard certificates: detect, read, merge, write (or return the text). */
import { readRegularText } from '../fs/readRegularFile.js';
import { resolve } from 'node:path';
import { InputError } from '../core/result.js';
import { writeFileAtomic } from '../fs/writeFileAtomic.js';
import { mergeShardCertificates } from './mergeShards.js';
import { validatePartialCertificate } from './validatePartial.js';
import type { Certificate } from './types.js';
import { certificateText } from './write.js';

async function readJson(path: string, cwd: string): Promise<unknown> {
  const text = await readRegularText(resolve(cwd, path), { what: path });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

const isCertificate = (json: unknown): boolean =>
  typeof json === 'object' && json !== null && (json as Record<string, unknown>).format === 'cubecheck-certificate';

/** Whether the file is a cubecheck certificate (rather than, say, a census partial). */
export async function isCertificateFile(path: string, cwd: string): Promise<boolean> {
  return isCertificate(await readJson(path, cwd));
}

/**
 * Merges the shard certificates at `paths` (relative to cwd). With `out`, writes the certificate
 * there and returns its absolute path; without, claim.source is relative to cwd and the text is
 * returned.
 */
export async function mergeCertificateFiles(
  paths: readonly string[],
  cwd: string,
  out: string | null,
  tool: string,
  date: Date = new Date(),
): Promise<{ readonly text: string; readonly written: string | null }> {
  const inputs = [];
  for (const name of paths) {
    const json = await readJson(name, cwd);
    if (!isCertificate(json)) throw new InputError(`${name} is not a cubecheck certificate: merge takes certificates or census partials, not both`);
    await validatePartialCertificate(name, resolve(cwd, name), json as Certificate);
    inputs.push({ name, path: resolve(cwd, name), certificate: json as Certificate });
  }
  const outPath = resolve(cwd, out ?? 'merged.json');
  const text = certificateText(mergeShardCertificates(inputs, outPath, tool, date));
  if (out === null) return { text, written: null };
  await writeFileAtomic(outPath, text);
  return { text, written: outPath };
}
