/**
 * Attack: claim.source `../../outside/payload.ts`, a module that writes a file when imported. The
 * old verifier resolved the path against the certificate's directory, read it, and imported it (as
 * whoever runs verify) before any check of what it says could reject it. Now claim.source is a label
 * that is never opened; only the embedded text runs, and in a child that may write nothing.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyCertificate } from '../../../src/verifier/index.js';
import { removeTempDirs, tempDir } from '../helpers/files.js';
import { C1_TEXT, forgedC1Holds, put, said } from './forge.js';

afterAll(removeTempDirs);

function layout(): { readonly certs: string; readonly marker: string; readonly payload: string } {
  const root = tempDir();
  const certs = join(root, 'a', 'b');
  mkdirSync(certs, { recursive: true });
  mkdirSync(join(root, 'outside'));
  const marker = join(root, 'PWNED');
  const payload = `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\n${C1_TEXT}`;
  writeFileSync(join(root, 'outside', 'payload.ts'), payload);
  return { certs, marker, payload };
}

describe('attack: claim.source pointing outside', () => {
  it('the file named is never read or run; the module without embedded text is refused', async () => {
    const { certs, marker } = layout();
    const cert = forgedC1Holds(C1_TEXT, '../../outside/payload.ts');
    const { sourceText: _t, ...claim } = cert.claim as Record<string, unknown>;
    const path = put(certs, 'c1.json', { ...cert, claim });
    const outcome = await verifyCertificate(path);
    expect(existsSync(marker)).toBe(false);
    expect(said(outcome)).toMatch(/^invalid: (integrity hash mismatch|claim.sourceText is missing)/);
  });

  it('the same payload embedded: its import of node:fs is refused, nothing is written', async () => {
    const { certs, marker, payload } = layout();
    const outcome = await verifyCertificate(put(certs, 'c1.json', forgedC1Holds(payload, '../../outside/payload.ts')));
    expect(existsSync(marker)).toBe(false);
    expect(said(outcome)).toMatch(/^invalid: claim.sourceText cannot be run: it imports 'node:fs'/);
  });

  it('and reaching for the file system by a computed import() fails inside the child', async () => {
    const { certs, marker } = layout();
    const sneaky = `import(['node', 'fs'].join(':')).then((fs) => fs.writeFileSync(${JSON.stringify(marker)}, 'ran'), () => undefined);\n${C1_TEXT}`;
    const outcome = await verifyCertificate(put(certs, 'c1.json', forgedC1Holds(sneaky, '../../outside/payload.ts')));
    expect(existsSync(marker)).toBe(false);
    expect(outcome.status).toBe('invalid');
  });

  it('an absolute claim.source or one with backslashes is refused before anything runs', async () => {
    for (const source of ['/etc/payload.ts', '..\\outside\\payload.ts']) {
      const outcome = await verifyCertificate({ json: forgedC1Holds(C1_TEXT, source), baseDir: tempDir() });
      expect(said(outcome)).toBe('invalid: claim.source must be a relative path with forward slashes');
      expect(outcome.trust).toBe('no foreign code');
    }
  });
});
