/**
 * The class domains npn-classes, affine-classes, ea-classes: the verifier's own enumeration
 * (src/verifier/classDomains.ts) lists exactly the engine's members in the engine's order; each
 * class appears once (its least member) followed by its generator images; a claim over a class
 * domain is re-checked by verify; a predicate that is not invariant is caught at a generator image.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { MAX_ENUMERATION, decodeValue, encodeValue, enumerate, enumerationWork } from '../../src/verifier/index.js';
import type { ResolvedDomain } from '../../src/claim/index.js';
import { classDomainTables } from '../../src/equivalence/classDomain.js';
import { classTable } from '../../src/equivalence/classCensus.js';
import { handlerFor } from '../../src/search/domains/index.js';
import { runCubecheck } from '../cli/fakeIo.js';

const KINDS = [['npn-classes', 'npn'], ['affine-classes', 'affine'], ['ea-classes', 'ea']] as const;

describe('class domains', () => {
  it('the verifier enumerates the engine listing independently (n <= 4), each class once by its least member', () => {
    for (const [kind, group] of KINDS) {
      for (let n = 0; n <= 4; n++) {
        const d = { kind, n } as ResolvedDomain;
        const engine: string[] = [];
        const c = handlerFor(d).cursor();
        do engine.push(c.encode());
        while (c.next());
        expect(enumerate(d).map((v) => encodeValue(v, d)), `${kind} n = ${n}`).toEqual(engine);
        const reps = classTable(n, group).map((r) => r.representative);
        const listed = Array.from(classDomainTables(n, group));
        expect(listed.filter((t) => reps.includes(t))).toEqual(reps);
        expect(new Set(listed).size).toBe(listed.length);
      }
    }
    expect(enumerationWork({ kind: 'npn-classes', n: 5 } as ResolvedDomain)).toBeGreaterThan(MAX_ENUMERATION);
  });
  it('decoding accepts listed members only', () => {
    const d = { kind: 'ea-classes', n: 3 } as ResolvedDomain;
    expect(decodeValue('hex:c0', d)).toMatchObject({ ok: true });
    expect(decodeValue('hex:01', d)).toMatchObject({ ok: false });
    expect(() => handlerFor(d).decode('hex:01')).toThrow(/not a member/);
  });
  it('a class-domain claim gets a certificate that verify accepts; a non-invariant predicate is refuted at a generator image', async () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'cubecheck-classes-'));
    try {
      const cert = resolve(dir, 'c.json');
      const checked = await runCubecheck(['check', resolve('test/equivalence/fixtures/npn-classes-nl.ts'), '--n', '3', '--cert', cert]);
      expect(checked.code, checked.err).toBe(0);
      const verified = await runCubecheck(['verify', cert]);
      expect(verified.code, verified.err).toBe(0);
      expect(verified.out).toMatch(/holds on n = 3/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // true at every representative (e8 = maj has Fourier degree 3), false at its image e4 (degree 2)
    const r = await runCubecheck(['check', 'forall f in affineclasses(3): not (balanced(f) and deg2(f) = 2) or deg(f) = 3']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/f = hex:e4/);
  });
});
