/** CodeSet (src/recovery/exact/codeSet.ts) answers has / add / size as a Set<number> of unsigned 32-bit codes does. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodeSet } from '../../src/recovery/exact/codeSet.js';
import { SEED } from './helpers.js';

describe('CodeSet', () => {
  it('matches Set<number> on random adds and lookups, through growth, with 0 and 2^32 - 1', () => {
    const code = fc.oneof(fc.constantFrom(0, 0xffffffff, 0x80000000, 1), fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 40 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), code), { maxLength: 3000 }), fc.integer({ min: 1, max: 6 }), (ops, log2) => {
        const fast = new CodeSet(log2);
        const slow = new Set<number>();
        for (const [add, c] of ops) {
          if (add) {
            fast.add(c);
            slow.add(c);
          }
          expect(fast.has(c)).toBe(slow.has(c));
          expect(fast.has((c + 1) >>> 0)).toBe(slow.has((c + 1) >>> 0));
          expect(fast.size).toBe(slow.size);
        }
      }),
      { seed: SEED + 701, numRuns: 60, verbose: 1 },
    );
  });
});
