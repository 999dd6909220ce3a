/**
 * The stabiliser chain (src/recovery/exact/stabiliserChain.ts, permGroup.ts): its generators
 * generate the groups (closure order at d <= 3), Schreier + Sims give the true stabilisers
 * (against a brute force over the group), and the tuple search with the chain agrees with the
 * search without it (count, minimum, verdict) at d = 3 and 4; the d = 5 count 2^5 |GL(5,2)|.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identityMap } from '../../src/maps/boolMap.js';
import { recoverByTuples } from '../../src/recovery/exact/exactRecovery.js';
import { STABILISER_CHAIN } from '../../src/recovery/exact/exactSwitches.js';
import { groupGenerators, stabiliserChain } from '../../src/recovery/exact/stabiliserChain.js';
import { type Perm, Generators, compose, moveCode, simsFilter, stabiliserOf } from '../../src/recovery/exact/permGroup.js';
import { forEachGroupElement, groupOrder, inGroup } from '../../src/recovery/groups.js';
import { makeScorer } from '../../src/recovery/scorer.js';
import { recoverExhaustive } from '../../src/recovery/engine.js';
import { GROUPS, type Bias, type Group, type RecoveryProblem } from '../../src/recovery/types.js';
import type { CubeFunction } from '../../src/core/cubeFunction.js';
import { SEED, arbBooleanTask, dictators, parity } from './helpers.js';

const HEAD_ONLY: Bias[] = ['head-degree', 'head-gf2', 'head-max', 'head-profile'];

/** Every element of the group the perms generate (breadth first), as strings. */
function closure(n: number, perms: readonly Perm[]): Set<string> {
  const id = Uint8Array.from({ length: n }, (_, x) => x);
  const seen = new Set([id.join(',')]);
  const queue: Perm[] = [id];
  for (let i = 0; i < queue.length; i++) {
    for (const s of perms) {
      const g = compose(s, queue[i]!);
      const key = g.join(',');
      if (!seen.has(key)) {
        seen.add(key);
        queue.push(g);
      }
    }
  }
  return seen;
}

function groupSet(d: number, group: Group): Set<string> {
  const out = new Set<string>();
  forEachGroupElement(d, group, (a) => void out.add(Array.from(a).join(',')));
  return out;
}

describe('permutation groups of the chain', () => {
  for (const d of [1, 2, 3]) {
    for (const group of GROUPS) {
      it(`d = ${d}: the generators generate exactly the ${group}s`, () => {
        const gens = groupGenerators(d, group);
        const all = closure(1 << d, gens.perms);
        expect(all.size).toBe(groupOrder(d, group));
        expect(gens.order).toBe(groupOrder(d, group));
        const want = groupSet(d, group);
        for (const key of all) expect(want.has(key)).toBe(true);
      });
    }
  }

  it("Sims' filter keeps the group (d = 3, affine generators plus random products)", () => {
    const gens = groupGenerators(3, 'gf2-affine').perms;
    const many = [...gens, ...gens.map((a) => compose(a, a)), ...gens.flatMap((a) => gens.map((b) => compose(a, b)))];
    const kept = simsFilter(8, many);
    expect(kept.length).toBeLessThanOrEqual((8 * 7) / 2);
    expect(closure(8, kept).size).toBe(1344);
  });

  for (const group of GROUPS) {
    it(`d = 3: the stabiliser of a code in the ${group}s, and of a pair (chain), by brute force`, () => {
      const top = groupGenerators(3, group);
      const elements = [...groupSet(3, group)].map((k) => Uint8Array.from(k.split(',').map(Number)));
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), (a, b) => {
          const s1 = stabiliserOf(top, a);
          const want1 = elements.filter((e) => moveCode(e, a) === a);
          expect(s1.order).toBe(want1.length);
          expect(closure(8, s1.perms).size).toBe(want1.length);
          for (const p of s1.perms) expect(moveCode(p, a)).toBe(a);
          const s2 = stabiliserOf(s1.order === 1 ? new Generators(8, [], 1) : s1, b);
          const want2 = want1.filter((e) => moveCode(e, b) === b);
          expect(s2.order).toBe(want2.length);
          expect(closure(8, s2.perms).size).toBe(want2.length);
        }),
        { seed: SEED, numRuns: 60, verbose: 1 },
      );
    });
  }

  it('root orbits: sizes over canonical codes add up to 2^(2^d) (d = 4, both groups)', () => {
    for (const group of GROUPS) {
      const chain = stabiliserChain(4, group);
      let total = 0;
      for (let code = 0; code < 1 << 16; code++) {
        const o = chain.rootOrbit(code);
        if (o.canonical === code) total += o.size;
        else expect(o.canonical).toBeLessThan(code);
      }
      expect(total).toBe(1 << 16);
    }
  });
});

function plain<T>(f: () => T): T {
  STABILISER_CHAIN.on = false;
  try {
    return f();
  } finally {
    STABILISER_CHAIN.on = true;
  }
}

function problem(d: number, tasks: CubeFunction[], bias: Bias, group: Group): RecoveryProblem {
  return { d, psi: identityMap(d), tasks, bias, group, support: null };
}

describe('tuple search with the stabiliser chain = without it', () => {
  // Structured tasks (dictators, parities) have large stabilisers and many minimisers; random ones mix in.
  const task = (d: number): fc.Arbitrary<CubeFunction> => fc.oneof(arbBooleanTask(d), fc.integer({ min: 1, max: 2 ** d - 1 }).map((S) => parity(d, S)), fc.constantFrom(...dictators(d)));
  for (const [d, runs] of [[3, 25], [4, 10]] as const) {
    for (const bias of HEAD_ONLY) {
      it(`d = ${d}, ${bias}`, () => {
        fc.assert(
          fc.property(fc.array(task(d), { minLength: 1, maxLength: d === 3 ? 4 : 3 }), fc.constantFrom<Group>(...GROUPS), (tasks, group) => {
            const p = problem(d, tasks, bias, group);
            const fast = recoverByTuples(p);
            const slow = plain(() => recoverByTuples(p));
            expect(fast).not.toBeNull();
            expect(slow).not.toBeNull();
            expect(String(fast!.minimum)).toBe(String(slow!.minimum));
            expect(fast!.minimizers).toBe(slow!.minimizers);
            expect(fast!.recovers).toBe(slow!.recovers);
            const scorer = makeScorer(p);
            const score = (v: Uint32Array): string => JSON.stringify(scorer.toObjective(scorer.evaluate(v)));
            expect(score(fast!.best)).toBe(score(slow!.best));
            if (fast!.witness) {
              expect(inGroup(d, fast!.witness, group)).toBe(false);
              expect(score(fast!.witness)).toBe(score(slow!.best));
            }
            if (d === 3) expect(Number(fast!.minimizers)).toBe(recoverExhaustive(p).minimizers);
          }),
          { seed: SEED + d, numRuns: runs, verbose: 1 },
        );
      });
    }
  }
});

describe('counting very many minimisers', () => {
  // head-gf2: the heads of x1..x5 all have GF(2) degree 1 exactly when W is affine, and then so
  // does the head of x1*x2*x3 (a parity: the sum of three affine coordinates). So the minimum is
  // 6 and the minimisers are the affine bijections: 2^5 * |GL(5,2)| = 32 * 31*30*28*24*16.
  const tasks5 = [...dictators(5), parity(5, 0b00111)];
  it('d = 5, x1..x5 and x1*x2*x3 under head-gf2: 319,979,520 minimisers (all of AGL(5,2)), in a few nodes', () => {
    expect(32 * 31 * 30 * 28 * 24 * 16).toBe(319_979_520);
    const p = problem(5, tasks5, 'head-gf2', 'signed-permutation');
    // The search without the chain does not end within a minute (it walks some 26 million leaves): null.
    const r = recoverByTuples(p, undefined, Date.now() + 60_000);
    expect(r).not.toBeNull();
    expect(r!.minimum).toBe(6);
    expect(r!.minimizers).toBe(319_979_520n);
    expect(r!.nodes).toBeLessThan(100);
    expect(r!.recovers).toBe(false);
    const scorer = makeScorer(p);
    expect(inGroup(5, r!.witness!, 'signed-permutation')).toBe(false);
    expect(inGroup(5, r!.witness!, 'gf2-affine')).toBe(true);
    expect(scorer.toObjective(scorer.evaluate(r!.witness!))).toEqual({ kind: 'number', value: 6 });
    expect(scorer.toObjective(scorer.evaluate(r!.best))).toEqual({ kind: 'number', value: 6 });
    // The curves' 'verdict' mode stops at the first minimiser outside the group: here the first leaf.
    const verdict = recoverByTuples(p, undefined, Date.now() + 60_000, 'verdict');
    expect(verdict?.recovers).toBe(false);
    expect(inGroup(5, verdict!.witness!, 'signed-permutation')).toBe(false);
    const affine = recoverByTuples(problem(5, tasks5, 'head-gf2', 'gf2-affine'), undefined, Date.now() + 60_000);
    expect(affine?.minimizers).toBe(319_979_520n);
    expect(affine?.recovers).toBe(true);
  });

  it('d = 4, x1..x4 and x1*x2 under head-gf2: |AGL(4,2)| = 322,560 minimisers', () => {
    const r = recoverByTuples(problem(4, [...dictators(4), parity(4, 0b0011)], 'head-gf2', 'signed-permutation'));
    expect(r?.minimum).toBe(5);
    expect(r?.minimizers).toBe(BigInt(groupOrder(4, 'gf2-affine')));
    expect(r?.recovers).toBe(false);
  });
});
