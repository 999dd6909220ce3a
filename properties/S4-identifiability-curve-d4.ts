/**
 * docs/math.md S4 at d = 4: the identifiability curve, recorded as a closed claim over the listed samples.
 *
 * The task sets were drawn by the seeded sampler of `cubecheck curve` (src/recovery/curve.ts):
 *   cubecheck curve --latents 4 --tasks-from uniform --k 1..3 --samples 6 --seed 2025 --bias all
 * i.e. one generator seeded with 2025; for k = 1..3 in turn, 6 sets of k tasks, each task a
 * uniformly random Boolean function on C_4. TASK_SETS[k-1][s] is set s of size k, four hex digits
 * per task in drawing order (the task's hex: table: bit z set when h(z) = -1). RECOVERS[bias][k-1]
 * has one character per set: 1 when every minimiser of the bias (psi the identity, full support)
 * is a signed permutation. The predicate re-solves every listed instance and checks every flag:
 * `check` with the engine's exact tuple search, `verify` with the verifier's own
 * (src/verifier/recoverySolve.ts), so a certificate proves the whole table.
 * test/properties/curveD4.test.ts checks that the sampler with seed 2025 draws exactly these sets
 * and that `cubecheck curve` counts the same. The size is what `verify` re-solves in about a minute;
 * head+rep is left out (the verifier has no d = 4 route for it). Larger curves: `cubecheck curve`
 * (exact per instance, no certificate).
 */
import { defineProperty } from '../src/claim/index.js';
import type { Fn, RecoveryBias } from '../src/claim/index.js';

export const TASK_SETS: readonly (readonly string[])[] = [
  ['17fc', 'a1cd', '2238', '5d6e', '6fb9', 'd961'],
  ['176e5b42', '5ac36efa', '2c1c8214', '573ecea7', 'b1abd59f', '031a98fc'],
  ['93091ae99e13', '253ba733136e', 'a73717e2a983', 'f3799345bf64', 'd9907a6ea068', '95ed7495c71d'],
];

export const RECOVERS: Readonly<Partial<Record<RecoveryBias, readonly string[]>>> = {
  'head-degree': ['000000', '000000', '000000'],
  'head-gf2': ['000000', '000000', '000000'],
  'head-max': ['000000', '000000', '000000'],
  'head-profile': ['000000', '000000', '000000'],
};

const BIASES = Object.keys(RECOVERS) as RecoveryBias[];
const flagsOf = (b: RecoveryBias): readonly string[] => RECOVERS[b]!;
const count = (flags: string): number => [...flags].filter((c) => c === '1').length;
const curve = BIASES.map((b) => `${b} ${flagsOf(b).map(count).join(', ')}`).join('; ');

/** The task on C_4 whose hex: table is the four digits c. */
const task = (c: string): Fn => ({ n: 4, values: Int32Array.from({ length: 16 }, (_, z) => ((parseInt(c, 16) >>> z) & 1 ? -1 : 1)) });
const tasksOf = (set: string): Fn[] => Array.from({ length: set.length / 4 }, (_, t) => task(set.slice(4 * t, 4 * t + 4)));

export default defineProperty({
  id: 'S4-identifiability-curve-d4',
  statement:
    'Identifiability curve at d = 4 latents (psi the identity, full support, recovery up to signed permutations): ' +
    'for k = 1..3 Boolean tasks drawn independently and uniformly from the 65536 functions on C_4, 6 task sets per k ' +
    '(drawn by `cubecheck curve` with seed 2025 and listed in this file), every minimiser of the bias recovers the latents ' +
    `on exactly these numbers of the 6 sets, for k = 1..3: ${curve}; ` +
    'and on exactly the sets flagged in this file.',
  status: 'theorem',
  variables: {},
  predicate: (_, k) =>
    TASK_SETS.length === 3 &&
    TASK_SETS.every((sets, i) => sets.length === 6 && sets.every((set) => /^[0-9a-f]+$/.test(set) && set.length === 4 * (i + 1))) &&
    BIASES.every((bias) => flagsOf(bias).length === 3 && flagsOf(bias).every((flags) => /^[01]{6}$/.test(flags))) &&
    TASK_SETS.every((sets, i) =>
      sets.every((set, s) =>
        BIASES.every((bias) => k.recoverySummary({ tasks: tasksOf(set), bias, group: 'signed-permutation' }).recovers === (flagsOf(bias)[i]![s] === '1')),
      ),
    ),
  defaultScope: { n: 4 },
  minN: 4,
  maxN: 4,
  tags: ['S4', 'world-model', 'identifiability-curve', 'closed'],
});
