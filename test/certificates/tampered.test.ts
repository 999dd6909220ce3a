/**
 * The committed certificates of the world-model claims (T11, S1-S4, C3) are re-checked, not
 * trusted: a forged tally, verdict or counterexample is rejected even with a recomputed integrity
 * hash, and so is the S4 certificate pointed at a copy of its property whose recorded curve was
 * altered (two flags swapped, so the counts and the statement are unchanged).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalJson, integrityOf, verifyCertificate, type VerifyOutcome } from '../../src/verifier/index.js';

type Json = Record<string, unknown>;
const root = join(import.meta.dirname, '..', '..');
const certificates = join(root, 'certificates');
const load = (id: string): Json => JSON.parse(readFileSync(join(certificates, `${id}.json`), 'utf8')) as Json;
const sealed = (c: Json): Json => ({ ...c, integrity: integrityOf(c) });
const verify = (c: Json, baseDir = certificates): Promise<VerifyOutcome> => verifyCertificate({ json: sealed(c), baseDir });
const reason = (o: VerifyOutcome): string => (o.status === 'valid' ? `valid: ${o.summary}` : `${o.status}: ${o.reason}`);
const temp = mkdtempSync(join(tmpdir(), 'cubecheck-tampered-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('tampered world-model certificates', () => {
  it('T11: a forged satisfied count or digest is rejected', async () => {
    const c = load('T11-half-cube-interpolation');
    const e = c.evidence as Json;
    expect(reason(await verify(c))).toBe('valid: T11-half-cube-interpolation holds on n = 3 (exhaustive, 256 cases)');
    expect(reason(await verify({ ...c, evidence: { ...e, satisfied: 255 } }))).toBe('invalid: evidence.satisfied = 255 but the re-enumeration finds 256');
    expect(reason(await verify({ ...c, evidence: { ...e, digest: '0'.repeat(64) } }))).toMatch(/^invalid: evidence.digest does not match/);
  });

  it('S1: moving the certificate to another scope or changing its count is rejected', async () => {
    const c = load('S1-single-task-not-identifiable');
    expect(reason(await verify({ ...c, evidence: { ...(c.evidence as Json), cases: 17 } }))).toBe('invalid: evidence.cases = 17 but the domain has 16 cases');
    const scope = c.scope as { n: number; variables: { name: string; domain: Json }[] };
    const atOne = { n: 1, variables: [{ name: 'h', domain: { kind: 'boolean-functions', n: 1 } }] };
    expect(scope.n).toBe(2);
    expect(reason(await verify({ ...c, scope: atOne }))).toBe("invalid: scope.n = 1 is outside the property's range 2..3");
  });

  it('S2, S3: a closed theorem cannot be turned into a refutation by an empty counterexample', async () => {
    for (const id of ['S2-dictators-identify-by-degree', 'S3-all-parities-affine']) {
      const c = load(id);
      expect(reason(await verify(c))).toBe(`valid: ${id} holds on n = 3 (closed claim: its one case)`);
      const forged = { ...c, verdict: 'refuted', evidence: { kind: 'counterexample', values: {} } };
      expect(reason(await verify(forged))).toBe('invalid: counterexample the empty assignment (a closed claim) satisfies the predicate');
    }
  });

  it('C3: a counterexample that recovers, or is not a bijection, is rejected', async () => {
    const c = load('C3-head-rep-dictators');
    expect(reason(await verify(c))).toBe('valid: C3-head-rep-dictators refuted on n = 2 (counterexample psi = perm:0,1,3,2)');
    const withPsi = (psi: string): Json => ({ ...c, evidence: { kind: 'counterexample', values: { psi } } });
    expect(reason(await verify(withPsi('perm:0,2,1,3')))).toBe('invalid: counterexample psi = perm:0,2,1,3 satisfies the predicate');
    expect(reason(await verify(withPsi('perm:0,0,1,2')))).toBe('invalid: evidence.values.psi = perm:0,0,1,2 is not a bijection, so it is not in the domain bijections');
  });

  it('S4: pointed at a copy of the property with two flags of one row swapped, the certificate is rejected', async () => {
    const c = load('S4-identifiability-curve');
    expect(reason(await verify(c))).toBe('valid: S4-identifiability-curve holds on n = 2 (closed claim: its one case)');
    const text = readFileSync(join(root, 'properties', 'S4-identifiability-curve.ts'), 'utf8');
    const row = "'00000010100000000000'";
    expect(text.split(row)).toHaveLength(3); // head-degree and head-profile, k = 3
    const claimIndex = join(root, 'src', 'claim', 'index.js').split('\\').join('/');
    const altered = text.replace(row, "'10000000100000000000'").replaceAll("'../src/claim/index.js'", `'${claimIndex}'`);
    const copy = join(temp, 'S4-copy.ts');
    writeFileSync(copy, altered);
    const claim = { ...(c.claim as Json), source: relative(temp, copy), sourceSha256: createHash('sha256').update(altered).digest('hex'), sourceText: altered };
    expect(canonicalJson(claim)).not.toBe(canonicalJson(c.claim));
    expect(reason(await verify({ ...c, claim }, temp))).toBe('invalid: evidence.satisfied = 1 but the re-enumeration finds 0');
  });
});
