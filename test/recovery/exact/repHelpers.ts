/** Arbitraries for the representation-bias tests: injective psi into C_m, supports, problems. */
import fc from 'fast-check';
import { GROUPS, type Bias, type Group, type RecoveryProblem } from '../../../src/recovery/types.js';
import type { BoolMap } from '../../../src/maps/boolMap.js';
import { type CubeFunction, fromSignBits } from '../../../src/core/cubeFunction.js';
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


const popcount = (x: number): number => {
  let c = 0;
  for (let r = x; r !== 0; r &= r - 1) c++;
  return c;
};

/** Low-degree Boolean tasks at d = 4 (a parity times part of another, or an AND): head+rep stays within seconds. */
export const arbLowTask: fc.Arbitrary<CubeFunction> = fc
  .tuple(fc.integer({ min: 1, max: 15 }), fc.integer({ min: 0, max: 15 }), fc.boolean())
  .map(([S, T, and]) => fromSignBits(4, (z) => (and ? (z & S) === S : ((popcount(z & S) + popcount(z & T & 3)) & 1) === 1)));
