/**
 * Certificates are never silently overwritten (src/certificates/overwrite.ts): an existing one
 * that differs only in `produced` is left untouched, one that differs otherwise is kept unless
 * --force; check --cert, check --all and merge --out all follow the policy and say so on stderr.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findInCatalogue, loadModuleCatalogue } from '../../src/check/catalogue.js';
import { MODULES_DIR, loadModules } from '../fixtures/catalogueModules.js';
import { runProperty } from '../../src/check/runner.js';
import { runCatalogue } from '../../src/certificates/catalogueRun.js';
import { buildCertificate, canonicalJson, decideOverwrite, saveCertificate, sha256Hex, writeCertificate } from '../../src/certificates/index.js';
import type { Certificate } from '../../src/certificates/types.js';
import { InputError } from '../../src/core/result.js';
import { verifyCertificate } from '../../src/verifier/index.js';
import { runCubecheck } from './fakeIo.js';

const T4 = 'T4-gf2-degree-le-degree';
/** T4's TypeScript module (the catalogue's T4 is a formula; this test is about module certificates). */
const T4_FILE = join(MODULES_DIR, `${T4}.ts`);

async function t4Certificate(n: number, date: Date, elapsedMs?: number): Promise<Certificate> {
  const loaded = findInCatalogue(await loadModules(), T4);
  const result = await runProperty(loaded.property, { n, mode: 'exhaustive' });
  const cert = buildCertificate(elapsedMs === undefined ? result : { ...result, elapsedMs }, loaded.property, {
    sourcePath: loaded.sourcePath,
    sourceBytes: readFileSync(loaded.sourcePath),
    certificatePath: join(tmpdir(), 'x.json'),
    tool: 'cubecheck test',
    date,
  });
  return cert!;
}

/** A certificate edited and re-sealed, as a different but intact one. */
function resealed(c: Certificate, edit: (c: Record<string, unknown>) => void): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(c)) as Record<string, unknown>;
  edit(copy);
  delete copy.integrity;
  return { ...copy, integrity: sha256Hex(canonicalJson(copy)) };
}

describe('the overwrite policy (pure)', () => {
  it('no file: create; the same but for produced: unchanged, with or without force', async () => {
    const a = await t4Certificate(2, new Date('2026-01-01T00:00:00Z'), 5);
    const b = await t4Certificate(2, new Date('2026-06-01T00:00:00Z'), 9);
    expect(a.integrity).not.toBe(b.integrity);
    expect(decideOverwrite(undefined, a, false)).toEqual({ kind: 'create' });
    expect(decideOverwrite(JSON.parse(JSON.stringify(a)), b, false)).toEqual({ kind: 'unchanged' });
    expect(decideOverwrite(JSON.parse(JSON.stringify(a)), b, true)).toEqual({ kind: 'unchanged' });
  });

  it('a different certificate is kept unless forced, and the decision names what differs', async () => {
    const n3 = await t4Certificate(3, new Date());
    const n2 = await t4Certificate(2, new Date());
    const keep = decideOverwrite(JSON.parse(JSON.stringify(n3)), n2, false);
    expect(keep.kind).toBe('keep');
    expect(keep.kind === 'keep' && keep.differences).toContain('scope.n 3 -> 2');
    expect(decideOverwrite(JSON.parse(JSON.stringify(n3)), n2, true).kind).toBe('replace');
  });

  it('an old file that is not JSON, not a certificate, or fails its hash counts as different', async () => {
    const a = await t4Certificate(2, new Date());
    expect(decideOverwrite(null, a, false)).toEqual({ kind: 'keep', differences: ['the existing file is not JSON'] });
    expect(decideOverwrite({ hello: 1 }, a, false)).toEqual({ kind: 'keep', differences: ['the existing file is not a cubecheck certificate'] });
    // same content but for produced, yet the old file was edited without re-sealing: not "unchanged"
    const tampered = { ...JSON.parse(JSON.stringify(a)), produced: { tool: 'x', elapsedMs: 1, date: 'then' } };
    expect(decideOverwrite(tampered, a, false)).toEqual({ kind: 'keep', differences: ['the existing certificate fails its integrity hash'] });
    const other = resealed(a, (c) => void ((c.claim as Record<string, unknown>).statement = 'edited'));
    expect(decideOverwrite(other, a, false)).toEqual({ kind: 'keep', differences: ['claim.statement'] });
  });
});

describe('saving under the policy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cubecheck-policy-'));

  it('leaves an equivalent file byte for byte, keeps a different one, replaces it when forced', async () => {
    const path = join(dir, 'save.json');
    const first = await t4Certificate(3, new Date('2026-01-01T00:00:00Z'));
    expect((await saveCertificate(path, first)).kind).toBe('create');
    const bytes = readFileSync(path, 'utf8');
    expect((await saveCertificate(path, await t4Certificate(3, new Date('2026-02-02T00:00:00Z')))).kind).toBe('unchanged');
    expect(readFileSync(path, 'utf8')).toBe(bytes);
    expect((await saveCertificate(path, await t4Certificate(2, new Date()))).kind).toBe('keep');
    expect(readFileSync(path, 'utf8')).toBe(bytes);
    expect((await saveCertificate(path, await t4Certificate(2, new Date()), { force: true })).kind).toBe('replace');
    expect(JSON.parse(readFileSync(path, 'utf8')).scope.n).toBe(2);
  });

  it('writeCertificate (the library call the UI used) no longer replaces a different certificate', async () => {
    // before: the UI's `s` replaced a committed n = 4 certificate with an n = 2 one
    const loaded = findInCatalogue(await loadModules(), T4);
    const path = join(dir, 'ui.json');
    const r4 = await runProperty(loaded.property, { n: 4, mode: 'exhaustive' });
    const r2 = await runProperty(loaded.property, { n: 2, mode: 'exhaustive' });
    expect(await writeCertificate(path, r4, loaded.property, loaded.sourcePath, 'cubecheck test')).toBe(path);
    await expect(writeCertificate(path, r2, loaded.property, loaded.sourcePath, 'cubecheck test')).rejects.toThrow(/kept: it exists and differs in .*scope\.n 4 -> 2/);
    expect(JSON.parse(readFileSync(path, 'utf8')).scope.n).toBe(4);
    expect(await writeCertificate(path, r2, loaded.property, loaded.sourcePath, 'cubecheck test', new Date(), { force: true })).toBe(path);
    expect(JSON.parse(readFileSync(path, 'utf8')).scope.n).toBe(2);
  });

  it('refuses a target that is a directory or a FIFO, as bad input', async () => {
    const cert = await t4Certificate(2, new Date());
    await expect(saveCertificate(dir, cert)).rejects.toThrow(InputError);
    const fifo = join(dir, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    await expect(saveCertificate(fifo, cert)).rejects.toThrow(/not a regular file/);
  });
});

describe('check --cert and check --all', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cubecheck-policy-cli-'));

  it('check --cert twice: the file is left untouched and stderr says so', async () => {
    // before: every run rewrote the file (new date, new integrity hash)
    expect((await runCubecheck(['check', T4_FILE, '--n', '3', '--cert', 'c.json'], { cwd: dir })).code).toBe(0);
    const before = readFileSync(join(dir, 'c.json'), 'utf8');
    const mtime = statSync(join(dir, 'c.json')).mtimeMs;
    const again = await runCubecheck(['check', T4_FILE, '--n', '3', '--cert', 'c.json'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.err).toBe('cubecheck: certificate c.json unchanged: the existing one certifies the same (it differs at most in date, time and tool)\n');
    expect(again.out).toContain('certificate: c.json');
    expect(readFileSync(join(dir, 'c.json'), 'utf8')).toBe(before);
    expect(statSync(join(dir, 'c.json')).mtimeMs).toBe(mtime);
  });

  it('check --cert over a different certificate keeps it, unless --force', async () => {
    const kept = await runCubecheck(['check', T4_FILE, '--n', '2', '--cert', 'c.json'], { cwd: dir });
    expect(kept.code).toBe(0);
    expect(kept.err).toMatch(/^cubecheck: certificate c\.json kept: it exists and differs in .*scope\.n 3 -> 2.*--force replaces it\)\n$/);
    expect(kept.out).not.toContain('certificate:');
    expect(JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8')).scope.n).toBe(3);
    const forced = await runCubecheck(['check', T4_FILE, '--n', '2', '--cert', 'c.json', '--force'], { cwd: dir });
    expect(forced.err).toMatch(/^cubecheck: certificate c\.json replaced \(--force\)/);
    expect(JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8')).scope.n).toBe(2);
    expect((await verifyCertificate(join(dir, 'c.json'))).status).toBe('valid');
  });

  it('a catalogue run over its own certificates changes no byte the second time', async () => {
    // before: check --all rewrote every tracked certificate (new date, new hash) though nothing changed
    const catalogue = [...(await loadModules()), ...(await loadModuleCatalogue())].filter((l) => ['T6', 'T11', 'C2', 'S2'].some((p) => l.property.id.startsWith(p)));
    expect(catalogue.length).toBeGreaterThanOrEqual(4);
    const out = join(dir, 'certs');
    const first = await runCatalogue(catalogue, out, 'cubecheck test', () => ({}));
    expect(first.entries.map((e) => e.save?.kind)).toEqual(catalogue.map(() => 'create'));
    const bytes = first.entries.map((e) => readFileSync(e.certificate!, 'utf8'));
    const second = await runCatalogue(catalogue, out, 'cubecheck test', () => ({}));
    expect(second.entries.map((e) => e.save?.kind)).toEqual(catalogue.map(() => 'unchanged'));
    expect(second.entries.map((e) => readFileSync(e.certificate!, 'utf8'))).toEqual(bytes);
  });
});

describe('merge --out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cubecheck-policy-merge-'));

  it('leaves an equivalent merged certificate alone, refuses to replace a different one without --force', async () => {
    for (const i of [1, 2]) {
      const r = await runCubecheck(['check', T4_FILE, '--n', '3', '--mode', 'exhaustive', '--shard', `${i}/2`, '--cert', `p${i}.json`], { cwd: dir });
      expect(r.code).toBe(0);
    }
    expect((await runCubecheck(['merge', 'p1.json', 'p2.json', '--out', 'm.json'], { cwd: dir })).code).toBe(0);
    const bytes = readFileSync(join(dir, 'm.json'), 'utf8');
    const again = await runCubecheck(['merge', 'p1.json', 'p2.json', '--out', 'm.json'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.err).toContain('certificate m.json unchanged');
    expect(readFileSync(join(dir, 'm.json'), 'utf8')).toBe(bytes);

    writeFileSync(join(dir, 'other.json'), readFileSync(join(dir, 'p1.json')));
    const refused = await runCubecheck(['merge', 'p1.json', 'p2.json', '--out', 'other.json'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^cubecheck: certificate other\.json kept: it exists and differs in /);
    expect(readFileSync(join(dir, 'other.json'), 'utf8')).toBe(readFileSync(join(dir, 'p1.json'), 'utf8'));
    const forced = await runCubecheck(['merge', 'p1.json', 'p2.json', '--out', 'other.json', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect((await verifyCertificate(join(dir, 'other.json'))).status).toBe('valid');
  });
});
