/**
 * The world-model claims of the catalogue (docs/math.md S1-S3, C3) on every scope they are stated for,
 * with the checker; their default scopes are also certified (certificates/, verified in
 * test/certificates). C3 is refuted at d = 2 exactly by the 16 psi that are not signed permutations.
 */
import { describe, expect, it } from 'vitest';
import type { Property } from '../../src/claim/property.js';
import type { CubeMap } from '../../src/claim/values.js';
import { findInCatalogue } from '../../src/check/catalogue.js';
import { loadCatalogue } from '../../src/lang/catalogue.js';
import { fastKernel } from '../../src/check/kernel/index.js';
import { runProperty } from '../../src/check/runner.js';
import { InputError } from '../../src/core/result.js';
import { verifierKernel } from '../../src/verifier/index.js';

const catalogue = await loadCatalogue();
const get = (id: string): Property => findInCatalogue(catalogue, id).property;

describe('S1-S3 hold on every scope they are stated for', () => {
  const scopes: [string, number[]][] = [
    ['S1-single-task-not-identifiable', [2, 3]],
    ['S1-single-task-not-identifiable-d3', [3]],
    ['S2-dictators-identify-by-degree', [2, 3]],
    ['S3-all-parities-affine', [1, 2, 3]],
  ];
  for (const [id, ns] of scopes) {
    it(`${id} at d = ${ns.join(', ')}`, async () => {
      for (const n of ns) {
        const r = await runProperty(get(id), { n });
        expect([n, r.mode, r.verdict, r.satisfied]).toEqual([n, 'exhaustive', 'holds', r.cases]);
      }
    });
  }

  it('closed claims have one case; S2 is not stated at d = 1 (every bijection of C_1 is a signed permutation) nor beyond d = 3', async () => {
    expect((await runProperty(get('S2'), {})).cases).toBe(1);
    await expect(runProperty(get('S2'), { n: 1 })).rejects.toThrow(InputError);
    await expect(runProperty(get('S3'), { n: 4 })).rejects.toThrow(InputError);
  });

  it('S2 would be false at d = 1: head-gf2 recovers up to signed permutations there', () => {
    const s2 = get('S2');
    expect(s2.predicate({} as never, fastKernel, { n: 1 })).toBe(false);
    expect(s2.predicate({} as never, verifierKernel, { n: 1 })).toBe(false);
  });
});

describe('C3 (head+rep with dictator tasks recovers whatever psi is)', () => {
  it('holds at d = 1 and is refuted at d = 2: first counterexample psi = perm:0,1,3,2 = (x1 x2, x2), 16 of 24 psi fail', async () => {
    expect((await runProperty(get('C3'), { n: 1 })).verdict).toBe('holds');
    const r = await runProperty(get('C3'), { countAll: true });
    expect([r.verdict, r.counterexample!.encoded.psi, r.foundAt, r.counterexamples]).toEqual(['refuted', 'perm:0,1,3,2', 2, 16]);
  });

  it('fails exactly for the psi that are not signed permutations (at d = 2), by both kernels', () => {
    const c3 = get('C3');
    const perms = (items: number[]): number[][] => (items.length === 0 ? [[]] : items.flatMap((x) => perms(items.filter((y) => y !== x)).map((p) => [x, ...p])));
    for (const p of perms([0, 1, 2, 3])) {
      const psi: CubeMap = { n: 2, m: 2, image: Uint32Array.from(p) };
      const expected = fastKernel.isSignedPermutation(psi);
      expect(c3.predicate({ psi } as never, fastKernel, { n: 2 }), p.join(',')).toBe(expected);
      expect(c3.predicate({ psi } as never, verifierKernel, { n: 2 }), p.join(',')).toBe(expected);
    }
  });
});
