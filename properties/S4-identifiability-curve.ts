/**
 * docs/math.md S4, the identifiability curve, recorded as a closed claim over the listed samples.
 *
 * The task sets were drawn by the seeded sampler of `cubecheck curve` (src/recovery/curve.ts):
 *   cubecheck curve --latents 2 --tasks-from uniform --k 1..6 --samples 20 --seed 2025 --bias all
 * i.e. one generator seeded with 2025; for k = 1..6 in turn, 20 sets of k tasks, each task a
 * uniformly random Boolean function on C_2. TASK_SETS[k-1][s] is set s of size k, one hex digit
 * per task in drawing order (the digit is the task's hex: table: bit x set when h(x) = -1).
 * RECOVERS[bias][k-1] has one character per set: 1 when every minimiser of the bias (psi the
 * identity, full support) is a signed permutation. The predicate re-solves every listed instance
 * and checks every flag, so a certificate proves the whole table; test/properties/curve.test.ts
 * checks that the sampler with seed 2025 draws exactly these sets and that `cubecheck curve`
 * prints these counts. Larger curves: `cubecheck curve` (exact per instance, no certificate), or
 * a copy of this file with other samples.
 */
import { defineProperty } from '../src/claim/index.js';
import type { Fn, RecoveryBias } from '../src/claim/index.js';

export const TASK_SETS: readonly (readonly string[])[] = [
  ['c', 'f', '7', '1', 'd', 'c', '1', 'a', '8', '3', '2', '2', 'e', '6', 'd', '5', '9', 'b', 'f', '6'],
  ['16', '9d', 'e6', '71', '24', 'b5', '3c', 'a5', 'af', 'e6', 'c1', 'c2', '41', '28', 'e3', '75', '7a', 'ec', 'ba', '1b'],
  ['f95', 'da1', '30c', 'f89', '903', '99e', 'a13', '1e9', 'b35', '233', '7ae', '631', '737', 'a2e', '713', '89a', '973', 'f54', '394', '6fb'],
  ['099d', 'e6a7', '860a', 'de59', '5947', 'd17c', '1552', 'f23c', '6a7d', 'd9d6', '0f6a', 'e733', 'c99f', 'd251', '9e29', 'fa1f', '49ce', 'b329', 'e20d', '74a7'],
  ['a9963', '8586e', '7d7bb', '34ccb', 'd33f8', 'fde71', '1bcb3', '50e44', '72de7', '45915', '62c13', '90104', '57ffa', '0b470', 'b3ad9', 'e9582', 'ba38b', 'fd61f', '1a77f', '93197'],
  ['a17d7f', '84d002', 'b5ce0d', '1db462', 'feb333', 'b6ee3e', 'f999e1', '2280ef', '0e5580', '383af8', '644911', '7cf502', 'a19f32', 'e840ad', '4f9625', '1d2c3d', 'a3f244', 'dbc6a5', '11ba80', '8cc18d'],
];

export const RECOVERS: Readonly<Record<RecoveryBias, readonly string[]>> = {
  'head-degree': ['00000000000000000000', '00000000000000000000', '00000010100000000000', '00000000000000000000', '00000000000000001000', '00100000010100001000'],
  'head-gf2': ['00000000000000000000', '00000000000000000000', '00000000000000000000', '00000000000000000000', '00000000000000000000', '00000000000000000000'],
  'head-max': ['00000000000000000000', '00000000000000000000', '00000000000000000000', '00000000000000000000', '00000000000000000000', '00000000000000000000'],
  'head+rep': ['11111111111110110110', '00011111101111111111', '01100010111011100100', '00000111000101010011', '00111111100011101010', '11101001110111011111'],
  'head-profile': ['00000000000000000000', '00000000000000000000', '00000010100000000000', '00000000000000000000', '00000000000000001000', '00100000010100001000'],
};

const BIASES = Object.keys(RECOVERS) as RecoveryBias[];
const count = (flags: string): number => [...flags].filter((c) => c === '1').length;
const curve = BIASES.map((b) => `${b} ${RECOVERS[b].map(count).join(', ')}`).join('; ');

/** The task on C_2 whose hex: table is the digit c. */
const task = (c: string): Fn => ({ n: 2, values: Int32Array.from({ length: 4 }, (_, x) => ((parseInt(c, 16) >>> x) & 1 ? -1 : 1)) });

export default defineProperty({
  id: 'S4-identifiability-curve',
  statement:
    'Identifiability curve at d = 2 latents (psi the identity, full support, recovery up to signed permutations): ' +
    'for k = 1..6 Boolean tasks drawn independently and uniformly from the 16 functions on C_2, 20 task sets per k ' +
    '(drawn by `cubecheck curve` with seed 2025 and listed in this file), every minimiser of the bias recovers the latents ' +
    `on exactly these numbers of the 20 sets (the fraction is the number / 20), for k = 1..6: ${curve}; ` +
    'and on exactly the sets flagged in this file.',
  status: 'theorem',
  variables: {},
  predicate: (_, k) =>
    TASK_SETS.length === 6 &&
    TASK_SETS.every((sets, i) => sets.length === 20 && sets.every((set) => set.length === i + 1)) &&
    BIASES.every((bias) => RECOVERS[bias].length === 6 && RECOVERS[bias].every((flags) => flags.length === 20)) &&
    TASK_SETS.every((sets, i) =>
      sets.every((set, s) =>
        BIASES.every((bias) => k.recoverySummary({ tasks: [...set].map(task), bias, group: 'signed-permutation' }).recovers === (RECOVERS[bias][i]![s] === '1')),
      ),
    ),
  defaultScope: { n: 2 },
  minN: 2,
  maxN: 2,
  tags: ['S4', 'world-model', 'identifiability-curve', 'closed'],
});
