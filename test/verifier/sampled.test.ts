/**
 * Sampled certificates: the verifier regenerates cases 0..runs-1 from the seed with its own copy
 * of the documented sampler, so a sample it did not draw itself (hand-picked cases, a forged
 * digest, zero runs, another distribution) is rejected, and a real run's certificate verifies.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCertificate } from '../../src/certificates/build.js';
import { runProperty } from '../../src/check/runner.js';
import { type VerifyOutcome, verifyCertificate } from '../../src/verifier/index.js';
import gf2LeDegRaw from './fixtures/gf2-le-deg.js';
import inverseDegreeRaw from './fixtures/inverse-degree.js';
import { fastKernel as K } from '../../src/check/kernel/index.js';
import { BASE_DIR, type Json, certificate, encodeCase, erased, sha256 } from './helpers/certificates.js';
import type { CubeMap, Property } from '../../src/claim/index.js';

const gf2LeDeg = erased(gf2LeDegRaw);
const inverseDegree = erased(inverseDegreeRaw);
const verify = (json: Json): Promise<VerifyOutcome> => verifyCertificate({ json, baseDir: BASE_DIR });
const reason = (o: VerifyOutcome): string => (o.status === 'valid' ? `valid: ${o.summary}` : `${o.status}: ${o.reason}`);

const sampled = (file: string, property: Property, n: number, seed: number, runs: number, evidence: Partial<Json>): Json =>
  certificate({
    file, property, n, verdict: 'holds', method: { mode: 'random', seed, runs },
    evidence: { kind: 'sampled', distribution: 'cubecheck-mix/1', seed, cases: runs, satisfied: runs, digest: sha256(''), ...evidence },
  });

async function realCertificate(file: string, property: Property, n: number, runs: number): Promise<Json> {
  const result = await runProperty(property, { mode: 'random', n, runs });
  const sourcePath = join(BASE_DIR, 'fixtures', `${file}.ts`);
  const ctx = { sourcePath, sourceBytes: readFileSync(sourcePath), certificatePath: join(BASE_DIR, 'sampled.json'), tool: 'test', date: new Date(0) };
  return buildCertificate(result, property, ctx) as unknown as Json;
}

describe('sampled certificates', () => {
  it('a real random run gives a certificate the verifier regenerates and accepts', async () => {
    const cert = await realCertificate('gf2-le-deg', gf2LeDeg, 4, 300);
    expect(cert.evidence).toMatchObject({ kind: 'sampled', distribution: 'cubecheck-mix/1', seed: 42, cases: 300, satisfied: 300 });
    expect(reason(await verify(cert))).toBe('valid: vf-gf2-le-deg holds on the 300 sampled cases at n = 4 (distribution cubecheck-mix/1, seed 42, regenerated; not a proof for every case)');
  });

  it('with 0 runs is invalid (it would prove nothing)', async () => {
    const cert = sampled('gf2-le-deg', gf2LeDeg, 4, 42, 0, {});
    expect(reason(await verify(cert))).toBe('invalid: method.runs must be at least 1 for sampled evidence (0 sampled cases prove nothing)');
  });

  it('"seed 42" with 1000 hand-picked bijections satisfying C1 is rejected: the real seed-42 sample refutes C1', async () => {
    const n = 3;
    // Signed permutations satisfy C1 (the inverse is a signed permutation too): hand-picked, honestly digested.
    const perms = [[0, 1, 2], [1, 2, 0], [2, 0, 1], [0, 2, 1], [1, 0, 2], [2, 1, 0]];
    const picks: CubeMap[] = Array.from({ length: 1000 }, (_, k) => {
      const perm = perms[k % 6]!;
      const image = Uint32Array.from({ length: 8 }, (_, x) => perm.reduce((y, p, j) => y | (((x >>> p) & 1) << j), 0) ^ (k % 8));
      return { n, m: n, image };
    });
    expect(picks.every((T) => inverseDegree.predicate({ T } as never, K, { n }))).toBe(true);
    const text = picks.map((T) => `${encodeCase(inverseDegree, n, [T]).T}\t1\n`).join('');
    const forged = sampled('inverse-degree', inverseDegree, n, 42, 1000, { digest: sha256(text) });
    expect(reason(await verify(forged))).toMatch(/^invalid: sampled case \d+ \(T = perm:[0-9,]+\) does not satisfy the predicate/);
    // And a real seed-42 run refutes it (so no honest sampled certificate exists).
    expect((await runProperty(inverseDegree, { mode: 'random', n })).verdict).toBe('refuted');
  });

  it('a forged digest for a true claim is rejected', async () => {
    const cert = sampled('gf2-le-deg', gf2LeDeg, 3, 42, 50, { digest: sha256('anything') });
    expect(reason(await verify(cert))).toMatch(/^invalid: evidence.digest does not match the regenerated cases/);
  });

  it('an unknown distribution, a seed other than the method seed, or a case list (the old format) is rejected', async () => {
    const real = await realCertificate('gf2-le-deg', gf2LeDeg, 3, 20);
    const ev = real.evidence as Json;
    expect(reason(await verify(sampled('gf2-le-deg', gf2LeDeg, 3, 42, 20, { ...ev, distribution: 'uniform' })))).toMatch(/^invalid: evidence.distribution "uniform" is not one the verifier knows/);
    expect(reason(await verify(sampled('gf2-le-deg', gf2LeDeg, 3, 42, 20, { ...ev, seed: 43 })))).toBe('invalid: evidence.seed 43 differs from method.seed 42');
    const old = certificate({ file: 'gf2-le-deg', property: gf2LeDeg, n: 3, verdict: 'holds', method: { mode: 'random', seed: 42, runs: 1 }, evidence: { kind: 'sampled', seed: 42, cases: [{ f: 'hex:00' }] } });
    expect(reason(await verify(old))).toBe('invalid: evidence.distribution is missing');
    expect(reason(await verify(sampled('gf2-le-deg', gf2LeDeg, 3, 42, 20, { ...ev, satisfied: 19 })))).toBe('invalid: evidence.satisfied = 19 but the predicate holds on 20 regenerated cases');
    expect(reason(await verify(sampled('gf2-le-deg', gf2LeDeg, 3, 42, 20, { ...ev, cases: 21 })))).toBe('invalid: evidence.cases = 21 but method.runs is 20');
  });
});
