/**
 * merge validates every partial certificate as far as it can without re-running the predicate:
 * a zeroed digest (re-sealed, so the integrity hash matches) is refused at merge, as are other
 * malformed or impossible fields, instead of producing a merged certificate verify rejects later.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, mergeCertificateFiles, sha256Hex, writeCertificate } from '../../src/certificates/index.js';
import { type LoadedProperty, findInCatalogue } from '../../src/check/catalogue.js';
import { loadModules } from '../fixtures/catalogueModules.js';
import { runProperty } from '../../src/check/runner.js';

type Json = Record<string, unknown>;
const dir = mkdtempSync(join(tmpdir(), 'cubecheck-mergeval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const parts: string[] = [];
let t4: LoadedProperty;

const seal = (c: Json): Json => {
  const { integrity: _i, ...body } = c;
  return { ...body, integrity: sha256Hex(canonicalJson(body)) };
};
const read = (name: string): Json => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Json;
const forged = (name: string, edit: (c: Json) => Json): string => {
  const out = `forged-${name}`;
  writeFileSync(join(dir, out), JSON.stringify(seal(edit(read(parts[1]!)))));
  return out;
};
const withEvidence = (fields: Json) => (c: Json): Json => ({ ...c, evidence: { ...(c.evidence as Json), ...fields } });
const merge = (files: string[]) => mergeCertificateFiles(files, dir, null, 'cubecheck test');

beforeAll(async () => {
  t4 = findInCatalogue(await loadModules(), 'T4-gf2-degree-le-degree');
  for (const index of [1, 2]) {
    const result = await runProperty(t4.property, { n: 3, mode: 'exhaustive', shard: { index, count: 2 } });
    await writeCertificate(join(dir, `p${index}.json`), result, t4.property, t4.sourcePath, 'cubecheck test');
    parts.push(`p${index}.json`);
  }
});

describe('merge validates each partial certificate', () => {
  it('the honest shards merge', async () => {
    expect(JSON.parse((await merge(parts)).text)).toMatchObject({ verdict: 'holds', evidence: { kind: 'exhaustive-sharded', cases: 256 } });
  });

  it('refuses a zeroed digest, even re-sealed', async () => {
    await expect(merge([parts[0]!, forged('zero.json', withEvidence({ digest: '0'.repeat(64) }))])).rejects.toThrow(
      /forged-zero.json: evidence.digest 00000000... is a placeholder/,
    );
  });

  it('refuses malformed fields with the verifier\'s own reader', async () => {
    await expect(merge([parts[0]!, forged('short.json', withEvidence({ digest: '0' }))])).rejects.toThrow(/evidence.digest must be 64 lowercase hex digits/);
    await expect(merge([parts[0]!, forged('neg.json', withEvidence({ satisfied: -1 }))])).rejects.toThrow(/evidence.satisfied must be a whole number/);
    await expect(merge([parts[0]!, forged('extra.json', withEvidence({ note: 'x' }))])).rejects.toThrow(/unknown field 'note'/);
  });

  it('refuses impossible slices and tallies, and a changed property source', async () => {
    await expect(merge([parts[0]!, forged('sat.json', withEvidence({ satisfied: 127 }))])).rejects.toThrow(/holds on 127 of the slice's 128 cases/);
    await expect(merge([parts[0]!, forged('from.json', withEvidence({ from: 127, cases: 129 }))])).rejects.toThrow(/is not slice 2 of 2/);
    await expect(merge([parts[0]!, forged('mode.json', (c) => ({ ...c, method: { mode: 'random', seed: 1, runs: 10 } }))])).rejects.toThrow(/method.mode exhaustive/);
    const claim = (c: Json): Json => ({ ...c, claim: { ...(c.claim as Json), sourceSha256: 'ab'.repeat(32) } });
    await expect(merge([parts[0]!, forged('src.json', claim)])).rejects.toThrow(/claim.sourceSha256 does not match/);
  });
});
