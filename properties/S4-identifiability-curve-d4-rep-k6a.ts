/**
 * docs/math.md S4 at d = 4 under head+rep, k = 6: the identifiability curve recorded as a closed claim over
 * the listed samples, the rows k = 6 of TASK_SETS in properties/S4-identifiability-curve-d4.ts (seed
 * 2025, 10 sets per k, uniform Boolean tasks on C_4), copied (a certificate embeds one module; the
 * test named below checks the copy). FLAGS[i] has one character per set of row K[i]: 1 when every
 * minimiser of head+rep (psi the identity, full support) is a signed permutation, 0 when not, and - for a
 * set this claim leaves out (said in its statement). The predicate re-solves every set it covers
 * with `recoveryVerdict`: `check` with the engine's exact search, `verify` with the verifier's own
 * d = 4 route (src/verifier/recoverySolveRep.ts, recoveryVerdictRep).
 * Kept apart from the other S4 files so their certificates stay as they are. The verifier decides these sets with recoveryVerdictRep: a decision (is there a V of cost <= b?) with coordinate costs shifted so that no total is whole, searched downward from the identity; no minimiser is counted (docs/math.md, "Verdicts without the count under the sums"). test/verifier/s4MoreCertificates.test.ts checks the copy and a tampered certificate. Sets 6:5..6:8 are in S4-identifiability-curve-d4-rep-k6b.ts and 6:9 in -rep-k6c.ts (the parts keep each certificate within the verifier's 120 s of wall clock per certificate on a loaded machine).
 */
import { defineProperty } from '../src/claim/index.js';
import type { Fn, RecoveryBias } from '../src/claim/index.js';

export const BIAS: RecoveryBias = 'head+rep';
/** The k of each row. */
export const K: readonly number[] = [6];
export const TASK_SETS: readonly (readonly string[])[] = [
  ['07ab87b54e0f819c18d61a22', '9cdbb6f69d11a1c4f20984d1', 'c071710bf2d6663d4c6cc2fa', 'e5c23245fc76562dca1e2021', '420827766ed055859624f3ac', '0033d52211795ed9ab78c57d', '953f4387eec6dfad3ea91efc', '0c42521b21d67b38bf8e351d', '92711e2b9f41afcc5db64ea5', 'fe01306f37c2031118e7ced1'],
];
export const FLAGS: readonly string[] = ['00000-----'];

const count = (flags: string): number => [...flags].filter((c) => c === '1').length;
const decided = (flags: string): number => [...flags].filter((c) => c !== '-').length;
const left = K.flatMap((k, i) => [...FLAGS[i]!].flatMap((c, s) => (c === '-' ? [`${k}:${s}`] : [])));

/** The task on C_4 whose hex: table is the four digits c. */
const task = (c: string): Fn => ({ n: 4, values: Int32Array.from({ length: 16 }, (_, z) => ((parseInt(c, 16) >>> z) & 1 ? -1 : 1)) });
const tasksOf = (set: string): Fn[] => Array.from({ length: set.length / 4 }, (_, t) => task(set.slice(4 * t, 4 * t + 4)));

export default defineProperty({
  id: 'S4-identifiability-curve-d4-rep-k6a',
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
