/**
 * The verifier's sampler is an independent copy of the documented one: it must regenerate exactly
 * the engine's cases (the same encodings) for every domain kind, seed and case index, and every
 * regenerated value must be a member of its domain.
 */
import { describe, expect, it } from 'vitest';
import type { ResolvedDomain } from '../../src/claim/domains.js';
import { DISTRIBUTION, sampleCase } from '../../src/search/arbitraries/index.js';
import { CaseStream } from '../../src/search/arbitraries/random.js';
import { decodeValue, encodeValue } from '../../src/verifier/encoding.js';
import { KNOWN_DISTRIBUTION, regenerateCase } from '../../src/verifier/sampler.js';
import { Stream } from '../../src/verifier/sampleStream.js';

const DOMAINS: ResolvedDomain[] = [
  { kind: 'boolean-functions', n: 0 },
  { kind: 'boolean-functions', n: 1 },
  { kind: 'boolean-functions', n: 3 },
  { kind: 'boolean-functions', n: 6 },
  { kind: 'low-degree-functions', n: 4, maxDegree: 0 },
  { kind: 'low-degree-functions', n: 5, maxDegree: 1 },
  { kind: 'low-degree-functions', n: 6, maxDegree: 2 },
  { kind: 'low-degree-functions', n: 7, maxDegree: 3 },
  { kind: 'low-degree-functions', n: 3, maxDegree: 5 },
  { kind: 'integer-functions', n: 3, min: -2, max: 5 },
  { kind: 'integer-functions', n: 2, min: -(2 ** 31), max: 2 ** 31 - 1 },
  { kind: 'maps', n: 3, m: 2 },
  { kind: 'maps', n: 2, m: 4 },
  { kind: 'maps', n: 3, m: 3 },
  { kind: 'maps', n: 0, m: 0 },
  { kind: 'bijections', n: 0 },
  { kind: 'bijections', n: 1 },
  { kind: 'bijections', n: 2 },
  { kind: 'bijections', n: 4 },
  { kind: 'signed-permutations', n: 0 },
  { kind: 'signed-permutations', n: 5 },
  { kind: 'gf2-affine-maps', n: 1 },
  { kind: 'gf2-affine-maps', n: 4 },
  { kind: 'subsets', n: 0 },
  { kind: 'subsets', n: 4 },
];

describe('the verifier sampler', () => {
  it('knows the distribution the engine samples', () => {
    expect(KNOWN_DISTRIBUTION).toBe(DISTRIBUTION);
  });

  it('has the same random stream as the engine (first words of a few seeds and cases)', () => {
    for (const [seed, k] of [[42, 0], [42, 1], [-1, 7], [2 ** 31 - 1, 123456], [0, 2 ** 32 - 1]] as const) {
      const a = new CaseStream(seed, k);
      const b = new Stream(seed, k);
      const wa = Array.from({ length: 8 }, () => a.next32());
      expect(Array.from({ length: 8 }, () => b.word())).toEqual(wa);
      expect(Array.from({ length: 50 }, (_, i) => a.below(i + 1))).toEqual(Array.from({ length: 50 }, (_, i) => b.below(i + 1)));
    }
  });

  it('pins the stream to values computed by an independent Python transcription of docs/certificates.md', () => {
    const words = (seed: number, k: number): number[] => {
      const s = new Stream(seed, k);
      return Array.from({ length: 4 }, () => s.word());
    };
    expect(words(42, 0)).toEqual([3350105975, 3989566249, 2989254450, 1839300777]);
    expect(words(-7, 3)).toEqual([1028880913, 1223792394, 3609085182, 1041553635]);
  });

  it('regenerates exactly the engine cases, all members of their domains', () => {
    for (const d of DOMAINS) {
      for (const seed of [42, -7]) {
        for (let k = 0; k < 120; k++) {
          const engine = sampleCase([d, d], seed, k).map((v) => encodeValue(v, d));
          const verifier = regenerateCase([d, d], seed, k).map((v) => encodeValue(v, d));
          if (engine.join() !== verifier.join()) expect({ d, seed, k, verifier }).toEqual({ d, seed, k, verifier: engine });
          for (const e of verifier) {
            const decoded = decodeValue(e, d);
            if (!decoded.ok) expect({ d, seed, k, problem: decoded.problem }).toBe(null);
          }
        }
      }
    }
  });
});
