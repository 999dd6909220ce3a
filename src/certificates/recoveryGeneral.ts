/**
 * The problem part of a general recovery certificate (docs/certificates.md, "Recovery
 * certificates with partial support or rational tasks"): an exact answer of `recover` with a
 * latent support U and/or rational-valued tasks, d <= 4, a head-only bias. Boolean tasks stay hex
 * truth tables (bit z set where h(z) = -1), the others are listed as their 2^d exact values
 * ("vals:1/2,-3,0,..."); the support is "all" or its points. The verifier re-derives the answer by
 * its own route (src/verifier/recoveryGeneral.ts).
 */
import { isBoolean, valueAt } from '../core/cubeFunction.js';
import type { RecoveryProblem, RecoveryResult } from '../recovery/types.js';

const BIASES: readonly string[] = ['head-degree', 'head-gf2', 'head-max', 'head-profile'];

/** Whether this answer goes by the general route (partial support or a task that is not Boolean). */
export function isGeneralRecoveryProblem(p: RecoveryProblem): boolean {
  return p.support !== null || !p.tasks.every(isBoolean);
}

/** Why no general certificate can be made (the answer is exact, counted and decided, d <= 4), or null. */
export function generalRecoveryCertificateProblem(r: RecoveryResult): string | null {
  const p = r.problem;
  if (!BIASES.includes(p.bias)) return `recovery certificates with partial support or rational tasks cover the biases ${BIASES.join(', ')}`;
  if (p.bias === 'head-gf2' && !p.tasks.every(isBoolean)) return 'head-gf2 needs Boolean tasks';
  if (p.support !== null && p.support.length === 0) return 'the support is empty';
  return null;
}

export function generalRecoveryProblemJson(p: RecoveryProblem): Record<string, unknown> {
  const size = 2 ** p.d;
  const task = (h: RecoveryProblem['tasks'][number]): string => {
    if (!isBoolean(h)) return `vals:${Array.from({ length: size }, (_, z) => valueAt(h, z).toString()).join(',')}`;
    let code = 0;
    for (let z = 0; z < size; z++) if (Number(h.numerators[z]) === -1) code |= 1 << z;
    return `hex:${(code >>> 0).toString(16)}`;
  };
  return { latents: p.d, tasks: p.tasks.map(task), bias: p.bias, group: p.group, support: p.support === null ? 'all' : [...p.support] };
}
