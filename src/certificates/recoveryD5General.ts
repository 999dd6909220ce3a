/**
 * Which exact `recover` answers at d = 5 with partial support or rational tasks get a recovery
 * certificate (docs/certificates.md, "Recovery certificates with partial support or rational
 * tasks"): a head-only bias (head-degree, head-gf2 with Boolean tasks, head-max, head-profile) and
 * a support of at most 9 points (4 for head-profile), the reach of the verifier's own point-set
 * class listing and costs (src/verifier/recoveryD5General.ts). Full support with rational tasks is
 * out of that reach. The certificate itself is the general one (recoveryGeneral.ts,
 * generalRecoveryProblemJson) with latents 5.
 */
import { isBoolean, valueAt } from '../core/cubeFunction.js';
import type { RecoveryResult } from '../recovery/types.js';
import { D5_GENERAL_MAX_LISTED, D5_GENERAL_MAX_PROFILE_SUPPORT, D5_GENERAL_MAX_SUPPORT } from '../verifier/recoveryD5General.js';

/**
 * The number of classes of s-point sets of C_5 under the 3,840 signed permutations, s = 0..9 (the
 * engine's orbit lists and the verifier's own listing agree on them: test/verifier/recoveryD5General.test.ts).
 */
export const D5_SET_CLASSES = [1, 1, 5, 10, 47, 131, 472, 1326, 3779, 9013] as const;

/** n! / prod k! (exact: at most 9! here). */
function multinomial(counts: readonly number[]): number {
  const f = (n: number): number => (n <= 1 ? 1 : n * f(n - 1));
  return counts.reduce((acc, k) => acc / f(k), f(counts.reduce((a, b) => a + b, 0)));
}

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
  // The verifier lists every distinct task's data on every class representative, and refuses more than D5_GENERAL_MAX_LISTED.
  const distinct = new Map<string, number>();
  for (const h of p.tasks) {
    const counts = new Map<string, number>();
    for (const z of p.support) counts.set(valueAt(h, z).toString(), (counts.get(valueAt(h, z).toString()) ?? 0) + 1);
    const key = [...counts.entries()].sort().map(([v, k]) => `${v}:${k}`).join(' ');
    distinct.set(key, multinomial([...counts.values()]));
  }
  const listed = D5_SET_CLASSES[p.support.length]! * [...distinct.values()].reduce((a, b) => a + b, 0);
  if (listed > D5_GENERAL_MAX_LISTED) return `at d = 5 the verifier would list ${listed} candidate data (more than ${D5_GENERAL_MAX_LISTED})`;
  if (r.recovers !== false || r.witness === null) return 'internal: with partial support at d = 5 the answer never recovers (a witness is expected)';
  return null;
}
