import { describe, expect, it } from 'vitest';
import { runCensus } from '../../src/census/census.js';
import { checkCells } from '../../src/census/predicate.js';
import { countsEqual, countsFromHistogram } from '../../src/census/counts.js';
import { CELLS, cellAt, cellIndex } from '../../src/census/histogram.js';
import { MEASURES } from '../../src/census/measures.js';
import { binomialBig } from './bruteForce.js';
import { createJsCounter } from '../../src/census/counter.js';
import { emptyHistogram } from '../../src/census/histogram.js';

async function full(n: number, joint = false) {
  const out = await runCensus({ n, joint, workers: 0 });
  if (out.status !== 'complete' || !out.result) throw new Error('incomplete');
  return out.result;
}

describe('census counts', () => {
  it('cell index and cell are inverse', () => {
    for (let k = 0; k < CELLS; k++) expect(cellIndex(cellAt(k))).toBe(k);
  });

  it('n = 3 counts 256 functions, every marginal summing to 256', async () => {
    const r = await full(3);
    expect(r.total).toBe(256n);
    for (const table of r.counts.marginals.values()) {
      expect([...table.values()].reduce((a, b) => a + b, 0n)).toBe(256n);
    }
  });

  it('balanced functions number C(2^n, 2^(n-1)) for n = 1..4', async () => {
    for (const n of [1, 2, 3, 4]) {
      const r = await full(n);
      expect(r.counts.marginals.get('balanced')!.get('true')).toBe(binomialBig(2 ** n, 2 ** (n - 1)));
    }
  });

  it('bent functions: 896 on 4 variables, 8 on 2, none on odd n', async () => {
    expect((await full(4)).counts.marginals.get('bent')!.get('true')).toBe(896n);
    expect((await full(2)).counts.marginals.get('bent')!.get('true')).toBe(8n);
    expect((await full(3)).counts.marginals.get('bent')!.get('true')).toBe(0n);
  });

  it('known small counts: degree <= 1 means +-1 or +-x_i (T3); affine GF(2) functions', async () => {
    const r = await full(4);
    const deg = r.counts.marginals.get('degree')!;
    expect(deg.get('0')).toBe(2n);
    expect(deg.get('1')).toBe(8n);
    const gf2 = r.counts.marginals.get('gf2Degree')!;
    expect(gf2.get('null')! + gf2.get('0')! + gf2.get('1')!).toBe(32n); // 2^(n+1) affine functions
    expect(r.counts.marginals.get('relevant')!.get('2')).toBe(60n); // C(4,2) * 10
  });

  it('joint census at n = 4 equals the TypeScript engine histogram projected (itself checked against brute force)', async () => {
    const r = await full(4, true);
    const spec = { n: 4, measures: MEASURES, joint: true };
    const h = emptyHistogram();
    createJsCounter(4).runRange(0, 65536, h);
    expect(countsEqual(r.counts, countsFromHistogram(spec, h))).toBe(true);
    expect(r.counts.joint!.reduce((s, row) => s + row.count, 0n)).toBe(65536n);
  });

  it('exhaustive checks on the measures: T10 and T4 hold at n = 4, a false claim is caught', async () => {
    const t10 = await checkCells((c) => c.degree === null || c.degree > 2 || c.relevant <= 4, { n: 4, workers: 0 });
    expect(t10).toMatchObject({ checked: 65536n, complete: true, violations: 0n });
    const t4 = await checkCells((c) => c.gf2Degree === null || (c.degree !== null && c.gf2Degree <= c.degree), { n: 4, workers: 0 });
    expect(t4.violations).toBe(0n);
    const wrong = await checkCells((c) => c.degree === null || c.degree <= 1 || c.relevant <= 2, { n: 4, workers: 0 });
    expect(wrong.violations).toBeGreaterThan(0n);
    expect(wrong.failingCells.every((f) => f.cell.relevant > 2)).toBe(true);
  });

  it('refuses n beyond 5 with a clear message', async () => {
    await expect(runCensus({ n: 6, workers: 0 })).rejects.toThrow(/n <= 5/);
  });
});
