/**
 * docs/math.md S4 at d = 4: the identifiability curve, recorded as a closed claim over the listed samples.
 *
 * The task sets were drawn by the seeded sampler of `cubecheck curve` (src/recovery/curve.ts):
 *   cubecheck curve --latents 4 --tasks-from uniform --k 1..8 --samples 10 --seed 2025 --bias all
 * i.e. one generator seeded with 2025; for k = 1..8 in turn, 10 sets of k tasks, each task a
 * uniformly random Boolean function on C_4. TASK_SETS[k-1][s] is set s of size k, four hex digits
 * per task in drawing order (the task's hex: table: bit z set when h(z) = -1). RECOVERS[bias][k-1]
 * has one character per set: 1 when every minimiser of the bias (psi the identity, full support)
 * is a signed permutation; a bias's list covers k = 1..(its length): head-profile stops at
 * k = PROFILE_K (below). The
 * predicate re-solves every listed instance and checks every flag with
 * `recoveryVerdict` (the minimum, and whether every minimiser is in the group; not the count):
 * `check` with the engine's exact tuple search, `verify` with the verifier's own
 * (src/verifier/recoverySolve.ts), so a certificate proves the whole table.
 * test/properties/curveD4.test.ts checks that the sampler with seed 2025 draws exactly these sets
 * and that `cubecheck curve` counts the same (for k = 1, 2 there). head-profile stops at k = 6:
 * the verifier decides k = 7 and 8 too (about 25 s and 35 s of CPU for their ten sets each, the
 * slowest 7:6, 8:2 and 8:6), but the engine's check kernel gives up after its 60 s wall-clock limit
 * per instance on 7:6 and 8:6 on the loaded shared machine (the README curve section decides those
 * instances, uncertified: none recovers).
 * head+rep and hier-max are in properties/S4-identifiability-curve-d4-rep.ts.
 */
import { defineProperty } from '../src/claim/index.js';
import type { Fn, RecoveryBias } from '../src/claim/index.js';

export const TASK_SETS: readonly (readonly string[])[] = [
  ['17fc', 'a1cd', '2238', '5d6e', '6fb9', 'd961', '176e', '5b42', '5ac3', '6efa'],
  ['2c1c8214', '573ecea7', 'b1abd59f', '031a98fc', '93091ae9', '9e13253b', 'a733136e', 'a73717e2', 'a983f379', '9345bf64'],
  ['d9907a6ea068', '95ed7495c71d', '2551c32fd7a6', '6d9da6f0337e', 'f99c152d92e9', 'f1afec94923b', 'd02e7a47699a', '8583d7e63bb7', 'bcc4f33dedf8', 'b11753bc44e0'],
  ['ed2795472651931c', '4010ff754b0a3b07', 'e9da285983ab6dfb', 'a1f19f777913d71a', '48f7200dec5bd1d0', '264b3bef6b33e3ee', '999f221efe0855e0', '83088fa39446c711', '205ff91a8e23da04', '69f4d152d3c22f3a'],
  ['bd445a6cab11c808d81c', 'f74dfa6e8a194716e5e6', '673bfee5c945f9783c87', '12af1e1f4f7474552c43', '9aaa23cd4cee544f9583', '255ab96fdaa32a4ddf82', 'aa28c94922e11661ce0c', 'ebcf95fc92d11fb9fb05', '9f1d7efba9b303417572', 'f0d6dfa755f4204574ab'],
  ['07ab87b54e0f819c18d61a22', '9cdbb6f69d11a1c4f20984d1', 'c071710bf2d6663d4c6cc2fa', 'e5c23245fc76562dca1e2021', '420827766ed055859624f3ac', '0033d52211795ed9ab78c57d', '953f4387eec6dfad3ea91efc', '0c42521b21d67b38bf8e351d', '92711e2b9f41afcc5db64ea5', 'fe01306f37c2031118e7ced1'],
  ['5d73325299858ddb5665f7c53921', '918266d0be323b9439d6eb64939f', 'b082276aa1a8358839ae887efcbb', 'a6c88cd00e8e1b2b2498208e9f45', 'cb975f3fa561a59293a379f502f0', '17ad549b973721aac2426e7f3b51', '26eff30b7e532bb68c86cb47a617', 'dae2607f524fb7a64ff363f18a16', '9f07234010811ba69b36bf2be3df', '0289de1e599ca08c668771a14872'],
  ['519d4fb7dd86499db01db6db83075cc0', 'd62b776fa1b432a72222e9561c449a80', '1ef7e316abf21c5ef45b152c1b99ad98', '2d0659b5184d23aacab16c4f86c56386', '96fc7bf68fc32e4498cdaac2381e2031', '5bd4dd5fb7b9b153c31d8000cc729c60', '51e6082f4c300a9b15b82fd720f1868b', '50b247908422e89e60814db0fe26d438', '57447dcdaa03b8be7750fdbaa019e5ee', '3fee649d14573f1d816188e19e7c1ff7'],
];

/** head-profile is recorded for k = 1..PROFILE_K. */
export const PROFILE_K = 6;
const NONE = '0000000000';

export const RECOVERS: Readonly<Partial<Record<RecoveryBias, readonly string[]>>> = {
  'head-degree': [NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE],
  'head-gf2': [NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE],
  'head-max': [NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE],
  'head-profile': [NONE, NONE, NONE, NONE, NONE, NONE],
};

const BIASES = Object.keys(RECOVERS) as RecoveryBias[];
const flagsOf = (b: RecoveryBias): readonly string[] => RECOVERS[b]!;
const count = (flags: string): number => [...flags].filter((c) => c === '1').length;
const curve = BIASES.map((b) => `${b} (k = 1..${flagsOf(b).length}) ${flagsOf(b).map(count).join(', ')}`).join('; ');

/** The task on C_4 whose hex: table is the four digits c. */
const task = (c: string): Fn => ({ n: 4, values: Int32Array.from({ length: 16 }, (_, z) => ((parseInt(c, 16) >>> z) & 1 ? -1 : 1)) });
const tasksOf = (set: string): Fn[] => Array.from({ length: set.length / 4 }, (_, t) => task(set.slice(4 * t, 4 * t + 4)));

export default defineProperty({
  id: 'S4-identifiability-curve-d4',
  statement:
    'Identifiability curve at d = 4 latents (psi the identity, full support, recovery up to signed permutations): ' +
    'for k = 1..8 Boolean tasks drawn independently and uniformly from the 65536 functions on C_4, 10 task sets per k ' +
    '(drawn by `cubecheck curve` with seed 2025 and listed in this file), every minimiser of the bias recovers the latents ' +
    `on exactly these numbers of the 10 sets, per k: ${curve}; ` +
    'and on exactly the sets flagged in this file.',
  status: 'theorem',
  variables: {},
  predicate: (_, k) =>
    TASK_SETS.length === 8 &&
    TASK_SETS.every((sets, i) => sets.length === 10 && sets.every((set) => /^[0-9a-f]+$/.test(set) && set.length === 4 * (i + 1))) &&
    BIASES.every((bias) => flagsOf(bias).length >= 1 && flagsOf(bias).length <= TASK_SETS.length && flagsOf(bias).every((flags) => /^[01]{10}$/.test(flags))) &&
    flagsOf('head-profile').length === PROFILE_K &&
    TASK_SETS.every((sets, i) =>
      sets.every((set, s) =>
        BIASES.every((bias) => i >= flagsOf(bias).length || k.recoveryVerdict({ tasks: tasksOf(set), bias, group: 'signed-permutation' }).recovers === (flagsOf(bias)[i]![s] === '1')),
      ),
    ),
  defaultScope: { n: 4 },
  minN: 4,
  maxN: 4,
  tags: ['S4', 'world-model', 'identifiability-curve', 'closed'],
});
