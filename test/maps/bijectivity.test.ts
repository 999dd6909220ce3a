import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bijectivity, describeNonBijective, isBijection, unbalancedComponent } from '../../src/maps/index.js';
import type { BoolMap } from '../../src/maps/index.js';
import { SEED, allMapsSlow, arbMap, arbSquareMap, slowComponentValue, slowIsBijection } from './helpers.js';

/** The first collision by definition: least q with an earlier p of the same image. */
function slowCollision(t: BoolMap): [number, number] | null {
  for (let q = 0; q < t.image.length; q++) {
    for (let p = 0; p < q; p++) if (t.image[p] === t.image[q]) return [p, q];
  }
  return null;
}

/** docs/math.md T6's right-hand side, by direct sums over the cube. */
function slowAllComponentsBalanced(t: BoolMap): boolean {
  for (let s = 1; s < 2 ** t.m; s++) {
    let sum = 0;
    for (let x = 0; x < t.image.length; x++) sum += slowComponentValue(t, s, x);
    if (sum !== 0) return false;
  }
  return true;
}

function checkWitness(t: BoolMap): void {
  const b = bijectivity(t);
  expect(b.bijective).toBe(slowIsBijection(t));
  if (b.bijective) return;
  if (t.m !== t.n) {
    expect(b).toEqual({ bijective: false, reason: 'not-square', n: t.n, m: t.m });
  } else {
    expect(b.reason).toBe('collision');
    if (b.reason === 'collision') {
      const [p, q] = b.collision;
      expect(p).toBeLessThan(q);
      expect(t.image[p]).toBe(t.image[q]);
      expect([p, q]).toEqual(slowCollision(t));
    }
  }
}

describe('bijectivity', () => {
  it('gives witnesses on known maps', () => {
    expect(bijectivity({ n: 0, m: 0, image: Uint32Array.from([0]) })).toEqual({ bijective: true });
    const b = bijectivity({ n: 2, m: 2, image: Uint32Array.from([3, 1, 0, 1]) });
    expect(b).toEqual({ bijective: false, reason: 'collision', collision: [1, 3] });
    if (!b.bijective) expect(describeNonBijective(b)).toMatch(/points 1 and 3/);
    const ns = bijectivity({ n: 1, m: 2, image: Uint32Array.from([0, 1]) });
    expect(ns).toEqual({ bijective: false, reason: 'not-square', n: 1, m: 2 });
    if (!ns.bijective) expect(describeNonBijective(ns)).toMatch(/n != m/);
  });

  it('agrees with the definition on every map with n, m <= 2', () => {
    for (let n = 0; n <= 2; n++) for (let m = 0; m <= 2; m++) for (const t of allMapsSlow(n, m)) checkWitness(t);
  });

  it('agrees with the definition on random maps (n <= 5)', () => {
    fc.assert(fc.property(fc.oneof(arbSquareMap(0, 5), arbMap(0, 4, 0, 5)), (t) => checkWitness(t)), {
      seed: SEED,
      numRuns: 400,
    });
  });
});

describe('docs/math.md T6: bijection iff every non-empty component is balanced', () => {
  it('holds on all maps C_n -> C_n for n <= 2 (1 + 4 + 256 maps)', () => {
    let bijections = 0;
    for (let n = 0; n <= 2; n++) {
      for (const t of allMapsSlow(n, n)) {
        const balanced = slowAllComponentsBalanced(t);
        expect(isBijection(t)).toBe(balanced);
        expect(unbalancedComponent(t) === null).toBe(balanced);
        if (balanced) bijections++;
      }
    }
    expect(bijections).toBe(1 + 2 + 24);
  });

  it('holds on random maps, bijections and near-bijections at n = 3, 4', () => {
    fc.assert(
      fc.property(arbSquareMap(3, 4), (t) => {
        const balanced = slowAllComponentsBalanced(t);
        expect(isBijection(t)).toBe(balanced);
        const s = unbalancedComponent(t);
        expect(s === null).toBe(balanced);
        if (s !== null) {
          // The reported S is unbalanced and is the first one in mask order.
          for (let r = 1; r <= s; r++) {
            let sum = 0;
            for (let x = 0; x < t.image.length; x++) sum += slowComponentValue(t, r, x);
            expect(sum !== 0).toBe(r === s);
          }
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
