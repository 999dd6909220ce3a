/**
 * The recovery certificate of an exact `recover` answer (docs/certificates.md, "Recovery
 * certificates"): the problem (Boolean tasks as hex truth tables, full support, a number bias)
 * and the answer (minimum, number of minimisers, verdict, witness). The verifier re-derives all of
 * it by its own route (src/verifier/recoveryCertificate.ts). This file dispatches: the rep biases
 * (recoveryRepCertificate.ts), partial support or rational tasks (recoveryGeneral.ts, and
 * recoveryGeneralRep.ts for the rep biases; recoveryD5General.ts at d = 5), d = 5 (recoveryD5.ts,
 * recoveryD5Rep.ts). A result none of them covers (not exact, d > 5, out of a route's class) gets a
 * one-line reason instead of a certificate.
 */
import { isBoolean } from '../core/cubeFunction.js';
import type { RecoveryResult } from '../recovery/types.js';
import { canonicalJson, sha256Hex } from './canonicalJson.js';
import { RECOVERY_REP_BIASES, recoveryRepCertificate, recoveryRepCertificateProblem } from './recoveryRepCertificate.js';
import { generalRecoveryCertificateProblem, generalRecoveryProblemJson, isGeneralRecoveryProblem } from './recoveryGeneral.js';
import { recoveryD5Problem } from './recoveryD5.js';
import { generalRepCertificate, generalRepCertificateProblem, isGeneralRepResult } from './recoveryGeneralRep.js';
import { recoveryD5RepCertificate, recoveryD5RepProblem } from './recoveryD5Rep.js';
import { recoveryD5GeneralProblem } from './recoveryD5General.js';
import { isD5ObservedResult, recoveryD5ObservedCertificate, recoveryD5ObservedProblem } from './recoveryD5Observed.js';

export const RECOVERY_CERT_BIASES = ['head-degree', 'head-gf2', 'head-max', 'head-profile'] as const;

/** Why no certificate can be made for this result, or null when one can. */
export function recoveryCertificateProblem(r: RecoveryResult): string | null {
  if (isGeneralRepResult(r)) return generalRepCertificateProblem(r); // recoveryGeneralRep.ts
  if (RECOVERY_REP_BIASES.includes(r.problem.bias) && isD5ObservedResult(r)) return recoveryD5ObservedProblem(r); // d = 5, m > d: recoveryD5Observed.ts
  if (RECOVERY_REP_BIASES.includes(r.problem.bias) && r.problem.d === 5) return recoveryD5RepProblem(r); // recoveryD5Rep.ts
  if (RECOVERY_REP_BIASES.includes(r.problem.bias)) return recoveryRepCertificateProblem(r);
  const p = r.problem;
  if (!r.exact || (r.minimizerCount ?? r.minimizers) === null || (r.minimizerCount ?? r.minimizers) === undefined) return 'the answer is not exact (or its minimisers are not counted)';
  if (r.recovers === null) return 'the verdict is not decided';
  if (p.d > 5) return 'the verifier re-checks recovery certificates at d <= 5 only';
  if (isGeneralRecoveryProblem(p)) return p.d === 5 ? recoveryD5GeneralProblem(r) : generalRecoveryCertificateProblem(r); // d = 5: recoveryD5General.ts
  if (p.support !== null) return 'recovery certificates need full support';
  if (!(RECOVERY_CERT_BIASES as readonly string[]).includes(p.bias)) return `recovery certificates cover the biases ${RECOVERY_CERT_BIASES.join(', ')}`;
  if (!p.tasks.every(isBoolean)) return 'recovery certificates need Boolean tasks';
  if (p.d === 5) return recoveryD5Problem(r, p.tasks.map((h) => parseInt(hexOf(h.numerators).slice(4), 16))); // recoveryD5.ts
  return null;
}

function hexOf(values: RecoveryResult['problem']['tasks'][number]['numerators']): string {
  let code = 0;
  for (let z = 0; z < values.length; z++) if (Number(values[z]) === -1) code |= 1 << z;
  return `hex:${(code >>> 0).toString(16)}`;
}

export function recoveryCertificate(r: RecoveryResult, tool: string, elapsedMs: number): Record<string, unknown> {
  if (isGeneralRepResult(r)) return generalRepCertificate(r, tool, elapsedMs);
  if (RECOVERY_REP_BIASES.includes(r.problem.bias) && isD5ObservedResult(r)) return recoveryD5ObservedCertificate(r, tool, elapsedMs);
  if (RECOVERY_REP_BIASES.includes(r.problem.bias) && r.problem.d === 5) return recoveryD5RepCertificate(r, tool, elapsedMs);
  if (RECOVERY_REP_BIASES.includes(r.problem.bias)) return recoveryRepCertificate(r, tool, elapsedMs);
  const why = recoveryCertificateProblem(r);
  if (why !== null) throw new Error(`internal: no recovery certificate: ${why}`);
  const p = r.problem;
  const count = r.minimizerCount ?? BigInt(r.minimizers!);
  const body = {
    format: 'cubecheck-recovery-certificate',
    version: 1,
    problem: isGeneralRecoveryProblem(p) ? generalRecoveryProblemJson(p) : { latents: p.d, tasks: p.tasks.map((h) => hexOf(h.numerators)), bias: p.bias, group: p.group, support: 'all' },
    result: {
      minimum: r.minimum.kind === 'number' ? r.minimum.value : r.minimum.weights.map(String),
      minimizers: count.toString(),
      recovers: r.recovers,
      witness: r.witness === null ? null : `perm:${Array.from(r.witness.image).join(',')}`,
    },
    produced: { tool, elapsedMs, date: new Date().toISOString() },
  };
  return { ...body, integrity: sha256Hex(canonicalJson(body)) };
}
