/** Census forms derived from formulas: when they exist, and the same verdicts on the census engine as by enumeration. */
import { describe, expect, it } from 'vitest';
import { runProperty } from '../../src/check/runner.js';
import { formulaProperty } from '../../src/lang/index.js';

describe('derived census forms', () => {
  it('exist only when f is read through census measures', () => {
    const has = (s: string, n?: number): boolean => formulaProperty(s, n === undefined ? {} : { n }).census !== undefined;
    expect(has('forall f in boolean(4): defined(deg2(f)) implies deg2(f) <= deg(f)')).toBe(true);
    expect(has('forall f in lowdegree(4, 2): junta(f) <= 4')).toBe(true);
    expect(has('forall f in boolean(n): balanced(f) implies not bent(f)', 3)).toBe(true);
    expect(has('forall f in boolean(n): deg(f) <= n', 3)).toBe(false); // n is open: holds(cell) would not know it
    expect(has('forall f in boolean(4): sens(f)^2 >= deg(f)')).toBe(false);
    expect(has('forall f in boolean(4): f[0] = 1 or deg(f) >= 0')).toBe(false);
    expect(has('exists f in boolean(4): bent(f)')).toBe(false);
    expect(has('forall f in boolean(3), g in boolean(3): deg(f) = deg(g)')).toBe(false);
  });

  const formulas = [
    'forall f in boolean(4): defined(deg2(f)) implies deg2(f) <= deg(f)',
    'forall f in boolean(4): bent(f) implies deg(f) = 4 and deg2(f) = 2',
    'forall f in boolean(3): balanced(f) implies deg(f) <= 2',
    'forall f in lowdegree(4, 2): junta(f) <= 4',
    'forall f in boolean(3): junta(f) = 3 implies deg(f) >= 2',
    'forall f in boolean(3): balanced(f) implies deg(f) <= 1',
  ];
  for (const s of formulas) {
    it(`${s}: the census engine agrees with enumeration`, async () => {
      const p = formulaProperty(s);
      const byCensus = await runProperty(p, { mode: 'exhaustive', budget: 4n, workers: 0 });
      const byEnumeration = await runProperty({ ...p, census: undefined }, { mode: 'exhaustive' });
      expect(byCensus.engine?.name).toBe('census');
      expect(byCensus.verdict).toBe(byEnumeration.verdict);
      if (byCensus.verdict === 'refuted') expect(p.predicate(byCensus.counterexample!.values as never, (await import('../../src/check/kernel/index.js')).fastKernel, { n: p.defaultScope.n })).toBe(false);
    });
  }
});
