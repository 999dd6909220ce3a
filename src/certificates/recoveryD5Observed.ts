/**
 * The recovery certificate of an exact d = 5 answer under head+rep, hier-sum or hier-max with
 * observations longer than the latents (docs/certificates.md, "Recovery certificates at d = 5
 * with m > d"): the format of the m = 5 one (recoveryD5Rep.ts) with observed M = 6 and psi the
 * image table of C_5 in C_6; full support, Boolean tasks. The budgets are the verifier's own
 * (src/verifier/recoveryD5RepClass.ts) with the same floors (the engine's head lists, complete up
 * to degree 3; the verifier's coordinate list on psi's image, observedCoordinates5, for the
 * coordinates' least cost and reach: 3, or 2 when degree <= 3 spans more than 26 dimensions).
 * Past the lists (e.g. x6 = x1 x2 with a coordinate of extension degree 3 within the minimum) the
 * writer runs the verifier's check first and declines with its one-line reason when it refuses.
 */
import { isBoolean } from '../core/cubeFunction.js';
import type { RecoveryResult } from '../recovery/types.js';
import { observedCoordinates5 } from '../verifier/recoveryD5ObservedCoords.js';
import { d5RepPastLists } from '../verifier/recoveryD5RepClass.js';
import { checkRecoveryD5Observed } from '../verifier/recoveryD5Observed.js';
import { codeOf, d5Floor, d5RepAnswerProblem, d5RepCertificateBody, popcount, verifierRefusal } from './recoveryD5Rep.js';

const REACH = 3;

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
  const co = observedCoordinates5(Array.from(p.psi.image), 6);
  const headFloors = p.tasks.map((h) => d5Floor(popcount(codeOf(h.numerators))));
  const past = d5RepPastLists({ max: p.bias === 'hier-max', minimum: r.minimum.value, headFloors, headReach: REACH, coordinateFloor: co.least, coordinateReach: co.upTo });
  return past === null ? null : verifierRefusal(r, checkRecoveryD5Observed);
}

export function recoveryD5ObservedCertificate(r: RecoveryResult, tool: string, elapsedMs: number): Record<string, unknown> {
  const why = recoveryD5ObservedProblem(r);
  if (why !== null) throw new Error(`internal: no recovery certificate: ${why}`);
  return d5RepCertificateBody(r, tool, elapsedMs);
}
