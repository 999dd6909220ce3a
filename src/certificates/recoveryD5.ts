/**
 * Which exact `recover` answers at d = 5 get a recovery certificate (docs/certificates.md,
 * "Recovery certificates at d = 5"): head-degree, head-gf2 or head-max, and a minimum that leaves
 * every head a cost of at most 3 (Fourier degree) or 2 (GF(2) degree), the reach of the verifier's
 * candidate lists (src/verifier/recoveryD5.ts). A head of task t costs at most the minimum less
 * the other tasks' floors (sum biases) or the minimum (head-max); the floors are the least costs
 * of the engine's candidate lists of each task's weight (complete up to the same levels), which are
 * never above the verifier's, so a certificate written here is within the verifier's reach.
 * head-profile: the stated minimum must have no weight at levels 4 and 5 (then every head of a
 * tuple at or below it has Fourier degree <= 3, the verifier's lists).
 * head-gf2 past GF(2) degree 2: certified when the verifier's dictator route re-checks it: every x_i
 * a task (src/verifier/recoveryD5Dictator.ts dictatorReach) and its walk within the verifier's step
 * and list budgets with the engine's count (countDictators, run here before writing, once per
 * result), so the writer declines with the verifier's own one-line reason.
 */
import type { RecoveryResult } from '../recovery/types.js';
import { candidateStore } from '../recovery/exact/candidates.js';
import { dictatorReach } from '../verifier/recoveryD5Dictator.js';
import { countDictators } from '../verifier/recoveryD5DictatorCount.js';
import { Rejection } from '../verifier/reject.js';

export const RECOVERY_D5_BIASES = ['head-degree', 'head-gf2', 'head-max', 'head-profile'] as const;

/** Why this d = 5 result gets no certificate, or null when it can get one. */
export function recoveryD5Problem(r: RecoveryResult, codes: readonly number[]): string | null {
  const p = r.problem;
  if (!(RECOVERY_D5_BIASES as readonly string[]).includes(p.bias)) return `at d = 5 recovery certificates cover the biases ${RECOVERY_D5_BIASES.join(', ')}`;
  if (r.minimum.kind === 'profile') {
    // The verifier lists heads up to Fourier degree 3: a minimum with weight at level 4 or 5 is out of its class.
    const w = r.minimum.weights;
    return w.length === 6 && w[4]!.isZero() && w[5]!.isZero() ? null : 'at d = 5 the verifier re-checks head-profile minima with no weight at levels 4 and 5 (heads of Fourier degree <= 3)';
  }
  if (r.minimum.kind !== 'number') return 'at d = 5 recovery certificates need a number bias';
  const minimum = r.minimum.value;
  const measure = p.bias === 'head-gf2' ? 'gf2' : 'fourier';
  const reach = measure === 'gf2' ? 2 : 3;
  const store = candidateStore(5, measure);
  const floors = codes.map((c) => {
    const list = store.byWeight(popcount(c));
    return list.codes.length > 0 ? Math.min(list.costs[0] as number, reach + 1) : reach + 1;
  });
  const sum = floors.reduce((a, b) => a + b, 0);
  const worst = Math.max(...floors.map((f) => (p.bias === 'head-max' ? minimum : minimum - (sum - f))));
  if (worst > reach && measure === 'gf2') {
    // Past RM(2,5): the verifier's dictator route (every x_i a task), asked here with its own test and reason.
    const dict = dictatorRecheck(r, codes, minimum);
    return dict === null ? null : `at d = 5 the verifier re-checks minima that leave every head a GF(2) degree of at most 2 (this one leaves up to ${worst}); ${dict}`;
  }
  if (worst > reach) return `at d = 5 the verifier re-checks minima that leave every head a ${measure === 'gf2' ? 'GF(2)' : 'Fourier'} degree of at most ${reach} (this one leaves up to ${worst})`;
  return null;
}

const rechecked = new WeakMap<RecoveryResult, string | null>();

/** Why the verifier's dictator route would refuse this answer (its reach, its budgets, its count), or null; run once per result. */
function dictatorRecheck(r: RecoveryResult, codes: readonly number[], minimum: number): string | null {
  if (rechecked.has(r)) return rechecked.get(r)!;
  const inst = dictatorReach(codes, minimum);
  let why: string | null = typeof inst === 'string' ? inst : null;
  if (typeof inst !== 'string') {
    try {
      const n = countDictators(inst).minimizers;
      const stated = r.minimizerCount ?? (typeof r.minimizers === 'number' ? BigInt(r.minimizers) : null);
      if (n !== stated) why = `the verifier's re-check counts ${n} minimisers, the engine ${stated}`;
    } catch (e) {
      if (!(e instanceof Rejection)) throw e;
      why = e.message;
    }
  }
  rechecked.set(r, why);
  return why;
}

function popcount(v: number): number {
  let c = 0;
  for (let m = v >>> 0; m !== 0; m = (m & (m - 1)) >>> 0) c++;
  return c;
}
