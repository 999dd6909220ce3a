/**
 * docs/math.md S4 at d = 4 under the representation bias hier-max (sum_t deg(g_t) + max_j deg(V_j),
 * the paper's hierarchical cost with deg(Phi) read as the largest coordinate degree, Phi counted
 * once), recorded as a closed claim over the listed samples: the same seed and task sets as
 * properties/S4-identifiability-curve-d4.ts (TASK_SETS there, its first HM_K rows copied here: seed
 * 2025, 10 sets per k, uniform Boolean tasks on C_4), for k = 1..HM_K. FLAGS[k-1] has one character
 * per set: 1 when every minimiser of hier-max (psi the identity, full support) is a signed
 * permutation. The predicate re-solves every listed instance with `recoveryVerdict`: `check` with
 * the engine's exact search, `verify` with the verifier's own d = 4 representation route
 * (src/verifier/recoverySolveRep.ts, recoveryVerdictRep: the rep certificates' search,
 * recoveryRepSearch.ts, asked only whether some V costs <= b, from the floor up to the minimum, then
 * whether some V outside the group costs no more; no minimiser is counted, since a count passes 10^10).
 *
 * Left out, and why: k = 8, where the verifier's search passes its 2 * 10^8 step limit on sets 8:2,
 * 8:5 and 8:9 (the engine decides all ten, none recovering: README curve section).
 */
import { defineProperty } from '../src/claim/index.js';
import type { Fn } from '../src/claim/index.js';

/** The first HM_K rows of TASK_SETS in S4-identifiability-curve-d4.ts, copied (a certificate embeds one module; test/verifier/s4HierMaxCertificate.test.ts checks the copy). */
export const TASK_SETS: readonly (readonly string[])[] = [
  ['17fc', 'a1cd', '2238', '5d6e', '6fb9', 'd961', '176e', '5b42', '5ac3', '6efa'],
  ['2c1c8214', '573ecea7', 'b1abd59f', '031a98fc', '93091ae9', '9e13253b', 'a733136e', 'a73717e2', 'a983f379', '9345bf64'],
  ['d9907a6ea068', '95ed7495c71d', '2551c32fd7a6', '6d9da6f0337e', 'f99c152d92e9', 'f1afec94923b', 'd02e7a47699a', '8583d7e63bb7', 'bcc4f33dedf8', 'b11753bc44e0'],
  ['ed2795472651931c', '4010ff754b0a3b07', 'e9da285983ab6dfb', 'a1f19f777913d71a', '48f7200dec5bd1d0', '264b3bef6b33e3ee', '999f221efe0855e0', '83088fa39446c711', '205ff91a8e23da04', '69f4d152d3c22f3a'],
  ['bd445a6cab11c808d81c', 'f74dfa6e8a194716e5e6', '673bfee5c945f9783c87', '12af1e1f4f7474552c43', '9aaa23cd4cee544f9583', '255ab96fdaa32a4ddf82', 'aa28c94922e11661ce0c', 'ebcf95fc92d11fb9fb05', '9f1d7efba9b303417572', 'f0d6dfa755f4204574ab'],
  ['07ab87b54e0f819c18d61a22', '9cdbb6f69d11a1c4f20984d1', 'c071710bf2d6663d4c6cc2fa', 'e5c23245fc76562dca1e2021', '420827766ed055859624f3ac', '0033d52211795ed9ab78c57d', '953f4387eec6dfad3ea91efc', '0c42521b21d67b38bf8e351d', '92711e2b9f41afcc5db64ea5', 'fe01306f37c2031118e7ced1'],
  ['5d73325299858ddb5665f7c53921', '918266d0be323b9439d6eb64939f', 'b082276aa1a8358839ae887efcbb', 'a6c88cd00e8e1b2b2498208e9f45', 'cb975f3fa561a59293a379f502f0', '17ad549b973721aac2426e7f3b51', '26eff30b7e532bb68c86cb47a617', 'dae2607f524fb7a64ff363f18a16', '9f07234010811ba69b36bf2be3df', '0289de1e599ca08c668771a14872'],
];

/** hier-max is recorded for k = 1..HM_K. */
export const HM_K = 7;
export const FLAGS: readonly string[] = ['0011101101', '0111000010', '1010000100', '0000110010', '0000010000', '0000000000', '0000000000'];

const count = (flags: string): number => [...flags].filter((c) => c === '1').length;

/** The task on C_4 whose hex: table is the four digits c. */
const task = (c: string): Fn => ({ n: 4, values: Int32Array.from({ length: 16 }, (_, z) => ((parseInt(c, 16) >>> z) & 1 ? -1 : 1)) });
const tasksOf = (set: string): Fn[] => Array.from({ length: set.length / 4 }, (_, t) => task(set.slice(4 * t, 4 * t + 4)));

export default defineProperty({
  id: 'S4-identifiability-curve-d4-hier-max',
  statement:
    'Identifiability curve at d = 4 latents under hier-max (sum of the heads\' Fourier degrees plus the largest of the ' +
    "coordinates' degrees, psi the identity, full support, recovery up to signed permutations): for k = 1.." +
    `${HM_K} Boolean tasks drawn uniformly from the 65536 functions on C_4, 10 task sets per k (seed 2025, the sets of ` +
    'S4-identifiability-curve-d4), every minimiser recovers the latents on exactly these numbers of the 10 sets, per k: ' +
    `${FLAGS.map(count).join(', ')}; and on exactly the sets flagged in this file. (k = 8 is not covered.)`,
  status: 'theorem',
  variables: {},
  predicate: (_, k) =>
    FLAGS.length === HM_K &&
    FLAGS.every((flags) => /^[01]{10}$/.test(flags)) &&
    TASK_SETS.length === HM_K &&
    TASK_SETS.every((sets, i) => sets.length === 10 && sets.every((set) => /^[0-9a-f]+$/.test(set) && set.length === 4 * (i + 1))) &&
    TASK_SETS.every((sets, i) =>
      sets.every((set, s) => k.recoveryVerdict({ tasks: tasksOf(set), bias: 'hier-max', group: 'signed-permutation' }).recovers === (FLAGS[i]![s] === '1')),
    ),
  defaultScope: { n: 4 },
  minN: 4,
  maxN: 4,
  tags: ['S4', 'world-model', 'identifiability-curve', 'closed'],
});
