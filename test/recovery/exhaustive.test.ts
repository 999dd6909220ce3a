import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bijections } from '../../src/search/enumerate/bijections.js';
import { forEachGroupElement, canonicalRepresentative, groupOrder, inGroup, isCanonicalRepresentative } from '../../src/recovery/groups.js';
import { forEachRepresentative } from '../../src/recovery/exhaustive.js';
import { recoverExhaustive } from '../../src/recovery/engine.js';
import { BIASES, GROUPS, type Bias, type Group, type RecoveryProblem } from '../../src/recovery/types.js';
import { fromInt32 } from '../../src/core/cubeFunction.js';
import { SEED, arbBijectionImage, arbBooleanTask, arbRationalTask, arbSupport, mapOf, objectiveText, slowObjective } from './helpers.js';

function arbProblem(d: number): fc.Arbitrary<RecoveryProblem> {
  return fc.constantFrom(...BIASES).chain((bias: Bias) => arbProblemFor(d, bias));
}

function arbProblemFor(d: number, bias: Bias): fc.Arbitrary<RecoveryProblem> {
  return fc.record({
      d: fc.constant(d),
      psi: arbBijectionImage(d).map((v) => mapOf(d, v)),
      tasks: fc.array(bias === 'head-gf2' ? arbBooleanTask(d) : fc.oneof(arbBooleanTask(d), arbBooleanTask(d), arbRationalTask(d)), { minLength: 1, maxLength: 3 }),
      bias: fc.constant(bias),
      group: fc.constantFrom<Group>(...GROUPS),
      support: arbSupport(d),
    });
}

describe('orbit representatives', () => {
  it('there are (2^d)!/|H| of them, one per orbit', () => {
    const expected: Record<number, [number, number]> = { 1: [1, 1], 2: [3, 1], 3: [840, 30] };
    for (const d of [1, 2, 3]) {
      expect(forEachRepresentative(d, 'signed-permutation', () => {})).toBe(expected[d]![0]);
      expect(forEachRepresentative(d, 'gf2-affine', () => {})).toBe(expected[d]![1]);
    }
  });

  it('the canonical representative lies in the orbit and is the same for every orbit member', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }).chain((d) => fc.tuple(fc.constant(d), arbBijectionImage(d), fc.constantFrom<Group>(...GROUPS), fc.nat())), ([d, v, h, pick]) => {
        const c = canonicalRepresentative(d, v, h);
        expect(isCanonicalRepresentative(d, c, h)).toBe(true);
        const members: Uint32Array[] = [];
        forEachGroupElement(d, h, (a) => void members.push(v.map((x) => a[x]!)));
        expect(members.length).toBe(groupOrder(d, h));
        expect(members.some((w) => w.every((x, z) => x === c[z]))).toBe(true);
        const other = members[pick % members.length]!;
        expect(Array.from(canonicalRepresentative(d, other, h))).toEqual(Array.from(c));
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});

describe('exhaustive recovery', () => {
  it('d = 2: plain and coset enumeration agree with a from-scratch enumeration on every bias', () => {
    fc.assert(
      fc.property(arbProblem(2), (p) => {
        const { d } = p;
        let best: string | null = null;
        let bestVal: ReturnType<typeof slowObjective> | null = null;
        const mins: Uint32Array[] = [];
        for (const V of bijections(d)) {
          const o = slowObjective(p, V.image);
          const cmp = bestVal === null ? -1 : compareObjectives(o, bestVal);
          if (cmp < 0) {
            bestVal = o;
            best = objectiveText(o);
            mins.length = 0;
          }
          if (cmp <= 0) mins.push(V.image);
        }
        const recovers = mins.every((m) => inGroup(d, m, p.group));
        for (const symmetry of [false, true]) {
          const r = recoverExhaustive(p, { symmetry });
          expect(objectiveText(r.minimum)).toBe(best);
          expect(r.minimizers).toBe(mins.length);
          expect(r.recovers).toBe(recovers);
          expect(r.witness === null).toBe(recovers);
          if (r.witness) {
            expect(inGroup(d, r.witness.image, p.group)).toBe(false);
            expect(objectiveText(slowObjective(p, r.witness.image))).toBe(best);
          }
          expect(objectiveText(slowObjective(p, r.best.image))).toBe(best);
          expect(objectiveText(r.trueLatentsObjective)).toBe(objectiveText(slowObjective(p, Uint32Array.from([0, 1, 2, 3]))));
        }
      }),
      { seed: SEED, numRuns: 80 },
    );
  });

  it('d = 3: the coset shortcut agrees with plain enumeration on every bias and group', () => {
    for (const bias of BIASES) {
      for (const group of GROUPS) {
        fc.assert(
          fc.property(arbProblemFor(3, bias), (p0) => {
            const p = { ...p0, group };
            const a = recoverExhaustive(p, { symmetry: false });
            const b = recoverExhaustive(p, { symmetry: true });
            expect(objectiveText(b.minimum)).toBe(objectiveText(a.minimum));
            expect(b.minimizers).toBe(a.minimizers);
            expect(b.recovers).toBe(a.recovers);
            expect(b.witness === null).toBe(a.witness === null);
            if (b.witness) expect(inGroup(3, b.witness.image, group)).toBe(false);
            expect(a.stats.evaluations).toBe(40320);
            expect(b.stats.evaluations).toBe(bias === 'head-gf2' ? 30 : 840);
          }),
          { seed: SEED, numRuns: 1 },
        );
      }
    }
  });

  it('an aborted enumeration is not exact', () => {
    const c = new AbortController();
    c.abort();
    const p: RecoveryProblem = { d: 3, psi: mapOf(3, Uint32Array.from([0, 1, 2, 3, 4, 5, 6, 7])), tasks: [fromInt32(3, Int32Array.from([1, -1, 1, 1, -1, 1, 1, -1]))], bias: 'head-degree', group: 'signed-permutation', support: null };
    const r = recoverExhaustive(p, { signal: c.signal, symmetry: false });
    expect(r.exact).toBe(false);
    expect(r.minimizers).toBeNull();
    expect(r.stats.evaluations).toBe(4096); // stops at the first check, with a best V in hand
    expect(r.best.image).toHaveLength(8);
  });
});

function compareObjectives(a: ReturnType<typeof slowObjective>, b: ReturnType<typeof slowObjective>): number {
  if (a.kind === 'number' && b.kind === 'number') return a.value - b.value;
  if (a.kind === 'profile' && b.kind === 'profile') {
    for (let k = a.weights.length - 1; k >= 0; k--) {
      const c = a.weights[k]!.compare(b.weights[k]!);
      if (c !== 0) return c;
    }
    return 0;
  }
  throw new Error('mixed objectives');
}
