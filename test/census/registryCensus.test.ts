import { describe, expect, it } from 'vitest';
import { runCensus } from '../../src/census/census.js';
import { runCubecheck } from '../cli/fakeIo.js';
import { MEASURES } from '../../src/census/measures.js';
import { formatRegistryCensus, registryCensusToJson, runRegistryCensus } from '../../src/census/registryCensus.js';

const run = (n: number, measures: string[], joint = false) => runRegistryCensus({ n, measures, joint });
const marginal = async (n: number, m: string) => Object.fromEntries((await run(n, [m])).marginals.get(m)!);

describe('census by registry measures', () => {
  it('agrees with the engine census on the five engine measures, n <= 3, joint', async () => {
    for (let n = 0; n <= 3; n++) {
      const r = await run(n, [...MEASURES], true);
      const outcome = await runCensus({ n, measures: [...MEASURES], joint: true, workers: 0 });
      if (outcome.status !== 'complete' || !outcome.result) throw new Error('engine census did not complete');
      const engine = outcome.result;
      const engineRows = engine.counts.joint!.map((row: { values: unknown; count: bigint }) => [row.values, row.count]);
      expect(r.joint!.map((row) => [row.values, row.count])).toEqual(engineRows);
      for (const [m, t] of engine.counts.marginals) {
        expect(Object.fromEntries(r.marginals.get(m)!)).toEqual(Object.fromEntries([...t].filter(([, c]) => c > 0n)));
      }
    }
  });

  it("Huang's theorem: every function on n <= 4 has s(f)^2 >= deg(f), and s >= deg fails on 56 at n = 3", async () => {
    for (let n = 1; n <= 4; n++) {
      const r = await run(n, ['sensitivity', 'degree'], true);
      for (const row of r.joint!) expect((row.values[0] as number) ** 2).toBeGreaterThanOrEqual(row.values[1] as number);
      if (n === 3) {
        const below = r.joint!.filter((row) => (row.values[0] as number) < (row.values[1] as number));
        expect(below.reduce((s, row) => s + row.count, 0n)).toBe(56n);
      }
    }
  });

  it('the 896 bent functions on 4 variables are exactly those of nonlinearity 6', async () => {
    const r = await run(4, ['nonlinearity', 'bent'], true);
    const bent = r.joint!.filter((row) => row.values[1] === true);
    expect(bent.map((row) => [row.values[0], row.count])).toEqual([[6, 896n]]);
  });

  it('monotone functions: Dedekind numbers 3, 6, 20, 168', async () => {
    const got = [];
    for (let n = 1; n <= 4; n++) got.push((await marginal(n, 'monotone'))['true']);
    expect(got).toEqual([3n, 6n, 20n, 168n]);
  });

  it('linear threshold functions: 4, 14, 104, 1882 on n = 1..4', async () => {
    const got = [];
    for (let n = 1; n <= 4; n++) got.push((await marginal(n, 'linearThreshold'))['true']);
    expect(got).toEqual([4n, 14n, 104n, 1882n]);
  });

  it('prints rationals as p/q, marginals add up to 2^(2^n), JSON has the census shape', async () => {
    const r = await run(2, ['totalInfluence', 'balanced'], true);
    expect(Object.fromEntries(r.marginals.get('totalInfluence')!)).toEqual({ '0': 2n, '1': 12n, '2': 2n });
    const j = registryCensusToJson(r);
    expect(j['kind']).toBe('census');
    expect(j['total']).toBe('16');
    const r3 = await run(3, ['totalInfluence']);
    expect([...r3.marginals.get('totalInfluence')!.keys()]).toContain('3/2');
    expect(formatRegistryCensus(r3)).toMatch(/^census of all 256 Boolean functions on 3 variables/);
  });

  it('refuses unknown, list-valued and repeated measures, and n > 4', async () => {
    await expect(run(2, ['nope'])).rejects.toThrow(/unknown measure 'nope'/);
    await expect(run(2, ['influences'])).rejects.toThrow(/not a scalar/);
    await expect(run(2, ['monotone', 'monotone'])).rejects.toThrow(/given twice/);
    await expect(run(5, ['monotone'])).rejects.toThrow(/n <= 4/);
  });

  it('stops on an aborted signal with the counts so far', async () => {
    const ac = new AbortController();
    ac.abort();
    const r = await runRegistryCensus({ n: 4, measures: ['degree'], joint: false }, { signal: ac.signal });
    expect(r.complete).toBe(false);
    expect(r.counted).toBe(1023);
    expect(formatRegistryCensus(r)).toMatch(/incomplete census, n = 4: 1023 of 65536/);
  });
});

describe('cubecheck census --measures <registry measure>', () => {
  it('counts, mixes with engine measures, prints JSON in the census shape', async () => {
    const r = await runCubecheck(['census', '--n', '2', '--measures', 'sensitivity,degree', '--joint', '--json', '--no-progress']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc).toMatchObject({ kind: 'census', n: 2, measures: ['sensitivity', 'degree'], joint: true, total: '16' });
    expect(doc.counts.sensitivity).toEqual({ '0': '2', '1': '4', '2': '10' });
  });

  it('refuses n = 5 in one line saying why, exit 2; Ctrl-C exits 3', async () => {
    const r = await runCubecheck(['census', '--n', '5', '--measures', 'sensitivity']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^cubecheck: .*2\^32 functions.*engine measures.*\n$/);
    const ac = new AbortController();
    ac.abort();
    expect((await runCubecheck(['census', '--n', '4', '--measures', 'monotone', '--no-progress'], { signal: ac.signal })).code).toBe(3);
    expect((await runCubecheck(['census', '--n', '3', '--measures', 'monotone', '--shard', '1/2'])).code).toBe(2);
  });
});
