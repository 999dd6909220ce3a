/**
 * Sharded exhaustive checks: slices tile the canonical order, shards of T4 at n = 3 merge into a
 * certificate the verifier accepts with the counts of the unsharded run, merge refuses gaps,
 * duplicates and mixed claims, and a shard holding a counterexample (C1 at n = 3) is a refutation.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeCertificateFiles, writeCertificate } from '../../src/certificates/index.js';
import { type LoadedProperty, findInCatalogue } from '../../src/check/catalogue.js';
import { loadModules } from '../fixtures/catalogueModules.js';
import { runProperty } from '../../src/check/runner.js';
import { parseShard, sliceOf } from '../../src/check/slice.js';
import { verifyCertificate } from '../../src/verifier/index.js';
import { SEED } from './helpers.js';

const T4 = 'T4-gf2-degree-le-degree';
const C1 = 'C1-inverse-coordinate-degree';
let t4: LoadedProperty;
let c1: LoadedProperty;
const dir = mkdtempSync(join(tmpdir(), 'cubecheck-shard-'));

async function shard(loaded: LoadedProperty, n: number, index: number, count: number, name: string): Promise<string> {
  const result = await runProperty(loaded.property, { n, mode: 'exhaustive', shard: { index, count } });
  const written = await writeCertificate(join(dir, name), result, loaded.property, loaded.sourcePath, 'cubecheck test');
  expect(written).not.toBeNull();
  return written!;
}

async function shards(loaded: LoadedProperty, n: number, count: number, tag: string): Promise<string[]> {
  const out: string[] = [];
  for (let i = 1; i <= count; i++) out.push(await shard(loaded, n, i, count, `${tag}-${i}.json`));
  return out;
}

beforeAll(async () => {
  const catalogue = await loadModules();
  t4 = findInCatalogue(catalogue, T4);
  c1 = findInCatalogue(catalogue, C1);
});

describe('slices', () => {
  it('tile [0, total) in order, sizes differing by at most one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 50 }), (total, count) => {
        let next = 0;
        const sizes: number[] = [];
        for (let i = 1; i <= count; i++) {
          const s = sliceOf(total, { index: i, count });
          expect(s.from).toBe(next);
          sizes.push(s.to - s.from);
          next = s.to;
        }
        expect(next).toBe(total);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
      { seed: SEED, numRuns: 200 },
    );
    expect(sliceOf(256, { index: 3, count: 3 })).toEqual({ index: 3, count: 3, from: 170, to: 256, total: 256 });
  });

  it('parse as i/N with 1 <= i <= N', () => {
    expect(parseShard('2/7')).toEqual({ index: 2, count: 7 });
    for (const bad of ['0/3', '4/3', '1/0', '1', 'a/b', '-1/3']) expect(() => parseShard(bad)).toThrow(/--shard/);
  });
});

describe('shard and merge T4 at n = 3', () => {
  it.each([1, 3, 7])('N = %i gives a certificate the verifier accepts, with the unsharded counts', async (count) => {
    const whole = await runProperty(t4.property, { n: 3, mode: 'exhaustive' });
    expect(whole.verdict).toBe('holds');
    const parts = await shards(t4, 3, count, `t4-of-${count}`);
    for (const p of parts) {
      const cert = JSON.parse(readFileSync(p, 'utf8'));
      expect(cert.verdict).toBe('partial');
      expect(cert.evidence.kind).toBe('exhaustive-slice');
      const outcome = await verifyCertificate(p);
      expect(outcome).toMatchObject({ status: 'valid' });
      expect(outcome.status === 'valid' && outcome.summary).toMatch(new RegExp(`^partial: slice ${cert.evidence.shard} of ${count}`));
    }
    const out = join(dir, `t4-merged-${count}.json`);
    // Any order of the inputs gives the same certificate.
    await mergeCertificateFiles([...parts].reverse(), dir, out, 'cubecheck test');
    const merged = JSON.parse(readFileSync(out, 'utf8'));
    expect(merged.verdict).toBe('holds');
    expect(merged.evidence.kind).toBe('exhaustive-sharded');
    expect(merged.evidence.slices).toHaveLength(count);
    expect(merged.evidence.cases).toBe(whole.cases);
    expect(merged.evidence.satisfied).toBe(whole.satisfied);
    if (count === 1) expect(merged.evidence.slices[0].digest).toBe(whole.digest);
    expect(await verifyCertificate(out)).toMatchObject({ status: 'valid' });
  });

  it('refuses a missing shard, a duplicated shard and mixed claims', async () => {
    const parts = await shards(t4, 3, 3, 't4-refuse');
    const merge = (files: string[]) => mergeCertificateFiles(files, dir, null, 'cubecheck test');
    await expect(merge([parts[0]!, parts[2]!])).rejects.toThrow(/cases \[85, 170\) are missing/);
    await expect(merge([parts[0]!, parts[1]!])).rejects.toThrow(/missing/);
    await expect(merge([parts[0]!, parts[0]!, parts[1]!, parts[2]!])).rejects.toThrow(/given twice/);
    const otherN = await shard(t4, 2, 2, 3, 't4-n2-2.json');
    await expect(merge([parts[0]!, otherN, parts[2]!])).rejects.toThrow(/claim, scope or method differs/);
    const otherCount = await shard(t4, 3, 2, 2, 't4-half-2.json');
    await expect(merge([parts[0]!, otherCount])).rejects.toThrow(/one of 3/);
    const whole = join(dir, 't4-whole.json');
    await writeCertificate(whole, await runProperty(t4.property, { n: 3, mode: 'exhaustive' }), t4.property, t4.sourcePath, 'cubecheck test');
    await expect(merge([parts[0]!, whole])).rejects.toThrow(/not a partial certificate/);
  });
});

describe('a shard with a counterexample', () => {
  it('C1 at n = 3: the shard holding the first counterexample is an ordinary refutation', async () => {
    const whole = await runProperty(c1.property, { n: 3, mode: 'exhaustive' });
    expect(whole.verdict).toBe('refuted');
    const at = whole.foundAt!;
    const count = 3;
    const index = [1, 2, 3].find((i) => {
      const s = sliceOf(40320, { index: i, count });
      return s.from < at && at <= s.to;
    })!;
    const result = await runProperty(c1.property, { n: 3, mode: 'exhaustive', shard: { index, count } });
    expect(result.verdict).toBe('refuted');
    expect(result.foundAt).toBe(at);
    expect(result.counterexample!.encoded).toEqual(whole.counterexample!.encoded);
    const { formatResult } = await import('../../src/report/check/text.js');
    expect(formatResult(result, c1.property.statement, null)).toMatch(/^mode: exhaustive over slice 1 of 3: cases \[0, 13,440\) of 40,320 in canonical order/m);
    const path = await shard(c1, 3, index, count, 'c1-shard.json');
    const cert = JSON.parse(readFileSync(path, 'utf8'));
    expect(cert.verdict).toBe('refuted');
    expect(cert.evidence.kind).toBe('counterexample');
    expect(await verifyCertificate(path)).toMatchObject({ status: 'valid' });
  });

  it('--shard needs --mode exhaustive and refuses --all', async () => {
    await expect(runProperty(t4.property, { n: 3, mode: 'random', shard: { index: 1, count: 2 } })).rejects.toThrow(/--mode exhaustive/);
    await expect(runProperty(t4.property, { n: 3, mode: 'exhaustive', countAll: true, shard: { index: 1, count: 2 } })).rejects.toThrow(/--all/);
  });
});
