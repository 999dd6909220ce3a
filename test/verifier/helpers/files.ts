/** Writing certificates into a temporary directory, with claim.source made relative to it. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { BASE_DIR, type Json, withIntegrity } from './certificates.js';

const made: string[] = [];

/** A fresh temporary directory, removed by removeTempDirs (call it in afterAll). */
export function tempDir(): string {
  made.push(mkdtempSync(join(tmpdir(), 'cubecheck-verifier-')));
  return made.at(-1)!;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes cert (whose source is relative to test/verifier) as dir/name; returns the path. */
export function writeCertificate(dir: string, name: string, cert: Json): string {
  const claim = cert.claim as Json;
  const source = relative(dir, resolve(BASE_DIR, claim.source as string)).split('\\').join('/');
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(withIntegrity({ ...cert, claim: { ...claim, source } }), null, 2));
  return path;
}
