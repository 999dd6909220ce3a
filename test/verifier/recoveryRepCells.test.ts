/**
 * The rep search's two newer cuts (src/verifier/recoveryRepCells.ts, recoveryRepBound.ts) against
 * the definitions, at d = 3 and 4 with a fixed fast-check seed:
 * - the cell table's lookup = the least head cost over every code with the pairs' counts (brute
 *   force over all codes), for random V, first-head code G and chosen bits S; a pair that is not a
 *   whole cell gives null;
 * - the profile bound never exceeds the true cost of a V at the node it describes (V's first head
 *   and chosen coordinates fixed, the open ones bounded by the least coordinate cost, the other
 *   heads by their floors), under each bias; and a planted unsound cut (the sum bound used for
 *   hier-max, which charges every open coordinate instead of their max) is caught by that check.
 * The search with both cuts on is compared with a brute force over all bijections of C_3 in
 * recoveryRepSearch.test.ts; the S4 verdicts with the engine in recoverySolveRep.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellLookahead } from '../../src/verifier/recoveryRepCells.js';
import { chosenKey, repBound } from '../../src/verifier/recoveryRepBound.js';
import { fourierDegrees } from '../../src/verifier/recoveryRepCosts.js';
import { ones, split, type Pair } from '../../src/verifier/recoveryRepSplit.js';
import type { RepBias } from '../../src/verifier/recoveryRepSearch.js';
import { SEED } from '../recovery/helpers.js';

/** A random bijection of C_d as an image table, from a permutation seed. */
const arbPerm = (d: number) => fc.array(fc.nat(), { minLength: 1 << d, maxLength: 1 << d }).map((keys) => [...keys.keys()].sort((a, b) => keys[a]! - keys[b]! || a - b));
const headOf = (h: number, v: readonly number[]): number => v.reduce((g, x, z) => ((h >>> z) & 1 ? g | (1 << x) : g), 0) >>> 0;
const coordOf = (v: readonly number[], j: number): number => v.reduce((b, x, z) => ((x >>> j) & 1 ? b | (1 << z) : b), 0) >>> 0;
const bitsOf = (d: number, j: number): number => [...Array(1 << d).keys()].reduce((acc, x) => ((x >>> j) & 1 ? acc | (1 << x) : acc), 0) >>> 0;

/** The pairs of a node: the first head's split (h_first on z, G = h_first o V^-1 on x), then the coordinates in S. */
function pairsOf(d: number, v: readonly number[], hFirst: number, S: number): Pair[] {
  const full = 2 ** (1 << d) - 1;
  let pairs: Pair[] | null = split([{ z: full, x: full }], hFirst, headOf(hFirst, v));
  for (let j = 0; j < d; j++) if ((S >>> j) & 1) pairs = split(pairs!, coordOf(v, j), bitsOf(d, j));
  return pairs!;
}

describe('cell tables for the heads look-ahead', () => {
  for (const d of [3, 4]) {
    it(`d = ${d}: lookup = the least cost over all codes with the pairs' counts`, () => {
      const deg = fourierDegrees(d);
      const look = cellLookahead(d, (g) => deg[g]!, () => {});
      fc.assert(
        fc.property(arbPerm(d), fc.nat(2 ** (1 << d) - 1), fc.nat(2 ** (1 << d) - 1), fc.nat((1 << d) - 1), (v, hFirst, h, S) => {
          const pairs = pairsOf(d, v, hFirst, S);
          let least = Infinity;
          for (let g = 0; g < 2 ** (1 << d); g++) if (pairs.every((q) => ones(g & q.x) === ones(h & q.z))) least = Math.min(least, deg[g]!);
          expect(look(headOf(hFirst, v), S, pairs, h)).toBe(least);
          expect(least).toBeLessThanOrEqual(deg[headOf(h, v)]!);
        }),
        { seed: SEED + 40 + d, numRuns: d === 3 ? 60 : 15, verbose: 1 },
      );
    });
  }

  it('a pair that is not a whole cell of (G, S) gives null (the caller scans instead)', () => {
    const deg = fourierDegrees(3);
    const look = cellLookahead(3, (g) => deg[g]!, () => {});
    expect(look(0x0f, 0, [{ z: 0x03, x: 0x03 }, { z: 0xfc, x: 0xfc }], 0x01)).toBeNull();
  });
});

/**
 * Whether bound (as repBound's lower) stays at or below the true cost of every V of the random
 * nodes drawn: V's first head fixed, the coordinates in `chosen` fixed, the rest open.
 */
function boundHolds(d: number, bias: RepBias, bound: typeof repBound, tasks: readonly number[], v: readonly number[], chosenMask: number): boolean {
  const deg = fourierDegrees(d);
  const cost = (g: number): number => deg[g]!;
  const b = bound(d, tasks, 0, bias, cost, cost, deg);
  const coords = [...Array(d).keys()].map((j) => deg[coordOf(v, j)]!);
  const chosen = coords.filter((_, j) => (chosenMask >>> j) & 1);
  const rep = bias === 'hier-max' ? Math.max(0, ...chosen) : chosen.reduce((s, c) => s + c, 0);
  const open = coords.filter((_, j) => !((chosenMask >>> j) & 1)).map(() => b.least);
  const heads = tasks.map((h) => deg[headOf(h, v)]!);
  const truth = heads.reduce((s, c) => s + c, 0) + (bias === 'hier-max' ? Math.max(...coords) : coords.reduce((s, c) => s + c, 0));
  return b.lower(heads[0]!, rep, chosenKey(chosen), open, b.floors) <= truth;
}

describe('the composition bound by degree profile', () => {
  const arbTasks = (d: number) => fc.array(fc.nat(2 ** (1 << d) - 1), { minLength: 1, maxLength: 4 });
  it('never exceeds the cost of a V at its node (d = 3 and 4, each bias)', () => {
    for (const d of [3, 4]) {
      fc.assert(
        fc.property(arbTasks(d), arbPerm(d), fc.nat((1 << d) - 1), fc.constantFrom<RepBias>('head+rep', 'hier-sum', 'hier-max'), (tasks, v, mask, bias) => {
          expect(boundHolds(d, bias, repBound, tasks, v, mask)).toBe(true);
        }),
        { seed: SEED + 50 + d, numRuns: 200, verbose: 1 },
      );
    }
  });

  it('a planted unsound cut is caught: the sum form used under hier-max exceeds some V\'s cost', () => {
    const planted: typeof repBound = (d, tasks, first, _bias, head, coord, deg) => repBound(d, tasks, first, 'head+rep', head, coord, deg);
    const found = fc.check(
      fc.property(arbTasks(3), arbPerm(3), fc.nat(7), (tasks, v, mask) => boundHolds(3, 'hier-max', planted, tasks, v, mask)),
      { seed: SEED + 60, numRuns: 300 },
    );
    expect(found.failed).toBe(true);
  });
});
