/** Arbitraries for the representation-bias tests: injective psi into C_m, supports, problems. */
import fc from 'fast-check';
import { GROUPS, type Bias, type Group, type RecoveryProblem } from '../../../src/recovery/types.js';
import type { BoolMap } from '../../../src/maps/boolMap.js';
import { arbBijectionImage, arbBooleanTask, arbRationalTask } from '../helpers.js';

export const REP_BIASES: readonly Bias[] = ['head+rep', 'hier-sum', 'hier-max'];

/** psi: C_d -> C_m injective (m = d: a bijection). */
export function arbPsi(d: number, m: number): fc.Arbitrary<BoolMap> {
  if (m === d) return arbBijectionImage(d).map((image) => ({ n: d, m, image }));
  return fc.shuffledSubarray(Array.from({ length: 2 ** m }, (_, x) => x), { minLength: 2 ** d, maxLength: 2 ** d }).map((xs) => ({ n: d, m, image: Uint32Array.from(xs) }));
}

export const arbSupportOf = (d: number, min: number): fc.Arbitrary<number[]> =>
  fc.subarray(Array.from({ length: 2 ** d }, (_, z) => z), { minLength: min }).map((s) => [...s].sort((a, b) => a - b));

export function arbRepProblem(d: number, bias: Bias, m: fc.Arbitrary<number>): fc.Arbitrary<RecoveryProblem> {
  return fc.record({
    d: fc.constant(d),
    psi: m.chain((mm) => arbPsi(d, mm)),
    tasks: fc.array(fc.oneof(arbBooleanTask(d), arbRationalTask(d)), { minLength: 1, maxLength: 3 }),
    bias: fc.constant(bias),
    group: fc.constantFrom<Group>(...GROUPS),
    support: fc.oneof(arbSupportOf(d, 1), fc.constant(null)),
  });
}

