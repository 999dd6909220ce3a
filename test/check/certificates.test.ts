/**
 * Certificates: canonical JSON, integrity, relative sources, one evidence kind per kind of result,
 * atomic writing; and the certificates of catalogue checks pass the independent verifier.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { defineProperty, domains } from '../../src/claim/index.js';
import { buildCertificate, canonicalJson, relativeSource, writeCertificate } from '../../src/certificates/index.js';
import { catalogueDir, findInCatalogue } from '../../src/check/catalogue.js';
import { loadModules } from '../fixtures/catalogueModules.js';
import { runProperty } from '../../src/check/runner.js';
import { verifyCertificate } from '../../src/verifier/index.js';

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

describe('canonical JSON', () => {
  it('sorts keys by UTF-16 code units at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [{ z: null, B: 'x"y' }, true], é: 2, Z: -0.5 })).toBe('{"Z":-0.5,"a":[{"B":"x\\"y","z":null},true],"b":1,"é":2}');
    expect(canonicalJson({ '\u{1F600}': 1, '\uFFFF': 2 })).toBe('{"\u{1F600}":1,"\uFFFF":2}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(RangeError);
    expect(() => canonicalJson({ a: 1n })).toThrow(TypeError);
  });
});

describe('building certificates', () => {
  const ctx = (path: string) => ({ sourcePath: '/p/properties/x.ts', sourceBytes: new TextEncoder().encode('source'), certificatePath: path, tool: 'cubecheck test', date: new Date(0) });
  const holds = defineProperty({ id: 'x', statement: 's', status: 'theorem', variables: { f: domains.booleanFunctions() }, predicate: () => true, defaultScope: { n: 2 } });
  const fails = defineProperty({ ...holds, predicate: ({ f }) => f.values[3] === 1 });
  const some = defineProperty({ ...holds, quantifier: 'exists', predicate: ({ f }) => f.values[3] === -1 });
  const none = defineProperty({ ...holds, quantifier: 'exists', predicate: () => false });

  it('one evidence kind per kind of result, with integrity over the canonical form', async () => {
    const cases: [typeof holds, Parameters<typeof runProperty>[1], unknown][] = [
      [holds, { mode: 'exhaustive' }, { kind: 'exhaustive', cases: 16, satisfied: 16 }],
      [fails, { mode: 'exhaustive' }, { kind: 'counterexample', values: { f: 'hex:8' } }],
      [fails, { mode: 'exhaustive', countAll: true }, { kind: 'counterexample', values: { f: 'hex:8' }, exhaustive: { cases: 16, satisfied: 8 } }],
      [some, { mode: 'exhaustive' }, { kind: 'witness', values: { f: 'hex:8' } }],
      [none, { mode: 'exhaustive' }, { kind: 'exhaustive', cases: 16, satisfied: 0 }],
      [holds, { mode: 'random', runs: 7, seed: 3 }, { kind: 'sampled', seed: 3 }],
    ];
    for (const [p, options, evidence] of cases) {
      const r = await runProperty(p, options);
      const cert = buildCertificate(r, p, ctx('/p/certificates/x.json'))!;
      expect(cert.evidence).toMatchObject(evidence as object);
      expect(cert.method).toEqual(r.mode === 'random' ? { mode: 'random', seed: 3, runs: 7 } : { mode: 'exhaustive', seed: null, runs: null });
      const { integrity, ...body } = cert;
      expect(integrity).toBe(sha(canonicalJson(body)));
      expect(cert.claim).toEqual({ id: 'x', statement: 's', status: 'theorem', quantifier: p.quantifier, source: '../properties/x.ts', sourceSha256: sha('source'), sourceText: 'source' });
      expect(cert.produced).toEqual({ tool: 'cubecheck test', elapsedMs: r.elapsedMs, date: '1970-01-01T00:00:00.000Z' });
    }
    const sampled = buildCertificate(await runProperty(holds, { mode: 'random', runs: 7 }), holds, ctx('/c.json'))!;
    expect(sampled.evidence).toMatchObject({ kind: 'sampled', distribution: 'cubecheck-mix/1', seed: 42, cases: 7, satisfied: 7 });
  });

  it('no certificate for an inconclusive result', async () => {
    const c = new AbortController();
    c.abort();
    expect(buildCertificate(await runProperty(holds, {}, { signal: c.signal }), holds, ctx('/c.json'))).toBeNull();
  });

  it('sources are relative to the certificate directory, with forward slashes', () => {
    expect(relativeSource('/a/b/certificates/t.json', '/a/b/properties/p.ts')).toBe('../properties/p.ts');
    expect(relativeSource('/a/t.json', '/a/p.ts')).toBe('p.ts');
  });
});

describe('written certificates pass the independent verifier', () => {
  it('holds, refuted (with and without --all) and sampled certificates of catalogue claims', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cubecheck-cert-'));
    const catalogue = await loadModules();
    const runs: [string, Parameters<typeof runProperty>[1]][] = [
      ['T4', { n: 3 }],
      ['T8', { n: 2 }],
      ['C1', {}],
      ['C2', { n: 2 }],
      ['T6', { n: 1, countAll: true }],
      ['T10', { n: 6, runs: 40 }],
      ['C2', { mode: 'random', runs: 100 }],
    ];
    for (const [id, options] of runs) {
      const { property, sourcePath } = findInCatalogue(catalogue, id);
      const r = await runProperty(property, options);
      const path = join(dir, `${property.id}-${r.mode}.json`);
      expect(await writeCertificate(path, r, property, sourcePath, 'cubecheck test')).toBe(path);
      const outcome = await verifyCertificate(path);
      expect({ id, outcome: outcome.status, reason: 'reason' in outcome ? outcome.reason : '' }).toEqual({ id, outcome: 'valid', reason: '' });
      const json = JSON.parse(readFileSync(path, 'utf8')) as { claim: { source: string } };
      expect(json.claim.source.endsWith(`/${property.id}.ts`)).toBe(true);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(catalogueDir().endsWith('properties')).toBe(true);
  });
});
