/**
 * Formulas against the TypeScript catalogue claims they restate: the same verdict, the same number
 * of cases and the same counterexample (exhaustive, and at random with shrinking for C1).
 */
import { describe, expect, it } from 'vitest';
import { findInCatalogue, loadCatalogue } from '../../src/check/catalogue.js';
import { runProperty } from '../../src/check/runner.js';
import { formulaProperty } from '../../src/lang/index.js';
import { CATALOGUE_FORMULAS } from './catalogueFormulas.js';

const SCOPES: Record<string, number[]> = {
  'T1-parseval': [0, 1, 2, 3],
  'T1-plancherel': [0, 1],
  'T2-granularity': [1, 2, 3],
  'T3-degree-one-dictators': [1, 2, 3],
  'T4-gf2-degree-le-degree': [1, 2, 3],
  'T5-balanced-gf2-degree': [2, 3],
  'T6-bijection-iff-balanced-components': [1, 2],
  'T7-parity-degree-sum-bound': [1, 2],
  'T8-degree-one-bijections': [1, 2, 3],
  'T9-composition-degree': [1, 2],
  'T10-degree-two-juntas': [2, 3, 4],
  'C1-inverse-coordinate-degree': [2, 3],
  'C2-inverse-parity-degree-sum': [2, 3],
};

describe('formulas restating the catalogue', () => {
  for (const [id, formula] of Object.entries(CATALOGUE_FORMULAS)) {
    it(`${id}: same verdicts and counterexamples as the TypeScript claim`, { timeout: 120_000 }, async () => {
      const ts = findInCatalogue(await loadCatalogue(), id).property;
      for (const n of SCOPES[id]!) {
        const p = formulaProperty(formula, { n });
        const options = { n, mode: 'exhaustive' as const, countAll: true };
        const [a, b] = [await runProperty(ts, options), await runProperty(p, options)];
        expect({ n, verdict: b.verdict, cases: b.cases, c: b.counterexample?.encoded ?? null }).toEqual({ n, verdict: a.verdict, cases: a.cases, c: a.counterexample?.encoded ?? null });
        expect(b.counterexamples).toEqual(a.counterexamples);
      }
    });
  }

  it('C1 at random with shrinking: the same shrunk counterexample', async () => {
    const ts = findInCatalogue(await loadCatalogue(), 'C1').property;
    const p = formulaProperty(CATALOGUE_FORMULAS['C1-inverse-coordinate-degree']!, { n: 3 });
    const options = { n: 3, mode: 'random' as const, runs: 300, seed: 7 };
    const [a, b] = [await runProperty(ts, options), await runProperty(p, options)];
    expect(b.verdict).toBe('refuted');
    expect(b.counterexample?.encoded).toEqual(a.counterexample?.encoded);
  });
});
