import { describe, expect, it } from 'vitest';
import { runCensus } from '../../src/census/census.js';
import { type CensusSpec, countsEqual } from '../../src/census/counts.js';
import { MEASURES, type Measure } from '../../src/census/measures.js';
import { countCensus, countingSupport, JOINT_FOURIER, JOINT_GF2 } from '../../src/census/counting/countingCensus.js';
import { bentCount } from '../../src/census/counting/bentCount.js';
import { degreeCounts } from '../../src/census/counting/degreeCount.js';
import { relevantCounts, reedMullerSize } from '../../src/census/counting/closedForms.js';

async function enumerated(spec: CensusSpec) {
  const out = await runCensus({ n: spec.n, measures: spec.measures, joint: spec.joint, workers: 0 });
  if (out.status !== 'complete' || !out.result) throw new Error('incomplete');
  return out.result.counts;
}

const spec = (n: number, measures: readonly Measure[], joint: boolean): CensusSpec => ({ n, measures, joint });

describe('census by counting agrees with the Gray-code enumeration', () => {
  it('every marginal, n = 0..4', async () => {
    for (let n = 0; n <= 4; n++) {
      const s = spec(n, MEASURES, false);
      expect(countsEqual(countCensus(s).counts, await enumerated(s)), `n = ${n}`).toBe(true);
    }
  });

  it('the joint tables of both counting families and of their sub-families, n = 0..4', async () => {
    const subsets = (ms: readonly Measure[]): Measure[][] =>
      ms.reduce<Measure[][]>((acc, m) => [...acc, ...acc.map((a) => [...a, m])], [[]]).filter((a) => a.length > 0);
    for (let n = 0; n <= 4; n++) {
      for (const ms of [...subsets(JOINT_FOURIER), ...subsets(JOINT_GF2)]) {
        const s = spec(n, MEASURES.filter((m) => ms.includes(m)), true);
        expect(countsEqual(countCensus(s).counts, await enumerated(s)), `n = ${n}, ${ms.join(',')}`).toBe(true);
      }
    }
  });
});

describe('census by counting against the literature', () => {
  it('bent functions: 8, 896 and 5,425,430,528 on 2, 4 and 6 variables; none on odd n', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(bentCount)).toEqual([2n, 0n, 8n, 0n, 896n, 0n, 5_425_430_528n]);
  });

  it('GF(2) degree <= r: the Reed-Muller code sizes 2^(sum_{i<=r} C(n, i)), checked by the ANF recursion', () => {
    // |RM(r, n)| = |RM(r, n-1)| |RM(r-1, n-1)|: F = F0 + x_n F1 with deg F0 <= r, deg F1 <= r - 1.
    for (let n = 1; n <= 6; n++) for (let r = 0; r <= n; r++) expect(reedMullerSize(n, r)).toBe(reedMullerSize(n - 1, r) * reedMullerSize(n - 1, r - 1));
    expect(reedMullerSize(6, 1)).toBe(128n);
    expect(reedMullerSize(6, 2)).toBe(2n ** 22n);
  });

  it('functions with exactly k relevant variables: OEIS A000371 times C(n, k)', () => {
    const a000371 = [2n, 2n, 10n, 218n, 64594n, 4294642034n];
    expect(relevantCounts(5)).toEqual(a000371.map((a, k) => a * [1n, 5n, 10n, 10n, 5n, 1n][k]!));
    expect(relevantCounts(6).reduce((x, y) => x + y)).toBe(2n ** 64n);
  });

  it('the n = 5 degree census (2, 10, 540, 807,428, 600,272,410, 3,693,886,906, from the enumeration)', () => {
    const d = degreeCounts(5).atMost;
    expect(d.map((v, k) => v - (k === 0 ? 0n : d[k - 1]!))).toEqual([2n, 10n, 540n, 807428n, 600272410n, 3693886906n]);
  });

  it('n = 6: degree <= 5 is f-hat([6]) = 0, C(64, 32) functions; balanced and degree <= 5 is C(32, 16)^2', () => {
    const d = degreeCounts(6);
    expect(d.atMost[5]).toBe(1832624140942590534n);
    expect(d.balancedAtMost[5]).toBe(601080390n ** 2n);
    expect(d.atMost[1]).toBe(14n); // +-1, +-x_i
  });

  it('n = 6 joint Fourier table sums to 2^64 and has its bent functions at degree 6, 6 relevant, unbalanced', () => {
    const r = countCensus(spec(6, JOINT_FOURIER, true));
    expect(r.counts.joint!.reduce((a, row) => a + row.count, 0n)).toBe(2n ** 64n);
    const bentRows = r.counts.joint!.filter((row) => row.values[3] === true);
    expect(bentRows).toEqual([{ values: [6, 6, false, true], count: 5_425_430_528n }]);
  });

  it('refuses n > 6 and joint tables across the families, naming why', () => {
    expect(countingSupport(spec(7, ['degree'], false))).toMatchObject({ ok: false, reason: expect.stringMatching(/n <= 6/) });
    expect(countingSupport(spec(6, ['degree', 'gf2Degree'], true))).toMatchObject({ ok: false, reason: expect.stringMatching(/within/) });
    expect(countingSupport(spec(6, MEASURES, false))).toEqual({ ok: true });
  });
});
