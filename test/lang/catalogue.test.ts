/**
 * The catalogue's formula claims (properties/catalogue.claims) against the TypeScript modules they
 * replaced (test/fixtures/catalogue-ts): the same id, status, statement, default scope and range,
 * and on every scope below the same verdict, number of cases, counterexamples (all of them, in
 * order) and, at random with shrinking, the same shrunk counterexample.
 */
import { describe, expect, it } from 'vitest';
import type { LoadedProperty } from '../../src/check/catalogue.js';
import { runProperty } from '../../src/check/runner.js';
import { loadCatalogue } from '../../src/lang/catalogue.js';
import { loadModules } from '../fixtures/catalogueModules.js';

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

const formulas = (await loadCatalogue()).filter((l) => l.formula);
const modules = new Map((await loadModules()).map((l) => [l.property.id, l]));
const moduleOf = (l: LoadedProperty): LoadedProperty => modules.get(l.property.id)!;

describe('the catalogue as formulas', () => {
  it('every formula claim replaces exactly one fixture module, and every fixture is replaced', () => {
    expect(formulas.map((l) => l.property.id).sort()).toEqual([...modules.keys()].sort());
    expect(Object.keys(SCOPES).sort()).toEqual([...modules.keys()].sort());
  });

  for (const f of formulas) {
    it(`${f.property.id}: same id, status, statement, quantifier, variables, scope and range`, () => {
      const [a, b] = [moduleOf(f).property, f.property];
      const shape = (p: typeof a) => ({ id: p.id, status: p.status, statement: p.statement, quantifier: p.quantifier, variables: p.variables, defaultScope: p.defaultScope, minN: p.minN ?? 0, maxN: p.maxN ?? 24 });
      expect(shape(b)).toEqual(shape(a));
      // a module's census form is derived for its formula too (T10; T4's formula gets one the module lacks)
      if (a.census !== undefined) expect(b.census).toBeDefined();
    });

    it(`${f.property.id}: same verdicts, case counts and counterexamples, exhaustively`, { timeout: 120_000 }, async () => {
      const ts = moduleOf(f).property;
      for (const n of SCOPES[f.property.id]!) {
        const options = { n, mode: 'exhaustive' as const, countAll: true };
        const [a, b] = [await runProperty(ts, options), await runProperty(f.property, options)];
        expect({ n, verdict: b.verdict, cases: b.cases, c: b.counterexample?.encoded ?? null }).toEqual({ n, verdict: a.verdict, cases: a.cases, c: a.counterexample?.encoded ?? null });
        expect(b.counterexamples).toEqual(a.counterexamples);
      }
    });
  }

  it('C1 at random with shrinking: the same shrunk counterexample', async () => {
    const f = formulas.find((l) => l.property.id.startsWith('C1-'))!;
    const options = { n: 3, mode: 'random' as const, runs: 300, seed: 7 };
    const [a, b] = [await runProperty(moduleOf(f).property, options), await runProperty(f.property, options)];
    expect(b.verdict).toBe('refuted');
    expect(b.counterexample?.encoded).toEqual(a.counterexample?.encoded);
  });

  it('T10 counts on the census engine as its module does (a census form derived from the formula)', async () => {
    const f = formulas.find((l) => l.property.id.startsWith('T10-'))!;
    const options = { n: 4, mode: 'exhaustive' as const, budget: 1n };
    const [a, b] = [await runProperty(moduleOf(f).property, options), await runProperty(f.property, options)];
    expect({ verdict: b.verdict, cases: b.cases, engine: b.engine }).toEqual({ verdict: a.verdict, cases: a.cases, engine: a.engine });
    expect(b.engine).toBeDefined();
  });
});
