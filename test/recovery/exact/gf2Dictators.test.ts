/**
 * The dictator route (src/recovery/exact/gf2Dictators.ts, gf2DictatorSearch.ts; docs/math.md "All
 * dictators present under head-gf2") against slow, obvious routes: every bijection at d = 3, the
 * tuple search at d = 4 (exact there) and at d = 5 where it decides, the route with its K_a orbits
 * off; its parts (ANF by words, the group K_a, the affine space of the last coordinate) against
 * plain computations; and the literature (|AGL(d, 2)| minimisers of the dictators alone).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anfOfCode, gf2Degree } from '../../../src/recovery/exact/gf2Anf.js';
import { gf2DegreeOfCode } from '../../../src/recovery/exact/costs.js';
import { fibreGroupGenerators, fibreGroupOrder } from '../../../src/recovery/exact/gf2FibreGroup.js';
import { pairSpace, restrictSpace } from '../../../src/recovery/exact/gf2LastCoordinate.js';
import { GF2_DICTATORS, gf2DictatorSteps } from '../../../src/recovery/exact/gf2Dictators.js';
import { GF2_DICTATOR_ORBITS } from '../../../src/recovery/exact/gf2DictatorSearch.js';
import { drainSteps } from '../../../src/recovery/exact/steps.js';
import { recoverByTuples } from '../../../src/recovery/exact/exactRecovery.js';
import { identityMap } from '../../../src/maps/boolMap.js';
import { fromSignBits } from '../../../src/core/cubeFunction.js';
import { inGroup } from '../../../src/recovery/groups.js';
import type { Group, RecoveryProblem } from '../../../src/recovery/types.js';
import { parseFunction } from '../../../src/expr/parseFunction.js';

const SEED = 20261202;
const params = (numRuns: number) => ({ seed: SEED, numRuns, verbose: 1 as const });

/** The tasks as codes over the latents (bit z set where h(z) = -1). */
function taskOf(d: number, code: number) {
  return fromSignBits(d, (z) => ((code >>> z) & 1) === 1);
}
function dictatorCode(d: number, i: number): number {
  let c = 0;
  for (let z = 0; z < 1 << d; z++) if ((z >>> i) & 1) c |= 1 << z;
  return c >>> 0;
}
function problem(d: number, codes: readonly number[], group: Group): RecoveryProblem {
  return { d, psi: identityMap(d), tasks: codes.map((c) => taskOf(d, c)), bias: 'head-gf2', group, support: null };
}
function route(p: RecoveryProblem) {
  const r = drainSteps(gf2DictatorSteps(p, undefined, undefined, false));
  if (r.kind !== 'answer' || r.outcome === null) throw new Error('the route did not answer');
  return r.outcome;
}

/** The cost of V (an image table over the latents): sum over tasks of deg(h o V^-1), plainly. */
function costOfV(d: number, codes: readonly number[], v: Uint32Array): number {
  let total = 0;
  for (const h of codes) {
    let g = 0;
    for (let z = 0; z < 1 << d; z++) if ((h >>> z) & 1) g |= 1 << v[z]!;
    total += gf2DegreeOfCode(d, g >>> 0);
  }
  return total;
}

/** Every bijection V of C_3: the minimum, the number of minimisers, whether all lie in the group. */
function bruteForce3(codes: readonly number[], group: Group): { minimum: number; count: number; recovers: boolean } {
  let minimum = Infinity;
  let count = 0;
  let recovers = true;
  const v = new Uint32Array(8);
  const used = new Array<boolean>(8).fill(false);
  const rec = (z: number): void => {
    if (z === 8) {
      const c = costOfV(3, codes, v);
      if (c < minimum) [minimum, count, recovers] = [c, 0, true];
      if (c === minimum) {
        count++;
        if (recovers && !inGroup(3, v, group)) recovers = false;
      }
      return;
    }
    for (let x = 0; x < 8; x++) {
      if (used[x]) continue;
      used[x] = true;
      v[z] = x;
      rec(z + 1);
      used[x] = false;
    }
  };
  rec(0);
  return { minimum, count, recovers };
}

/**
 * Random instances: each x_i once or twice, possibly negated, plus 1..3 random tasks, each
 * repeated 1..3 times (repeats make a non-affine W pay off, so minimisers with coordinates of
 * degree >= 2 occur; about a third of the draws have some).
 */
const instance = (d: number) =>
  fc.record({
    extra: fc.array(fc.nat(d - 1), { maxLength: 2 }),
    signs: fc.array(fc.boolean(), { minLength: d, maxLength: d }),
    others: fc.array(fc.record({ code: fc.integer({ min: 0, max: 2 ** (1 << d) - 1 }), times: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 3 }),
    group: fc.constantFrom<Group>('signed-permutation', 'gf2-affine'),
  }).map(({ extra, signs, others, group }) => {
    const full = d === 5 ? 0xffffffff : (1 << (1 << d)) - 1;
    const dict = [...Array.from({ length: d }, (_, i) => i), ...extra].map((i, k) => (signs[k % d] ? (dictatorCode(d, i) ^ full) >>> 0 : dictatorCode(d, i)));
    return { codes: [...dict, ...others.flatMap((o) => new Array<number>(o.times).fill(o.code >>> 0))], group };
  });

describe('gf2Dictators: parts', () => {
  it('ANF by words: degree as the bit-by-bit Moebius transform says; the transform is an involution (d = 4, 5)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (c) => {
        expect(gf2Degree(5, c >>> 0)).toBe(gf2DegreeOfCode(5, c >>> 0));
        expect(gf2Degree(4, c & 0xffff)).toBe(gf2DegreeOfCode(4, c & 0xffff));
        expect(anfOfCode(5, anfOfCode(5, c >>> 0))).toBe(c >>> 0);
      }),
      params(300),
    );
  });

  it('K_a: the generators fix x_1..x_a, are affine, and generate a group of the stated order (closure, d = 3 and 4)', () => {
    for (const [d, a] of [[3, 0], [3, 1], [3, 2], [3, 3], [4, 1], [4, 2], [4, 3]] as const) {
      const gens = fibreGroupGenerators(d, a);
      const n = 1 << d;
      for (const g of gens.perms) {
        for (let x = 0; x < n; x++) {
          expect(g[x]! & ((1 << a) - 1)).toBe(x & ((1 << a) - 1));
          for (let y = 0; y < n; y++) expect(g[x ^ y]! ^ g[0]!).toBe((g[x]! ^ g[0]!) ^ (g[y]! ^ g[0]!)); // affine
        }
      }
      const key = (p: Uint8Array) => Array.from(p).join(',');
      const id = Uint8Array.from({ length: n }, (_, x) => x);
      const seen = new Set([key(id)]);
      const queue = [id];
      for (let i = 0; i < queue.length; i++) {
        for (const g of gens.perms) {
          const h = queue[i]!.map((x) => g[x]!);
          if (!seen.has(key(h))) {
            seen.add(key(h));
            queue.push(h);
          }
        }
      }
      expect(seen.size).toBe(fibreGroupOrder(d, a));
    }
  });

  it('the last coordinate: restrictSpace holds exactly the members of the pair space meeting the degree condition (d = 4, every member listed)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(15), { minLength: 16, maxLength: 16 }), fc.nat(0xffff), fc.nat(0xffff), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), (keys, p0, p1, e, hi) => {
        // Pairs: a random partition of C_4 into 8 pairs (sort the points by random keys).
        const order = Array.from({ length: 16 }, (_, x) => x).sort((x, y) => keys[x]! - keys[y]! || x - y);
        const pairs = Array.from({ length: 8 }, (_, i) => ((1 << order[2 * i]!) | (1 << order[2 * i + 1]!)) >>> 0);
        const ok = (c: number) => gf2DegreeOfCode(4, c) <= hi && gf2DegreeOfCode(4, (p0 ^ (c & p1)) & 0xffff) <= e;
        const want = new Set<number>();
        for (let m = 0; m < 256; m++) {
          let c = 0;
          pairs.forEach((p, i) => (c |= (m >>> i) & 1 ? p & ~(p & -p) : p & -p));
          if (ok(c >>> 0)) want.add(c >>> 0);
        }
        let s = restrictSpace(4, pairSpace(pairs), 0, 0xffff, hi);
        if (s !== null) s = restrictSpace(4, s, p0, p1, e);
        const got = new Set<number>();
        if (s !== null) for (let m = 0; m < 2 ** s.directions.length; m++) got.add(s.directions.reduce((c, dir, i) => ((m >>> i) & 1 ? c ^ dir : c), s.start) >>> 0);
        expect(s === null ? 0 : 2 ** s.directions.length).toBe(got.size); // the directions are independent
        expect([...got].sort((x, y) => x - y)).toEqual([...want].sort((x, y) => x - y));
      }),
      params(60),
    );
  });
});

describe('gf2Dictators: the route against slow ones', () => {
  it('d = 3: minimum, number of minimisers and verdict as over all 8! bijections; best and witness are minimisers', () => {
    fc.assert(
      fc.property(instance(3), ({ codes, group }) => {
        const want = bruteForce3(codes, group);
        const p = problem(3, codes, group);
        for (const orbits of [true, false]) {
          GF2_DICTATOR_ORBITS.on = orbits;
          try {
            const got = route(p);
            expect({ minimum: got.minimum, count: Number(got.minimizers), recovers: got.recovers }).toEqual(want);
            expect(costOfV(3, codes, got.best)).toBe(want.minimum);
            if (got.witness !== null) {
              expect(costOfV(3, codes, got.witness)).toBe(want.minimum);
              expect(inGroup(3, got.witness, group)).toBe(false);
            }
          } finally {
            GF2_DICTATOR_ORBITS.on = true;
          }
        }
      }),
      params(15),
    );
  });

  it('d = 4: the same answer as the tuple search (exact at d = 4)', () => {
    fc.assert(
      fc.property(instance(4), ({ codes, group }) => {
        const p = problem(4, codes, group);
        const want = recoverByTuples(p)!;
        const got = route(p);
        expect([got.minimum, got.minimizers, got.recovers, got.infeasible]).toEqual([want.minimum, want.minimizers, want.recovers, want.infeasible]);
        expect(costOfV(4, codes, got.best)).toBe(want.minimum);
      }),
      params(8),
    );
  });

  it('d = 4: minimisers with a coordinate of degree 3 (x4 + x1 x2 x3 three times), as the tuple search (d = 5: bench/gf2Dictators.ts)', () => {
    // x_d + prod_{i<d} x_i three times: W_d = x_d + prod x_i makes its heads x_d (degree 1).
    const top = (d: number) => {
      let c = 0;
      for (let z = 0; z < 1 << d; z++) if ((((z >>> (d - 1)) & 1) ^ (z === (1 << d) - 1 || z === (1 << (d - 1)) - 1 ? 1 : 0)) === 1) c |= 1 << z;
      return c >>> 0;
    };
    const codes4 = [...Array.from({ length: 4 }, (_, i) => dictatorCode(4, i)), top(4), top(4), top(4)];
    for (const group of ['signed-permutation', 'gf2-affine'] as const) {
      const p = problem(4, codes4, group);
      const want = recoverByTuples(p)!;
      const got = route(p);
      expect([got.minimum, got.minimizers, got.recovers]).toEqual([want.minimum, want.minimizers, want.recovers]);
      expect(got.minimum).toBe(9); // 3 + 3 + 3 x 1, against 4 + 3 x 3 for the identity
    }
  });

  it('d = 5: the K_a orbits on the first inner level give the count of the plain enumeration', () => {
    // x5 + x1 x2 and x4 + x2 x3, twice each: minimisers with two coordinates of degree 2.
    const poly = (ms: number[][]) => {
      let c = 0;
      for (let z = 0; z < 32; z++) if (ms.reduce((acc, m) => acc ^ (m.every((v) => (z >>> (v - 1)) & 1) ? 1 : 0), 0)) c |= 1 << z;
      return c >>> 0;
    };
    const a = poly([[5], [1, 2]]);
    const b = poly([[4], [2, 3]]);
    for (const codes of [[a, b, b], [a, a, b, b]]) {
      const p = problem(5, [...Array.from({ length: 5 }, (_, i) => dictatorCode(5, i)), ...codes], 'gf2-affine');
      const on = route(p);
      GF2_DICTATOR_ORBITS.on = false;
      try {
        const off = route(p);
        expect([off.minimum, off.minimizers, off.recovers]).toEqual([on.minimum, on.minimizers, on.recovers]);
      } finally {
        GF2_DICTATOR_ORBITS.on = true;
      }
      expect(on.recovers).toBe(false);
    }
  });

  it('d = 5: the engine with the route gives the answer of the tuple search where that decides fast', () => {
    for (const text of ['x1;x2;x3;x4;x5;x1*x2*x3', 'x1;x2;x3;x4;x5;x1*x2;x1*x2;x1*x2', 'x1;-x2;x3;x4;x5;x1*x2*x3;x1*x2*x3;x4*x5']) {
      const tasks = text.split(';').map((e) => {
        const f = parseFunction(e, { n: 5 });
        if (!f.ok) throw new Error(e);
        return f.value;
      });
      for (const group of ['signed-permutation', 'gf2-affine'] as const) {
        const p: RecoveryProblem = { d: 5, psi: identityMap(5), tasks, bias: 'head-gf2', group, support: null };
        const got = recoverByTuples(p)!;
        GF2_DICTATORS.on = false;
        let want;
        try {
          want = recoverByTuples(p)!;
        } finally {
          GF2_DICTATORS.on = true;
        }
        expect([got.minimum, got.minimizers, got.recovers, got.infeasible]).toEqual([want.minimum, want.minimizers, want.recovers, want.infeasible]);
      }
    }
  });

  it('the dictators alone: |AGL(d, 2)| minimisers at total d (1344, 322,560, 319,979,520), recovering only up to AGL', () => {
    for (const [d, order] of [[3, 1344n], [4, 322560n], [5, 319979520n]] as const) {
      for (const group of ['signed-permutation', 'gf2-affine'] as const) {
        const got = route(problem(d, Array.from({ length: d }, (_, i) => dictatorCode(d, i)), group));
        expect([got.minimum, got.minimizers, got.recovers]).toEqual([d, order, group === 'gf2-affine']);
      }
    }
  });
});
