/**
 * The recovery certificate of an exact `recover` answer under a representation bias (head+rep,
 * hier-sum, hier-max; docs/certificates.md, "Recovery certificates under representation biases"):
 * the problem (Boolean tasks as hex truth tables, psi: C_d -> C_m as an image table, full support)
 * and the answer (minimum, number of minimisers, verdict, witness). The verifier re-derives all of
 * it by its own route (src/verifier/recoveryRepCertificate.ts). It is written only for exact
 * answers with a counted number of minimisers and a decided verdict.
 */
import { isBoolean } from '../core/cubeFunction.js';
import type { RecoveryResult } from '../recovery/types.js';
import { canonicalJson, sha256Hex } from './canonicalJson.js';

export const RECOVERY_REP_BIASES: readonly string[] = ['head+rep', 'hier-sum', 'hier-max'];

/** Why no certificate can be made for this representation-bias result, or null when one can. */
export function recoveryRepCertificateProblem(r: RecoveryResult): string | null {
  const p = r.problem;
  const count = r.minimizerCount ?? r.minimizers;
  if (!r.exact || count === null || count === undefined) return 'the answer is not exact (or its minimisers are not counted)';
  if (r.recovers === null) return 'the verdict is not decided';
  if (r.minimum.kind !== 'number') return 'the minimum is not a number';
  if (p.d > 4) return 'the verifier re-checks recovery certificates at d <= 4 only';
  if (p.psi.m > 6) return 'the verifier re-checks observations of at most 6 bits';
  if (p.support !== null) return 'recovery certificates need full support';
  if (!p.tasks.every(isBoolean)) return 'recovery certificates need Boolean tasks';
  return null;
}

function hexOf(values: RecoveryResult['problem']['tasks'][number]['numerators']): string {
  let code = 0;
  for (let z = 0; z < values.length; z++) if (Number(values[z]) === -1) code |= 1 << z;
  return `hex:${(code >>> 0).toString(16)}`;
}

export function recoveryRepCertificate(r: RecoveryResult, tool: string, elapsedMs: number): Record<string, unknown> {
  const why = recoveryRepCertificateProblem(r);
  if (why !== null || r.minimum.kind !== 'number') throw new Error(`internal: no recovery certificate: ${why}`);
  const p = r.problem;
  const count = r.minimizerCount ?? BigInt(r.minimizers!);
  const body = {
    format: 'cubecheck-recovery-certificate',
    version: 1,
    problem: {
      latents: p.d,
      observed: p.psi.m,
      psi: `map:${Array.from(p.psi.image).join(',')}`,
      tasks: p.tasks.map((h) => hexOf(h.numerators)),
      bias: p.bias,
      group: p.group,
      support: 'all',
    },
    result: {
      minimum: r.minimum.value,
      minimizers: count.toString(),
      recovers: r.recovers,
      witness: r.witness === null ? null : `perm:${Array.from(r.witness.image).join(',')}`,
    },
    produced: { tool, elapsedMs, date: new Date().toISOString() },
  };
  return { ...body, integrity: sha256Hex(canonicalJson(body)) };
}
