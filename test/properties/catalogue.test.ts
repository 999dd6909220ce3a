/**
 * The catalogue claims themselves: every theorem holds exhaustively on the small scopes below its
 * default; the conjectures C1 and C2 hold where every bijection is affine (n <= 2) and are refuted
 * at n = 3 with known first counterexamples and counts; and each predicate gives the same answer
 * with the checker's kernel and with the verifier's independent one. The world-model claims
 * (S1-S4, C3) are in worldModel.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveDomain } from '../../src/claim/domains.js';
import type { Property } from '../../src/claim/property.js';
import type { CubeMap } from '../../src/claim/values.js';
import { findInCatalogue, loadCatalogue } from '../../src/check/catalogue.js';
import { fastKernel } from '../../src/check/kernel/index.js';
import { runProperty } from '../../src/check/runner.js';
import { arbitraryFor } from '../../src/search/arbitraries/index.js';
import { verifierKernel } from '../../src/verifier/index.js';

const catalogue = await loadCatalogue();
const get = (id: string): Property => findInCatalogue(catalogue, id).property;

/** Exhaustive scopes per theorem (kept small: the default scope runs in the CLI test). */
const SCOPES: Record<string, number[]> = {
  T1: [0, 1, 2, 3],
  'T1-plancherel': [0, 1],
  T2: [1, 2, 3],
  T3: [0, 1, 2, 3],
  T4: [1, 2, 3],
  T5: [2, 3],
  T6: [0, 1],
  T7: [1, 2],
  T8: [1, 2],
  T9: [1],
  T10: [3, 4, 5],
  T11: [1, 2, 3],
};

describe('theorems hold exhaustively on small scopes', () => {
  for (const [id, ns] of Object.entries(SCOPES)) {
    it(`${id} at n = ${ns.join(', ')}`, async () => {
      const p = get(id === 'T1' ? 'T1-parseval' : id);
      for (const n of ns) {
        const r = await runProperty(p, { n, mode: 'exhaustive' });
        expect([n, r.verdict, r.satisfied]).toEqual([n, 'holds', r.cases]);
      }
    });
  }

  it('T10 holds on all of C_5, and its bound is attained: some function of degree <= 2 depends on 4 variables', async () => {
    const r = await runProperty(get('T10'), { n: 5, mode: 'exhaustive' });
    expect(r.cases).toBe(Number(r.choice.size));
    const fourVariables = defineFourVariableCheck();
    const s = await runProperty(fourVariables, { n: 5, mode: 'exhaustive' });
    expect(s.verdict).toBe('holds');
  });
});

/** exists f of degree <= 2 depending on exactly 4 variables (the bound of T10 is attained). */
function defineFourVariableCheck(): Property {
  const t10 = get('T10');
  return { ...t10, id: 'T10-tight', quantifier: 'exists', predicate: ({ f }, k) => k.relevantVariables(f as never).length === 4 } as Property;
}

describe('conjectures C1 and C2', () => {
  it('hold on C_1 and C_2, where every bijection is GF(2)-affine', async () => {
    for (const id of ['C1', 'C2']) {
      for (const n of [1, 2]) expect((await runProperty(get(id), { n, mode: 'exhaustive' })).verdict).toBe('holds');
    }
  });

  it('are refuted on C_3: first counterexample perm:0,1,2,4,5,3,7,6; 2880 and 17280 counterexamples', async () => {
    const c1 = await runProperty(get('C1'), { countAll: true });
    const c2 = await runProperty(get('C2'), { countAll: true });
    expect([c1.counterexample!.encoded.T, c1.foundAt, c1.counterexamples]).toEqual(['perm:0,1,2,4,5,3,7,6', 32, 2880]);
    expect([c2.counterexample!.encoded.T, c2.foundAt, c2.counterexamples]).toEqual(['perm:0,1,2,4,5,3,7,6', 32, 17280]);
  });

  it('the first counterexample, recomputed with the verifier kernel', () => {
    const T: CubeMap = { n: 3, m: 3, image: Uint32Array.from([0, 1, 2, 4, 5, 3, 7, 6]) };
    const K = verifierKernel;
    const degrees = (t: CubeMap): (number | null)[] => [1, 2, 3].map((j) => K.degree(K.coordinate(t, j)));
    expect(degrees(T)).toEqual([2, 2, 2]);
    expect(degrees(K.inverse(T))).toEqual([2, 3, 3]);
    expect([K.parityDegreeSum(T), K.parityDegreeSum(K.inverse(T))]).toEqual([14, 18]);
  });
});

/** Random cases per claim: a closed claim has one case; the world-model claims cost more per case. */
const RUNS: Record<string, number> = { 'S1-single-task-not-identifiable-d3': 8 };

describe('every predicate agrees between the fast kernel and the verifier kernel', () => {
  for (const { property: p } of catalogue) {
    it(p.id, () => {
      const n = Math.min(p.defaultScope.n, 4);
      const names = Object.keys(p.variables);
      const arbs = names.map((name) => arbitraryFor(resolveDomain(p.variables[name]!, n)));
      fc.assert(
        fc.property(fc.tuple(...arbs), (vals) => {
          const assignment = Object.fromEntries(names.map((name, i) => [name, vals[i]]));
          expect(p.predicate(assignment as never, fastKernel, { n })).toBe(p.predicate(assignment as never, verifierKernel, { n }));
        }),
        { seed: 1234, numRuns: names.length === 0 ? 1 : (RUNS[p.id] ?? 40) },
      );
    });
  }
});
