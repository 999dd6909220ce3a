import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { grayIndex, grayWord, laneLayout } from '../../src/census/layout.js';
import { freshState } from '../../src/census/freshState.js';
import { fwhtInt32InPlace } from '../../src/core/fwht.js';
import { moebiusInPlace } from '../../src/core/anf.js';
import { MEASURES, measureDomain, parseMeasures, parseValueKey, valueKey } from '../../src/census/measures.js';
import { runCensus } from '../../src/census/census.js';
import { parsePartial, partialToJson } from '../../src/census/documents.js';
import { countsEqual } from '../../src/census/counts.js';
import { bit } from './bruteForce.js';

describe('representations and their inverses', () => {
  it('Gray index <-> truth-table word', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (t) => {
        expect(grayIndex(grayWord(t))).toBe(t);
        expect(grayWord(grayIndex(t))).toBe(t);
      }),
      { seed: 1234, numRuns: 300 },
    );
  });

  it('lane order <-> subset order', () => {
    for (let n = 0; n <= 5; n++) {
      const l = laneLayout(n);
      for (let s = 0; s < l.size; s++) expect(l.subsetOf[l.laneOf[s]!]).toBe(s);
    }
  });

  it('a fresh state transforms back to its truth table (inverse FWHT, Moebius)', () => {
    const layout = laneLayout(5);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (word) => {
        const s = freshState(layout, word);
        const back = Int32Array.from(s.coefficients);
        fwhtInt32InPlace(back);
        const bits = new Uint8Array(32);
        for (let T = 0; T < 32; T++) bits[T] = Math.floor(s.anfLanes / 2 ** layout.laneOf[T]!) % 2;
        moebiusInPlace(bits);
        for (let x = 0; x < 32; x++) {
          expect(back[x]).toBe(32 * (bit(word, x) ? -1 : 1));
          expect(bits[x]).toBe(bit(word, x));
        }
      }),
      { seed: 1234, numRuns: 100 },
    );
  });

  it('measure value keys round-trip; measure lists are normalized and checked', () => {
    for (const m of MEASURES) for (const v of measureDomain(m, 5)) expect(parseValueKey(m, valueKey(v))).toBe(v);
    expect(parseMeasures('bent, degree')).toEqual(['degree', 'bent']);
    expect(() => parseMeasures('degree,degree')).toThrow(/twice/);
    expect(() => parseMeasures('')).toThrow(/no measures/);
  });

  it('partial documents round-trip through JSON for any shard', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 8 }),
        fc.boolean(),
        fc.subarray([...MEASURES], { minLength: 1 }),
        async (n, count, i, joint, measures) => {
          fc.pre(count <= 2 ** 2 ** n);
          const out = await runCensus({ n, joint, measures, workers: 0, shard: { index: (i % count) + 1, count } });
          const back = parsePartial(JSON.stringify(partialToJson(out.partial)), 'test');
          expect(partialToJson(back)).toEqual(partialToJson(out.partial));
          expect(countsEqual(back.counts, out.partial.counts)).toBe(true);
        },
      ),
      { seed: 1234, numRuns: 30 },
    );
  });
});
