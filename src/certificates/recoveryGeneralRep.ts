/**
 * The recovery certificate of an exact `recover` answer under a representation bias (head+rep,
 * hier-sum, hier-max) with a latent support U and/or rational tasks, d <= 4 (docs/certificates.md,
 * "Recovery certificates under representation biases with partial support or rational tasks"):
 * the problem (tasks as hex truth tables or their exact values, the support, psi: C_d -> C_m as an
 * image table) and the answer (minimum, number of minimisers, verdict, witness, and the totals the
 * engine proved infeasible). The verifier re-derives it by its own route
 * (src/verifier/recoveryGeneralRep.ts). Written only for exact answers with a counted number of
 * minimisers and a decided verdict.
 */
import type { RecoveryResult } from '../recovery/types.js';
import { canonicalJson, sha256Hex } from './canonicalJson.js';
import { generalRecoveryProblemJson, isGeneralRecoveryProblem } from './recoveryGeneral.js';
import { recoveryD5GeneralRepProblem } from './recoveryD5GeneralRep.js';

const REP_BIASES: readonly string[] = ['head+rep', 'hier-sum', 'hier-max'];

/** Whether this result goes by the general representation-bias route (a rep bias with partial support or a task that is not Boolean). */
export function isGeneralRepResult(r: RecoveryResult): boolean {
  return REP_BIASES.includes(r.problem.bias) && isGeneralRecoveryProblem(r.problem);
}

/** Why no certificate can be made for this result, or null when one can. */
export function generalRepCertificateProblem(r: RecoveryResult): string | null {
  const p = r.problem;
  const count = r.minimizerCount ?? r.minimizers;
  if (!r.exact || count === null || count === undefined) return 'the answer is not exact (or its minimisers are not counted)';
  if (r.recovers === null) return 'the verdict is not decided';
  if (r.minimum.kind !== 'number') return 'the minimum is not a number';
  if (p.d === 5) return recoveryD5GeneralRepProblem(r); // recoveryD5GeneralRep.ts
  if (p.d > 4) return 'recovery certificates with partial support or rational tasks need d <= 4';
  if (p.psi.m > 6) return 'the verifier re-checks observations of at most 6 bits';
  if (p.support !== null && p.support.length === 0) return 'the support is empty';
  return null;
}

export function generalRepCertificate(r: RecoveryResult, tool: string, elapsedMs: number): Record<string, unknown> {
  const why = generalRepCertificateProblem(r);
  if (why !== null || r.minimum.kind !== 'number') throw new Error(`internal: no recovery certificate: ${why}`);
  const p = r.problem;
  const { latents, tasks, bias, group, support } = generalRecoveryProblemJson(p);
  const body = {
    format: 'cubecheck-recovery-certificate',
    version: 1,
    problem: { latents, observed: p.psi.m, psi: `map:${Array.from(p.psi.image).join(',')}`, tasks, bias, group, support },
    result: {
      minimum: r.minimum.value,
      minimizers: (r.minimizerCount ?? BigInt(r.minimizers!)).toString(),
      recovers: r.recovers,
      witness: r.witness === null ? null : `perm:${Array.from(r.witness.image).join(',')}`,
      infeasible: [...new Set(r.stats.infeasibleTotals ?? [])].sort((a, b) => a - b),
    },
    produced: { tool, elapsedMs, date: new Date().toISOString() },
  };
  return { ...body, integrity: sha256Hex(canonicalJson(body)) };
}
