/**
 * The verifier on sharded evidence: a partial (exhaustive-slice) certificate is valid for its
 * slice only; a merged (exhaustive-sharded) one is re-enumerated slice by slice. Tampering with a
 * digest, a count or a bound is rejected, even with a fresh integrity hash.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, mergeCertificateFiles, sha256Hex, writeCertificate } from '../../src/certificates/index.js';
import { findInCatalogue } from '../../src/check/catalogue.js';
import { loadModules } from '../fixtures/catalogueModules.js';
import { runProperty } from '../../src/check/runner.js';
import { ISOLATED_FOREIGN_CODE, verifyCertificate } from '../../src/verifier/index.js';

const dir = mkdtempSync(join(tmpdir(), 'cubecheck-verify-shard-'));
const parts: string[] = [];
let merged: string;

type Json = Record<string, any>;

/** Writes a changed copy with a fresh integrity hash, so the evidence check is what decides. */
function tampered(path: string, name: string, change: (c: Json) => void): string {
  const cert = JSON.parse(readFileSync(path, 'utf8')) as Json;
  change(cert);
  delete cert.integrity;
  cert.integrity = sha256Hex(canonicalJson(cert));
  const out = join(dir, name);
  writeFileSync(out, JSON.stringify(cert));
  return out;
}

async function reason(path: string): Promise<string> {
  const outcome = await verifyCertificate(path);
  expect(outcome.status).toBe('invalid');
  return outcome.status === 'invalid' ? outcome.reason : '';
}

beforeAll(async () => {
  const t4 = findInCatalogue(await loadModules(), 'T4-gf2-degree-le-degree');
  for (let i = 1; i <= 3; i++) {
    const result = await runProperty(t4.property, { n: 3, mode: 'exhaustive', shard: { index: i, count: 3 } });
    parts.push((await writeCertificate(join(dir, `part-${i}.json`), result, t4.property, t4.sourcePath, 'cubecheck test'))!);
  }
  merged = join(dir, 'merged.json');
  await mergeCertificateFiles(parts, dir, merged, 'cubecheck test');
});

describe('exhaustive-slice', () => {
  it('is valid partial: slice i of N, and says it proves only its slice', async () => {
    const outcome = await verifyCertificate(parts[1]!);
    expect(outcome).toMatchObject({ status: 'valid' });
    expect(outcome.status === 'valid' && outcome.summary).toMatch(/^partial: slice 2 of 3 .*cases \[85, 170\) of 256 \(proves only this slice\)/);
  });

  it('rejects a tampered digest, bound, total or verdict', async () => {
    expect(await reason(tampered(parts[0]!, 's-digest.json', (c) => (c.evidence.digest = '0'.repeat(64))))).toMatch(/evidence\.digest does not match/);
    expect(await reason(tampered(parts[0]!, 's-to.json', (c) => (c.evidence.to = 90)))).toMatch(/is not slice 1 of 3, which is \[0, 85\)/);
    expect(await reason(tampered(parts[0]!, 's-total.json', (c) => (c.evidence.total = 255)))).toMatch(/evidence\.total = 255/);
    expect(await reason(tampered(parts[0]!, 's-verdict.json', (c) => (c.verdict = 'holds')))).toMatch(/needs verdict partial/);
    expect(await reason(tampered(parts[0]!, 's-shard.json', (c) => (c.evidence.shard = 2)))).toMatch(/not slice 2 of 3/);
  });
});

describe('exhaustive-sharded', () => {
  it('is valid and proves the whole claim', async () => {
    expect(await verifyCertificate(merged)).toEqual({ status: 'valid', summary: 'T4-gf2-degree-le-degree holds on n = 3 (exhaustive in 3 slices, 256 cases)', trust: ISOLATED_FOREIGN_CODE });
  });

  it('rejects a tampered slice digest', async () => {
    const path = tampered(merged, 'm-digest.json', (c) => (c.evidence.slices[1].digest = c.evidence.slices[0].digest));
    expect(await reason(path)).toMatch(/evidence\.slices\[1\]\.digest does not match/);
  });

  it('rejects a tampered slice bound: a gap, an overlap, a short cover', async () => {
    expect(await reason(tampered(merged, 'm-gap.json', (c) => (c.evidence.slices[1].from = 86)))).toMatch(/slices\[1\]: cases \[85, 86\) are in no slice/);
    expect(await reason(tampered(merged, 'm-overlap.json', (c) => (c.evidence.slices[1].from = 84)))).toMatch(/slices\[1\] overlaps/);
    const short = tampered(merged, 'm-short.json', (c) => {
      c.evidence.slices.pop();
      c.evidence.cases = 170;
      c.evidence.satisfied = 170;
    });
    expect(await reason(short)).toMatch(/cover \[0, 170\) but the domain has 256 cases/);
  });

  it('rejects wrong sums and a verdict the counts do not support', async () => {
    expect(await reason(tampered(merged, 'm-cases.json', (c) => (c.evidence.cases = 255)))).toMatch(/evidence\.cases = 255/);
    expect(await reason(tampered(merged, 'm-verdict.json', (c) => (c.verdict = 'refuted')))).toMatch(/forAll-holds or exists-refuted/);
    expect(await reason(tampered(merged, 'm-partial.json', (c) => (c.verdict = 'partial')))).toMatch(/verdict partial needs evidence\.kind exhaustive-slice/);
  });
});
