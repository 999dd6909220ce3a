import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromInt32 } from '../../src/core/cubeFunction.js';
import { identityMap } from '../../src/maps/boolMap.js';
import { signedPermutationMap } from '../../src/maps/signedPermutation.js';
import { recoverExhaustive } from '../../src/recovery/engine.js';
import { certificateVerdict, theoremCertificate } from '../../src/recovery/structure.js';
import { inGroup } from '../../src/recovery/groups.js';
import { BIASES, GROUPS, type Bias, type Group, type RecoveryProblem } from '../../src/recovery/types.js';
import { SEED, allParities, arbBijectionImage, dictators, mapOf, objectiveText, parity, slowObjective } from './helpers.js';


describe('theorem certificates agree with enumeration (d = 2, 3)', () => {
  it('dictators (any signs, order, repeats, constants) and all parities, every bias and group', () => {
    const arbDictators = (d: number) =>
      fc
        .array(fc.integer({ min: 0, max: d + 1 }), { minLength: d, maxLength: d + 2 })
        .map((js) => [...js, ...Array.from({ length: d }, (_, j) => j)].map((j) => (j < d ? parity(d, 1 << j) : fromInt32(d, new Int32Array(2 ** d).fill(j === d ? 1 : -1)))));
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }).chain((d) =>
          fc.record({
            d: fc.constant(d),
            tasks: fc.oneof(arbDictators(d), fc.constant(allParities(d))),
            bias: fc.constantFrom<Bias>(...BIASES),
            group: fc.constantFrom<Group>(...GROUPS),
            psi: fc.oneof(arbBijectionImage(d).map((v) => mapOf(d, v)), fc.constant(signedPermutationMap(d === 2 ? [2, 1] : [3, 1, 2], d === 2 ? [1, -1] : [-1, 1, 1]))),
            support: fc.constant(null),
          }),
        ),
        (p) => {
          const cert = theoremCertificate(p);
          if (cert === null) return;
          const r = recoverExhaustive(p);
          expect(r.minimizers).toBe(cert.minimizers);
          const v = certificateVerdict(cert, p.d, p.group);
          expect(v.recovers).toBe(r.recovers);
          if (v.witness) {
            expect(inGroup(p.d, v.witness, p.group)).toBe(false);
            expect(objectiveText(slowObjective(p, v.witness))).toBe(objectiveText(r.minimum));
          }
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });
});

describe('theorem certificates: all parities, every bias and group, d = 2, 3', () => {
  it('agree with enumeration wherever they apply', () => {
    let applied = 0;
    for (const d of [2, 3]) {
      for (const bias of BIASES) {
        for (const group of GROUPS) {
          const p: RecoveryProblem = { d, psi: identityMap(d), tasks: allParities(d), bias, group, support: null };
          const cert = theoremCertificate(p);
          if (cert === null) continue;
          applied++;
          const r = recoverExhaustive(p);
          expect(cert.minimizers).toBe(r.minimizers);
          const v = certificateVerdict(cert, d, group);
          expect(v.recovers).toBe(r.recovers);
          if (v.witness) expect(objectiveText(slowObjective(p, v.witness))).toBe(objectiveText(r.minimum));
        }
      }
    }
    expect(applied).toBe(16); // head-degree, head-gf2, head-max, head-profile x 2 groups x 2 d
  });
});
