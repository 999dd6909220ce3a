import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type VerifyOutcome, verifyCertificate } from '../../src/verifier/index.js';
import degreeBelowNRaw from './fixtures/degree-below-n.js';
import gf2LeDegRaw from './fixtures/gf2-le-deg.js';
import throwsRaw from './fixtures/throws.js';
import { catalog } from './helpers/catalog.js';
import { BASE_DIR, type Json, type Spec, certificate, erased, tally, withIntegrity } from './helpers/certificates.js';
import { removeTempDirs, tempDir, writeCertificate } from './helpers/files.js';

afterAll(removeTempDirs);

const degreeBelowN = erased(degreeBelowNRaw);
const gf2LeDeg = erased(gf2LeDegRaw);
const throws = erased(throwsRaw);

const verify = (json: Json): Promise<VerifyOutcome> => verifyCertificate({ json, baseDir: BASE_DIR });
const reason = (o: VerifyOutcome): string => (o.status === 'valid' ? `valid: ${o.summary}` : `${o.status}: ${o.reason}`);
const falseClaim = (evidence: Json, verdict: Spec['verdict'] = 'holds', method?: Spec['method']): Json =>
  certificate({ file: 'degree-below-n', property: degreeBelowN, n: 2, verdict, evidence, ...(method ? { method } : {}) });
const edit = (cert: Json, at: 'claim' | 'scope', fields: Json): Json => withIntegrity({ ...cert, [at]: { ...(cert[at] as Json), ...fields } });

describe('a false claim with forged evidence', () => {
  const honest = tally(degreeBelowN, 2);

  it('is rejected when an exhaustive "holds" certificate claims every case passes', async () => {
    expect(honest).toMatchObject({ cases: 16, satisfied: 6 });
    const forged = falseClaim({ kind: 'exhaustive', cases: 16, satisfied: 16, digest: honest.digest });
    expect(reason(await verify(forged))).toBe('invalid: evidence.satisfied = 16 but the re-enumeration finds 6');
  });

  it('is rejected when the tally is honest but the verdict says holds', async () => {
    expect(reason(await verify(falseClaim({ kind: 'exhaustive', ...honest })))).toBe(
      'invalid: the predicate holds on 6 of 16 cases, so the verdict holds is wrong',
    );
  });

  it('is rejected as a sampled certificate whose regenerated cases include a counterexample', async () => {
    const sampled = falseClaim({ kind: 'sampled', distribution: 'cubecheck-mix/1', seed: 3, cases: 50, satisfied: 50, digest: honest.digest }, 'holds', { mode: 'random', seed: 3, runs: 50 });
    expect(reason(await verify(sampled))).toMatch(/^invalid: sampled case \d+ \(f = hex:[0-9a-f]\) does not satisfy the predicate/);
  });

  it('has counterexamples checked: one that satisfies the predicate is rejected', async () => {
    const wrong = falseClaim({ kind: 'counterexample', values: { f: 'hex:0' } }, 'refuted');
    expect(reason(await verify(wrong))).toBe('invalid: counterexample f = hex:0 satisfies the predicate');
    const extra = falseClaim({ kind: 'counterexample', values: { f: 'hex:6', g: 'hex:1' } }, 'refuted');
    expect(reason(await verify(extra))).toBe('invalid: evidence.values must give exactly the variables f');
  });
});

describe('other failed checks', () => {
  const valid = catalog[0]!.cert;

  it('names the integrity hash first', async () => {
    const integrity = valid.integrity as string;
    const broken = { ...valid, integrity: `${integrity[0] === '0' ? '1' : '0'}${integrity.slice(1)}` };
    expect(reason(await verify(broken))).toBe('invalid: integrity hash mismatch');
    expect(reason(await verify({ ...valid, verdict: 'refuted' }))).toBe('invalid: integrity hash mismatch');
  });

  it('checks the embedded source: present, hash, default export; claim.source a relative path (never opened)', async () => {
    expect(reason(await verify(edit(valid, 'claim', { source: 'fixtures/none.ts' })))).toMatch(/^valid: /);
    expect(reason(await verify(edit(valid, 'claim', { sourceText: readFileSync(join(BASE_DIR, 'fixtures/dictators.ts'), 'utf8') })))).toMatch(
      /^invalid: claim.sourceSha256 does not match the embedded source claim.sourceText/,
    );
    const { sourceText: _text, ...withoutText } = valid.claim as Json;
    expect(reason(await verify(withIntegrity({ ...valid, claim: withoutText })))).toMatch(/^invalid: claim.sourceText is missing/);
    expect(reason(await verify(edit(valid, 'claim', { source: join(BASE_DIR, 'fixtures/gf2-le-deg.ts') })))).toBe(
      'invalid: claim.source must be a relative path with forward slashes',
    );
    const notProperty = certificate({ file: 'not-a-property', property: gf2LeDeg, n: 1, verdict: 'holds', evidence: { kind: 'exhaustive', cases: 4, satisfied: 4, digest: '0'.repeat(64) } });
    expect(reason(await verify(notProperty))).toBe('invalid: claim.source fixtures/not-a-property.ts has no property as its default export');
  });

  it('checks the scope against the property', async () => {
    const atZero = certificate({ file: 'degree-below-n', property: degreeBelowN, n: 0, verdict: 'refuted', evidence: { kind: 'counterexample', values: { f: 'tt:+' } } });
    expect(reason(await verify(atZero))).toBe("invalid: scope.n = 0 is outside the property's range 1..6");
    expect(reason(await verify(edit(valid, 'scope', { n: 4 })))).toBe(
      `invalid: scope.variables[0].domain {"kind":"boolean-functions","n":3} does not match the property's {"kind":"boolean-functions","n":4} at n = 4`,
    );
  });

  it('reports a predicate that throws, and a domain too large to re-enumerate', async () => {
    const t = certificate({ file: 'throws', property: throws, n: 1, verdict: 'holds', evidence: { kind: 'exhaustive', cases: 4, satisfied: 4, digest: '0'.repeat(64) } });
    expect(reason(await verify(t))).toBe('invalid: the predicate threw on t = perm:0,0: inverse of a map that is not a bijection');
    const huge = certificate({ file: 'gf2-le-deg', property: gf2LeDeg, n: 5, verdict: 'holds', evidence: { kind: 'exhaustive', cases: 2 ** 32, satisfied: 2 ** 32, digest: '0'.repeat(64) } });
    expect(reason(await verify(huge))).toBe(
      'invalid: evidence: domain boolean-functions at n = 5 is too large to re-enumerate (4294967296 candidates, limit 1048576)',
    );
  });

  it('checks the verdict, quantifier, mode and evidence kind fit together', async () => {
    const witnessForAll = falseClaim({ kind: 'witness', values: { f: 'hex:0' } });
    expect(reason(await verify(witnessForAll))).toBe('invalid: evidence.kind witness needs verdict holds and quantifier exists, not holds and forAll');
    const randomExhaustive = falseClaim({ kind: 'exhaustive', ...tally(degreeBelowN, 2) }, 'holds', { mode: 'random', seed: 1, runs: 16 });
    expect(reason(await verify(randomExhaustive))).toBe('invalid: evidence.kind exhaustive needs method.mode exhaustive');
    const badSeed = falseClaim({ kind: 'counterexample', values: { f: 'hex:6' } }, 'refuted', { mode: 'exhaustive', seed: 5, runs: null });
    expect(reason(await verify(badSeed))).toBe('invalid: method.seed must be null in exhaustive mode');
  });
});

describe('unreadable certificates', () => {
  const dir = tempDir();
  const file = (name: string, text: string): string => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('reads a valid certificate from a file, with claim.source relative to its directory', async () => {
    const path = writeCertificate(dir, 'ok.json', catalog[0]!.cert);
    expect(reason(await verifyCertificate(path))).toBe('valid: vf-gf2-le-deg holds on n = 3 (exhaustive, 256 cases)');
  });

  it('gives unreadable for a missing file, text that is not JSON, another format or version', async () => {
    const cases: [string, RegExp][] = [
      [join(dir, 'missing.json'), /^unreadable: cannot read the file \(ENOENT/],
      [file('text.json', '{"format": "cubecheck-certificate",'), /^unreadable: not JSON/],
      [file('array.json', '[1, 2]'), /^unreadable: not a cubecheck certificate/],
      [file('other.json', '{"format": "something-else", "version": 1}'), /^unreadable: not a cubecheck certificate/],
      [file('v2.json', JSON.stringify({ ...catalog[0]!.cert, version: 2 })), /^unreadable: unknown certificate version 2 \(this verifier reads version 1\)$/],
    ];
    for (const [path, expected] of cases) expect(reason(await verifyCertificate(path))).toMatch(expected);
  });
});

describe('a certificate moved away from its property file', () => {
  it('still verifies: the module is embedded, claim.source is never opened', async () => {
    const dir = tempDir();
    const path = join(dir, 'moved.json');
    writeFileSync(path, JSON.stringify(catalog[0]!.cert));
    expect(reason(await verifyCertificate(path))).toMatch(/^valid: vf-gf2-le-deg holds on n = 3/);
  });
});
