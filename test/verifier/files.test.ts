/**
 * The verifier's bounded reader: a certificate that is a FIFO, a device or a directory is refused
 * at once (no hang waiting for a writer, no endless read of /dev/zero); a claim.source naming one
 * is never opened at all (the module is embedded in the certificate).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { integrityOf, verifyCertificate, type VerifyOutcome } from '../../src/verifier/index.js';
import { readBounded } from '../../src/verifier/readBounded.js';

const dir = mkdtempSync(join(tmpdir(), 'cubecheck-vfiles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
execFileSync('mkfifo', [join(dir, 'pipe')]);
const reason = (o: VerifyOutcome): string => (o.status === 'valid' ? `valid: ${o.summary}` : `${o.status}: ${o.reason}`);

describe('verifier reads only bounded regular files', () => {
  it('a FIFO, /dev/zero and a directory named as the certificate are unreadable', async () => {
    expect(reason(await verifyCertificate(join(dir, 'pipe')))).toBe('unreadable: cannot read the file (it is a FIFO, not a regular file)');
    expect(reason(await verifyCertificate('/dev/zero'))).toBe('unreadable: cannot read the file (it is a device, not a regular file)');
    expect(reason(await verifyCertificate(dir))).toBe('unreadable: cannot read the file (it is a directory, not a regular file)');
  });

  it('claim.source pointing at a FIFO or at /dev/zero (through a link) is never opened (the module is embedded)', async () => {
    const cert = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'certificates', 'T11-half-cube-interpolation.json'), 'utf8')); // a module certificate (T4's is a formula certificate)
    symlinkSync('/dev/zero', join(dir, 'zero.ts'));
    symlinkSync(join(dir, 'pipe'), join(dir, 'pipe.ts'));
    for (const [source, kind] of [['pipe.ts', 'a FIFO'], ['zero.ts', 'a device']]) {
      const edited = { ...cert, claim: { ...cert.claim, source } };
      const outcome = await verifyCertificate({ json: { ...edited, integrity: integrityOf(edited) }, baseDir: dir });
      expect(reason(outcome), kind).toMatch(/^valid: T11-half-cube-interpolation holds/);
    }
  });

  it('files over the limit are refused', async () => {
    writeFileSync(join(dir, 'big'), 'x'.repeat(3000));
    expect(await readBounded(join(dir, 'big'), 2048)).toEqual({ ok: false, reason: 'it has 3000 bytes, more than the limit of 2048 bytes' });
    expect(await readBounded(join(dir, 'big'), 3000)).toMatchObject({ ok: true });
  });
});
