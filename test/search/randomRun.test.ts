/**
 * Random runs: case k depends only on (seed, k), the run's digest is the documented one over the
 * sampled lines, memory (and the certificate) does not grow with the number of runs, and long
 * cases pause for progress more often.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildCertificate } from '../../src/certificates/build.js';
import { defineProperty, domains } from '../../src/claim/index.js';
import { fastKernel as K } from '../../src/check/kernel/index.js';
import { chunkFor } from '../../src/check/random.js';
import { runProperty } from '../../src/check/runner.js';
import type { Progress } from '../../src/check/types.js';
import { encodeBoolean } from '../../src/search/domains/encoding.js';
import { sampleCase } from '../../src/search/arbitraries/index.js';
import type { Fn } from '../../src/claim/values.js';

const gf2LeDeg = defineProperty({
  id: 'gf2-le-deg', statement: 'gf2 degree <= degree', status: 'theorem', variables: { f: domains.booleanFunctions() },
  predicate: ({ f }, k) => (k.gf2Degree(f) ?? 0) <= (k.degree(f) ?? 0), defaultScope: { n: 4 }, maxN: 20,
});
const ctx = { sourcePath: '/p/x.ts', sourceBytes: new Uint8Array(), certificatePath: '/p/c.json', tool: 'test', date: new Date(0) };

describe('random runs', () => {
  it('the digest is SHA-256 of "<encoding>\\t1\\n" for cases 0..runs-1 drawn from (seed, k)', async () => {
    const r = await runProperty(gf2LeDeg, { mode: 'random', runs: 64, seed: -5 });
    const lines = Array.from({ length: 64 }, (_, k) => `${encodeBoolean(sampleCase([{ kind: 'boolean-functions', n: 4 }], -5, k)[0] as Fn)}\t1\n`).join('');
    expect(r.digest).toBe(createHash('sha256').update(lines).digest('hex'));
    expect([r.cases, r.satisfied, r.distribution]).toEqual([64, 64, 'cubecheck-mix/1']);
  });

  it('case k does not depend on the number of runs: the first counterexample is found at the same case', async () => {
    const p = defineProperty({ ...gf2LeDeg, id: 'deg-le-2', predicate: ({ f }, k) => (k.degree(f) ?? 0) <= 2 });
    const a = await runProperty(p, { mode: 'random', runs: 1000 });
    const b = await runProperty(p, { mode: 'random', runs: a.cases });
    expect(b.cases).toBe(a.cases);
    expect(b.counterexample!.encoded).toEqual(a.counterexample!.encoded);
    expect(K.degree(a.counterexample!.values.f as Fn)).toBe(3);
  });

  it('memory does not grow with runs: the result and the certificate keep a digest, not the cases', async () => {
    const small = await runProperty(gf2LeDeg, { mode: 'random', runs: 10 });
    const large = await runProperty(gf2LeDeg, { mode: 'random', runs: 4000 });
    const size = (r: typeof small): number => JSON.stringify(buildCertificate(r, gf2LeDeg, ctx)).length;
    expect(Math.abs(size(large) - size(small))).toBeLessThan(16);
    expect('sampled' in large).toBe(false);
    expect(Object.values(large).some((v) => Array.isArray(v) && v.length >= 4000)).toBe(false);
  });

  it('big cases pause for progress every few cases (deterministically by size)', async () => {
    expect(chunkFor([{ n: 4 }])).toBe(100);
    expect(chunkFor([{ n: 20 }])).toBe(3);
    const seen: Progress[] = [];
    const always = defineProperty({ ...gf2LeDeg, id: 'always', predicate: () => true });
    await runProperty(always, { mode: 'random', n: 16, runs: 130 }, { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.done)).toEqual([63, 126]);
  });
});
