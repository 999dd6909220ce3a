/**
 * Which exact `recover` answers at d = 5 with partial support or rational tasks get a recovery
 * certificate (docs/certificates.md, "Recovery certificates with partial support or rational
 * tasks"): a head-only bias (head-degree, head-gf2 with Boolean tasks, head-max, head-profile) and
 * a support of at most 9 points (4 for head-profile), the reach of the verifier's own point-set
 * class listing and costs (src/verifier/recoveryD5General.ts). Full support with rational tasks is
 * out of that reach. The certificate itself is the general one (recoveryGeneral.ts,
 * generalRecoveryProblemJson) with latents 5.
 */
import { isBoolean } from '../core/cubeFunction.js';
import type { RecoveryResult } from '../recovery/types.js';
import { D5_GENERAL_MAX_PROFILE_SUPPORT, D5_GENERAL_MAX_SUPPORT } from '../verifier/recoveryD5General.js';

const BIASES: readonly string[] = ['head-degree', 'head-gf2', 'head-max', 'head-profile'];

/** Why this d = 5 general result (partial support or rational tasks) gets no certificate, or null. */
export function recoveryD5GeneralProblem(r: RecoveryResult): string | null {
  const p = r.problem;
  if (!BIASES.includes(p.bias)) return `at d = 5 recovery certificates with partial support or rational tasks cover the biases ${BIASES.join(', ')}`;
  if (p.bias === 'head-gf2' && !p.tasks.every(isBoolean)) return 'head-gf2 needs Boolean tasks';
  const max = p.bias === 'head-profile' ? D5_GENERAL_MAX_PROFILE_SUPPORT : D5_GENERAL_MAX_SUPPORT;
  if (p.support === null) return `at d = 5 the verifier re-checks rational tasks only with a support of 1..${max} points`;
  if (p.support.length === 0) return 'the support is empty';
  if (p.support.length > max) return `at d = 5 the verifier re-checks supports of at most ${max} points under ${p.bias} (this one has ${p.support.length})`;
  if (r.recovers !== false || r.witness === null) return 'internal: with partial support at d = 5 the answer never recovers (a witness is expected)';
  return null;
}
