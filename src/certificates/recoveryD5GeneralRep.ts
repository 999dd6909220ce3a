/**
 * Which exact `recover` answers under a representation bias (head+rep, hier-sum, hier-max) at
 * d = 5 with partial support or rational tasks get a recovery certificate (docs/certificates.md,
 * "Recovery certificates under representation biases at d = 5 with partial support or rational
 * tasks"): m = d = 5 (psi a bijection) or m = 6 (psi injective: src/verifier/recoveryD5ObservedGeneral.ts) and a support of 1..8 points whose head data the verifier
 * can list (src/verifier/recoveryD5GeneralRep.ts). The certificate itself is the general
 * representation-bias one (recoveryGeneralRep.ts) with latents 5. A certificate this lets through
 * can still be refused by the verifier as out of its class (a coordinate of degree 4 or 5 within
 * the minimum where too many codes would have to be enumerated) or too large: never accepted unchecked.
 */
import { valueAt } from '../core/cubeFunction.js';
import type { RecoveryResult } from '../recovery/types.js';
import { D5_GENERAL_MAX_LISTED } from '../verifier/recoveryD5General.js';
import { D5_GENERAL_REP_MAX_SUPPORT } from '../verifier/recoveryD5GeneralRep.js';
import { D5_SET_CLASSES } from './recoveryD5General.js';

/** n! / prod k! (exact: at most 8! here). */
function multinomial(counts: readonly number[]): number {
  const f = (n: number): number => (n <= 1 ? 1 : n * f(n - 1));
  return counts.reduce((acc, k) => acc / f(k), f(counts.reduce((a, b) => a + b, 0)));
}

/** Why this d = 5 representation-bias result (partial support or rational tasks) gets no certificate, or null. */
export function recoveryD5GeneralRepProblem(r: RecoveryResult): string | null {
  const p = r.problem;
  if (p.psi.m !== 5 && p.psi.m !== 6) return 'at d = 5 the verifier re-checks representation biases with partial support only for observations of 5 or 6 bits';
  if (p.support === null) return `at d = 5 the verifier re-checks rational tasks under ${p.bias} only with a support of 1..${D5_GENERAL_REP_MAX_SUPPORT} points`;
  if (p.support.length === 0) return 'the support is empty';
  if (p.support.length > D5_GENERAL_REP_MAX_SUPPORT) return `at d = 5 the verifier re-checks supports of at most ${D5_GENERAL_REP_MAX_SUPPORT} points under ${p.bias} (this one has ${p.support.length})`;
  const distinct = new Map<string, number>();
  for (const h of p.tasks) {
    const counts = new Map<string, number>();
    for (const z of p.support) counts.set(valueAt(h, z).toString(), (counts.get(valueAt(h, z).toString()) ?? 0) + 1);
    distinct.set([...counts.entries()].sort().map(([v, k]) => `${v}:${k}`).join(' '), multinomial([...counts.values()]));
  }
  const listed = D5_SET_CLASSES[p.support.length]! * [...distinct.values()].reduce((a, b) => a + b, 0);
  if (listed > D5_GENERAL_MAX_LISTED) return `at d = 5 the verifier would list ${listed} candidate data (more than ${D5_GENERAL_MAX_LISTED})`;
  return null;
}
