/** Writing a certificate atomically: a temporary file in the same directory, then a rename. */
import { readRegularFile } from '../fs/readRegularFile.js';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../fs/writeFileAtomic.js';
import type { Property } from '../claim/property.js';
import type { CheckResult } from '../check/types.js';
import { buildCertificate } from './build.js';
import type { Certificate } from './types.js';

/** The certificate as written: pretty JSON (integrity is over the canonical form, not these bytes). */
export function certificateText(cert: Certificate): string {
  return `${JSON.stringify(cert, null, 2)}\n`;
}

/**
 * Builds and writes the certificate of `result` to `path`; returns the absolute path written, or
 * null for an inconclusive result (no certificate).
 */
export async function writeCertificate(
  path: string,
  result: CheckResult,
  property: Property,
  sourcePath: string,
  tool: string,
  date: Date = new Date(),
): Promise<string | null> {
  const certificatePath = resolve(path);
  const sourceBytes = await readRegularFile(sourcePath, { what: `property source ${sourcePath}` });
  const cert = buildCertificate(result, property, { sourcePath: resolve(sourcePath), sourceBytes, certificatePath, tool, date });
  if (cert === null) return null;
  await writeFileAtomic(certificatePath, certificateText(cert));
  return certificatePath;
}
