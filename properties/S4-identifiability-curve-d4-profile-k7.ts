/**
 * docs/math.md S4 at d = 4 under head-profile, k = 7: the identifiability curve recorded as a closed claim over
 * the listed samples, the rows k = 7 of TASK_SETS in properties/S4-identifiability-curve-d4.ts (seed
 * 2025, 10 sets per k, uniform Boolean tasks on C_4), copied (a certificate embeds one module; the
 * test named below checks the copy). FLAGS[i] has one character per set of row K[i]: 1 when every
 * minimiser of head-profile (psi the identity, full support) is a signed permutation, 0 when not, and - for a
 * set this claim leaves out (said in its statement). The predicate re-solves every set it covers
 * with `recoveryVerdict`: `check` with the engine's exact search, `verify` with the verifier's own
 * d = 4 route (src/verifier/recoverySolve*.ts, its head-only tuple search).
 * Kept apart from S4-identifiability-curve-d4 (which stops head-profile at k = 6) so that certificate stays as it is; k = 8 is properties/S4-identifiability-curve-d4-profile-k8.ts. The engine decides these with the check kernel limit of 600 s per instance (src/check/kernel/worldModel.ts); test/verifier/s4MoreCertificates.test.ts checks the copy and a tampered certificate.
 */
import { defineProperty } from '../src/claim/index.js';
import type { Fn, RecoveryBias } from '../src/claim/index.js';

export const BIAS: RecoveryBias = 'head-profile';
/** The k of each row. */
export const K: readonly number[] = [7];
export const TASK_SETS: readonly (readonly string[])[] = [
  ['5d73325299858ddb5665f7c53921', '918266d0be323b9439d6eb64939f', 'b082276aa1a8358839ae887efcbb', 'a6c88cd00e8e1b2b2498208e9f45', 'cb975f3fa561a59293a379f502f0', '17ad549b973721aac2426e7f3b51', '26eff30b7e532bb68c86cb47a617', 'dae2607f524fb7a64ff363f18a16', '9f07234010811ba69b36bf2be3df', '0289de1e599ca08c668771a14872'],
];
export const FLAGS: readonly string[] = ['0000000000'];

const count = (flags: string): number => [...flags].filter((c) => c === '1').length;
const decided = (flags: string): number => [...flags].filter((c) => c !== '-').length;
const left = K.flatMap((k, i) => [...FLAGS[i]!].flatMap((c, s) => (c === '-' ? [`${k}:${s}`] : [])));

/** The task on C_4 whose hex: table is the four digits c. */
const task = (c: string): Fn => ({ n: 4, values: Int32Array.from({ length: 16 }, (_, z) => ((parseInt(c, 16) >>> z) & 1 ? -1 : 1)) });
const tasksOf = (set: string): Fn[] => Array.from({ length: set.length / 4 }, (_, t) => task(set.slice(4 * t, 4 * t + 4)));

export default defineProperty({
  id: 'S4-identifiability-curve-d4-profile-k7',
  statement:
    `Identifiability curve at d = 4 latents under ${BIAS} (psi the identity, full support, recovery up to signed permutations): ` +
    `for k = ${K.join(', ')} Boolean tasks drawn uniformly from the 65536 functions on C_4, the 10 task sets per k of ` +
    'S4-identifiability-curve-d4 (seed 2025), every minimiser recovers the latents on exactly these numbers of the sets covered, per k: ' +
    `${K.map((k, i) => `k = ${k}: ${count(FLAGS[i]!)} of ${decided(FLAGS[i]!)}`).join('; ')}; and on exactly the sets flagged in this file` +
    (left.length === 0 ? '.' : ` (sets left out, k:sample from 0: ${left.join(', ')}).`),
  status: 'theorem',
  variables: {},
  predicate: (_, k) =>
    K.length === TASK_SETS.length &&
    FLAGS.length === K.length &&
    FLAGS.every((flags) => /^[01-]{10}$/.test(flags)) &&
    TASK_SETS.every((sets, i) => sets.length === 10 && sets.every((set) => /^[0-9a-f]+$/.test(set) && set.length === 4 * K[i]!)) &&
    TASK_SETS.every((sets, i) =>
      sets.every((set, s) => FLAGS[i]![s] === '-' || k.recoveryVerdict({ tasks: tasksOf(set), bias: BIAS, group: 'signed-permutation' }).recovers === (FLAGS[i]![s] === '1')),
    ),
  defaultScope: { n: 4 },
  minN: 4,
  maxN: 4,
  tags: ['S4', 'world-model', 'identifiability-curve', 'closed'],
});
