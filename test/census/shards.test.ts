import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runCensus } from '../../src/census/census.js';
import { type CensusPartial, parsePartial, partialToJson } from '../../src/census/documents.js';
import { countsEqual } from '../../src/census/counts.js';
import { mergePartials } from '../../src/census/merge.js';
import { sealDocument } from '../../src/census/integrity.js';
import { formatShard, parseShard, shardRange } from '../../src/census/shard.js';
import { gaps, totalLength, unionIntervals } from '../../src/census/intervals.js';

async function shard(n: number, index: number, count: number, joint = false): Promise<CensusPartial> {
  const out = await runCensus({ n, joint, workers: 0, shard: { index, count }, measures: ['degree', 'bent', 'relevant'] });
  expect(out.status).toBe('complete');
  return out.partial;
}

describe('shards and merge', () => {
  it('shard ranges tile the index space', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 50 }), (n, count) => {
        fc.pre(count <= 2 ** 2 ** n);
        const ranges = Array.from({ length: count }, (_, i) => shardRange(n, { index: i + 1, count }));
        for (let i = 1; i < count; i++) expect(ranges[i]![0]).toBe(ranges[i - 1]![1]);
        expect(ranges[0]![0]).toBe(0);
        expect(ranges[count - 1]![1]).toBe(2 ** 2 ** n);
      }),
      { seed: 1234, numRuns: 100 },
    );
  });

  it('shard text round-trips, bad shards are refused', () => {
    expect(formatShard(parseShard('3/7'))).toBe('3/7');
    for (const bad of ['0/4', '5/4', '1/0', 'a/b', '2']) expect(() => parseShard(bad)).toThrow(/shard/);
  });

  it('interval helpers: union and gaps', () => {
    expect(unionIntervals([[5, 7], [0, 2], [2, 3]])).toEqual([[0, 3], [5, 7]]);
    expect(gaps([0, 10], [[2, 3], [5, 7]])).toEqual([[0, 2], [3, 5], [7, 10]]);
    expect(totalLength([[0, 3], [5, 7]])).toBe(5);
  });

  it('three shards merged equal one run (joint and not)', async () => {
    for (const joint of [false, true]) {
      const parts = [await shard(4, 1, 3, joint), await shard(4, 2, 3, joint), await shard(4, 3, 3, joint)];
      const merged = mergePartials([parts[2]!, parts[0]!, parts[1]!]);
      const one = await runCensus({ n: 4, joint, workers: 0, measures: ['degree', 'bent', 'relevant'] });
      expect(one.status === 'complete' && one.result).toBeTruthy();
      expect(merged.total).toBe(65536n);
      expect(countsEqual(merged.counts, one.partial.counts)).toBe(true);
    }
  });


  it('merge refuses a missing shard, a duplicated shard and mismatched censuses', async () => {
    const a = await shard(3, 1, 3);
    const b = await shard(3, 2, 3);
    const c = await shard(3, 3, 3);
    expect(() => mergePartials([a, c], ['a.json', 'c.json'])).toThrow(/covered by no partial.*shard 2\/3/);
    expect(() => mergePartials([a, b, b, c], ['a', 'b', 'b2', 'c'])).toThrow(/b \(shard 2\/3\) and b2 \(shard 2\/3\) both cover/);
    expect(() => mergePartials([])).toThrow(/nothing to merge/);
    const other = await runCensus({ n: 3, workers: 0, measures: ['degree'], shard: { index: 2, count: 3 } });
    expect(() => mergePartials([a, other.partial, c])).toThrow(/measures/);
    const otherN = await runCensus({ n: 2, workers: 0, measures: ['degree', 'bent', 'relevant'] });
    expect(() => mergePartials([a, otherN.partial])).toThrow(/n =/);
  });

  it('parsing refuses tampered partials', async () => {
    const p = partialToJson(await shard(3, 1, 2));
    const counts = p['counts'] as Record<string, Record<string, string>>;
    const tampered = { ...p, counts: { ...counts, degree: { ...counts['degree'], '3': '999' } } };
    expect(() => parsePartial(JSON.stringify(tampered), 'x.json')).toThrow(/x.json: integrity hash mismatch/);
    expect(() => parsePartial(JSON.stringify(sealDocument(tampered)), 'x.json')).toThrow(/x.json: the degree counts add up to/);
    expect(() => parsePartial(JSON.stringify(sealDocument({ ...p, range: [0, 5] })), 'x.json')).toThrow(/range/);
    expect(() => parsePartial(JSON.stringify(sealDocument({ ...p, kind: 'census' })), 'x.json')).toThrow(/census-partial/);
    expect(() => parsePartial('{', 'x.json')).toThrow(/not JSON/);
  });
});
