/**
 * Certificates stand alone: every committed certificate embeds its property file's exact text and
 * verifies when copied, alone, into an empty directory (the old verifier needed the .ts file at
 * claim.source). A tampered embedded source is refused, with or without its hashes recomputed.
 */
import { copyFileSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyCertificate } from '../../../src/verifier/index.js';
import { type Json, withIntegrity } from '../helpers/certificates.js';
import { removeTempDirs, tempDir } from '../helpers/files.js';
import { C1_CERT, ROOT, claimWith, said, verify } from './forge.js';

afterAll(removeTempDirs);

const dir = join(ROOT, 'certificates');
/** The committed module certificates (formula certificates carry the formula, not a file). */
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .filter((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')).format === 'cubecheck-certificate')
  .sort();

describe('certificates moved away from their .ts file', () => {
  it('embed the exact text of the property file they name', () => {
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const claim = JSON.parse(readFileSync(join(dir, f), 'utf8')).claim as Json;
      expect(claim.sourceText, f).toBe(readFileSync(resolve(dir, claim.source as string), 'utf8'));
    }
  });

  it.each(files.filter((f) => /^(C3|S2|T11|P2)-/.test(f)))('%s verifies from an empty directory', async (f) => {
    const alone = tempDir();
    copyFileSync(join(dir, f), join(alone, f));
    expect(await verifyCertificate(join(alone, f))).toMatchObject({ status: 'valid', trust: "ran the certificate's embedded TypeScript predicate in an isolated process" });
  });
});

describe('a tampered embedded source', () => {
  const text = (C1_CERT.claim as Json).sourceText as string;
  const honestToTrue = text.replace('return maxInverse <= maxT;', 'return true;');

  it('is refused by its hash when only the text changes', async () => {
    const tampered = withIntegrity({ ...C1_CERT, claim: { ...(C1_CERT.claim as Json), sourceText: honestToTrue } });
    expect(said(await verify(tampered))).toMatch(/^invalid: claim.sourceSha256 does not match the embedded source claim.sourceText/);
  });

  it('is refused by the integrity hash when the text and claim.sourceSha256 change', async () => {
    expect(said(await verify({ ...C1_CERT, claim: claimWith(honestToTrue) }))).toBe('invalid: integrity hash mismatch');
  });

  it('with every hash recomputed is another module, and the evidence must hold for it: the counterexample does not', async () => {
    expect(honestToTrue).not.toBe(text);
    const rehashed = withIntegrity({ ...C1_CERT, claim: claimWith(honestToTrue) });
    expect(said(await verify(rehashed))).toBe('invalid: counterexample T = perm:0,1,2,4,5,3,7,6 satisfies the predicate');
  });
});
