/**
 * The cell bound of the rep biases' exact search (repCellBound.ts, repCellCut.ts; docs/math.md,
 * "Cell bound on the heads"): the table is the least degree per cell counts (brute force at
 * d = 3), it bounds deg(h o V^-1) from below and dominates the correlation bound (random V at
 * d = 4), and the search with it (REP_CELLS on) gives the same minimum, count, verdict and
 * infeasible totals as without it (repDegreeProfile.ts's correlation bound) at d = 2, 3 (random
 * psi, m = d and m > d) and d = 4 (low-degree tasks and small sets of the seed-2025 curve).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { recoverByTuples } from '../../../src/recovery/exact/exactRecovery.js';
import { REP_CELLS, cellLeast, cellTable } from '../../../src/recovery/exact/repCellBound.js';
import { booleanTables } from '../../../src/recovery/booleanTables.js';
import { sampleTask } from '../../../src/recovery/distributions.js';
import { makeRng } from '../../../src/recovery/rng.js';
import { identityMap } from '../../../src/maps/boolMap.js';
import { GROUPS, type Group, type RecoveryProblem } from '../../../src/recovery/types.js';
import { SEED, arbBijectionImage, arbBooleanTask } from '../helpers.js';
import { REP_BIASES, arbLowTask, arbPsi } from './repHelpers.js';

afterEach(() => {
  REP_CELLS.on = true;
});

const popcount = (x: number): number => {
  let c = 0;
  for (let r = x; r !== 0; r &= r - 1) c++;
  return c;
};

/** The per-class counts of code on the classes classOf(point) (a string key). */
const countsKey = (size: number, code: number, classOf: (x: number) => number): string => {
  const n = new Map<number, number>();
  for (let x = 0; x < size; x++) if ((code >>> x) & 1) n.set(classOf(x), (n.get(classOf(x)) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => a[0] - b[0]).join(';');
};

describe('the cell table', () => {
  it('d = 3: least degree per cell counts, plain and refined by a first head, equals the brute-force minimum', () => {
    const d = 3;
    const size = 8;
    const degree = booleanTables(d).degree;
    for (const G of [0, 0x17, 0x96, 0x01, 0x3c]) {
      const table = cellTable(d, G)!;
      for (let p = 0; p < d; p++) {
        const classOf = (r: number) => (r & ((1 << p) - 1)) + (((G >>> r) & 1) << p);
        const least = new Map<string, number>();
        for (let g = 0; g < 1 << size; g++) {
          const k = countsKey(size, g, classOf);
          least.set(k, Math.min(least.get(k) ?? 99, degree[g]!));
        }
        // Every code read through cellLeast with V = identity (cell of z = low bits of z, H = G).
        const cellOf = Int32Array.from({ length: size }, (_, z) => z & ((1 << p) - 1));
        for (let g = 0; g < 1 << size; g++) expect(cellLeast(table, p, cellOf, g, G), `G=${G} p=${p} g=${g}`).toBe(least.get(countsKey(size, g, classOf)));
      }
    }
  });

  it('d = 4: for random V and h, correlation bound <= plain <= refined <= deg(h o V^-1)', () => {
    const d = 4;
    const degree = booleanTables(d).degree;
    fc.assert(
      fc.property(arbBijectionImage(d), fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 0xffff }), (v, h, h1) => {
        const moved = (c: number) => {
          let out = 0;
          for (let z = 0; z < 16; z++) if ((c >>> z) & 1) out |= 1 << v[z]!;
          return out >>> 0;
        };
        const truth = degree[moved(h)]!;
        const G = moved(h1);
        const coords = [0, 1, 2, 3].map((b) => Array.from({ length: 16 }, (_, z) => (v[z]! >>> b) & 1));
        for (let p = 1; p <= d; p++) {
          const cellOf = Int32Array.from({ length: 16 }, (_, z) => coords.slice(0, p).reduce((c, col, i) => c | (col[z]! << i), 0));
          const plain = cellLeast(cellTable(d, 0)!, p, cellOf, h, 0);
          const refined = cellLeast(cellTable(d, G)!, p, cellOf, h, h1);
          let corr = 0;
          for (let S = 1; S < 1 << p; S++) {
            let code = h;
            for (let i = 0; i < p; i++) if ((S >>> i) & 1) code ^= coords[i]!.reduce((c, bit, z) => c | (bit << z), 0);
            if (popcount(code >>> 0) !== 8) corr = Math.max(corr, popcount(S));
          }
          expect(corr).toBeLessThanOrEqual(plain);
          expect(plain).toBeLessThanOrEqual(refined);
          expect(refined).toBeLessThanOrEqual(truth);
          if (p === d) expect(plain).toBe(truth);
        }
      }),
      { seed: SEED + 401, numRuns: 60 },
    );
  });
});

function both(p: RecoveryProblem, mode: boolean | 'verdict' = false) {
  REP_CELLS.on = false;
  const off = recoverByTuples(p, undefined, undefined, mode);
  REP_CELLS.on = true;
  const on = recoverByTuples(p, undefined, undefined, mode);
  return { on: on!, off: off! };
}

const same = (p: RecoveryProblem, label: string) => {
  const { on, off } = both(p);
  expect(on.minimum, label).toBe(off.minimum);
  expect(on.minimizers, label).toBe(off.minimizers);
  expect(on.recovers, label).toBe(off.recovers);
  expect(on.infeasible, label).toEqual(off.infeasible);
  expect(both(p, 'verdict').on.recovers, label).toBe(off.recovers);
};

describe('cell bound on = off', () => {
  for (const [d, m, runs] of [[2, 2, 20], [3, 3, 30], [3, 4, 12]] as const) {
    it(`d = ${d}, m = ${m}: minimum, minimisers, verdict, infeasible totals`, () => {
      fc.assert(
        fc.property(arbPsi(d, m), fc.array(arbBooleanTask(d), { minLength: 1, maxLength: 4 }), fc.constantFrom(...REP_BIASES), fc.constantFrom<Group>(...GROUPS), (psi, tasks, bias, group) => {
          same({ d, psi, tasks, bias, group, support: null }, `${bias} ${group} psi=${Array.from(psi.image)}`);
        }),
        { seed: SEED + 409 + 10 * d + m, numRuns: runs },
      );
    });
  }

  it('d = 3, 24 tasks (more levels than class ids fit in 2^k bits): head+rep and hier-max', () => {
    const rng = makeRng(7);
    const tasks = Array.from({ length: 24 }, () => sampleTask({ kind: 'uniform' }, 3, rng));
    for (const bias of ['head+rep', 'hier-max'] as const) same({ d: 3, psi: identityMap(3), tasks, bias, group: 'signed-permutation', support: null }, bias);
  });

  it('d = 4, low-degree tasks, head+rep and hier-max', () => {
    fc.assert(
      fc.property(fc.array(arbLowTask, { minLength: 1, maxLength: 3 }), fc.constantFrom('head+rep' as const, 'hier-max' as const), (tasks, bias) => {
        same({ d: 4, psi: identityMap(4), tasks, bias, group: 'signed-permutation', support: null }, bias);
      }),
      { seed: SEED + 419, numRuns: 6 },
    );
  });

  it('d = 4, the seed-2025 curve at k = 1, 2 (uniform tasks), head+rep', () => {
    const rng = makeRng(2025);
    const sets = Array.from({ length: 20 }, (_, i) => Array.from({ length: i < 10 ? 1 : 2 }, () => sampleTask({ kind: 'uniform' }, 4, rng)));
    for (const i of [0, 3, 10, 12]) same({ d: 4, psi: identityMap(4), tasks: sets[i]!, bias: 'head+rep', group: 'signed-permutation', support: null }, `set ${i}`);
  });
});
