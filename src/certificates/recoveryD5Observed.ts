/**
 * The recovery certificate of an exact d = 5 answer under head+rep, hier-sum or hier-max with
 * observations longer than the latents (docs/certificates.md, "Recovery certificates at d = 5
 * with m > d"): the format of the m = 5 one (recoveryD5Rep.ts) with observed M = 6 and psi the
 * image table of C_5 in C_6; full support, Boolean tasks.
 * Within the lists and past them (e.g. x6 = x1 x2 with a coordinate of extension degree 3 within
 * the minimum) the writer runs the verifier's check first and declines with its one-line reason
 * when it refuses: at m = 6 every head leaf takes the verifier's coordinate passes, whose step
 * budget no class test foresees (docs/certificates.md, "Past the lists in the d = 5 re-checks").
 */
import { isBoolean } from '../core/cubeFunction.js';
import type { RecoveryResult } from '../recovery/types.js';
import { checkRecoveryD5Observed } from '../verifier/recoveryD5Observed.js';
import { d5RepAnswerProblem, d5RepCertificateBody, verifierRefusal } from './recoveryD5Rep.js';

/** Whether this is a d = 5 representation-bias result with m > d (this file's route). */
export function isD5ObservedResult(r: RecoveryResult): boolean {
  return r.problem.d === 5 && r.problem.psi.m > 5;
}

/** Why this d = 5, m > d representation-bias result gets no certificate, or null when it can get one. */
export function recoveryD5ObservedProblem(r: RecoveryResult): string | null {
  const p = r.problem;
  const common = d5RepAnswerProblem(r);
  if (common !== null) return common;
  if (r.minimum.kind !== 'number') return 'the minimum is not a number';
  if (p.psi.m !== 6) return 'at d = 5 with m > d the verifier re-checks observations of 6 bits';
  if (p.support !== null) return 'at d = 5 with m > d recovery certificates need full support';
  if (!p.tasks.every(isBoolean)) return 'recovery certificates need Boolean tasks';
  return verifierRefusal(r, checkRecoveryD5Observed);
}

export function recoveryD5ObservedCertificate(r: RecoveryResult, tool: string, elapsedMs: number): Record<string, unknown> {
  const why = recoveryD5ObservedProblem(r);
  if (why !== null) throw new Error(`internal: no recovery certificate: ${why}`);
  return d5RepCertificateBody(r, tool, elapsedMs);
}
