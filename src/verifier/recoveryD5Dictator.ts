/**
 * The d = 5 head-gf2 re-check with every latent x_i a task (docs/certificates.md, "Recovery
 * certificates at d = 5 with every x_i a task"; the count: recoveryD5DictatorCount.ts). It needs
 * no lists of heads: the dictators' heads are W's coordinates (W = V^-1), and the budget bounds
 * their degrees.
 *
 * Reach: each x_i (i = 1..5) is a task up to sign, m_i times; the other tasks F have floors
 * (a lower bound on the GF(2) degree of any function of F's weight: 0 for weight 0 or 32, 1 for
 * 16, 2 for the other weights of the words of RM(2,5) walked here, 5 for odd weights, 4 for
 * weight 2 or 30 (RM(3,5) has minimum weight 4), else 3); the slack s = minimum - sum m_i -
 * sum floors bounds the walk (any s: the walk's step budget and list budget refuse, in one line,
 * what is too large). The writer (src/certificates/recoveryD5.ts) runs this re-check before
 * writing, so it declines with the same reason.
 */
import { reject } from './reject.js';
import { gf2Degree5, ones32 } from './recoveryD5Candidates.js';
import type { D5Group } from './recoveryD5Search.js';
import { checkCountAndVerdict } from './recoveryD5Maps.js';
import { dictatorCode, quadratics } from './recoveryD5DictatorWords.js';
import { DICTATOR_MAX_WORK, type DictatorInstance, affineTuples, countDictators } from './recoveryD5DictatorCount.js';

const X = [0, 1, 2, 3, 4].map(dictatorCode);

let floorTable: number[] | null = null;
/** floor[w] for w = 0..32 (see the header). */
export function weightFloors(): readonly number[] {
  if (floorTable) return floorTable;
  const f = Array.from({ length: 33 }, (_, w): number => (w % 2 === 1 ? 5 : 3));
  for (const g of quadratics()) f[ones32(g)] = Math.min(f[ones32(g)]!, 2);
  [f[0], f[2], f[16], f[30], f[32]] = [0, 4, 1, 4, 0];
  return (floorTable = f);
}

/** The instance of the dictator route, or why the tasks and minimum are out of its reach (one line). */
export function dictatorReach(tasks: readonly number[], minimum: number): DictatorInstance | string {
  const mult = [0, 0, 0, 0, 0];
  const others: number[] = [];
  for (const t of tasks) {
    const i = X.findIndex((c) => t >>> 0 === c || t >>> 0 === ~c >>> 0);
    if (i >= 0) mult[i]!++;
    else others.push(t >>> 0);
  }
  const missing = mult.flatMap((m, i) => (m === 0 ? [`x${i + 1}`] : []));
  if (missing.length > 0) return `the dictator route needs every x_i among the tasks (${missing.join(', ')} missing)`;
  const floors = others.map((f) => weightFloors()[ones32(f)]!);
  const slack = minimum - mult.reduce((s, m) => s + m, 0) - floors.reduce((s, f) => s + f, 0);
  return { mult, others, floors, minimum, slack };
}

/** Re-checks a head-gf2 d = 5 certificate whose tasks include every x_i; returns the summary line. */
export function checkRecoveryD5Dictators(tasks: readonly number[], group: D5Group, r: Record<string, unknown>, maxWork = DICTATOR_MAX_WORK): string {
  const minimum = r.minimum as number;
  const inst = dictatorReach(tasks, minimum);
  if (typeof inst === 'string') reject(`out of the verifier's reach at d = 5: ${inst}`);
  if (inst.slack < 0) reject(`no bijection attains the stated minimum ${minimum} (the floors add up to ${minimum - inst.slack})`);
  const out = countDictators(inst, maxWork);
  // The minimisers are whole orbits W o AGL(5, 2); the affine ones are the identity's orbit, which
  // holds the 3840 signed permutations.
  const inGroup = !out.affineMinimal ? 0n : group === 'gf2-affine' ? affineTuples(5) : 3840n;
  const { recovers, witness } = checkCountAndVerdict({ minimizers: out.minimizers, inGroup }, r, group, String(minimum));
  if (witness !== null) {
    let total = 0;
    for (const h of tasks) {
      let g = 0;
      witness.forEach((x, z) => (g |= ((h >>> z) & 1) << x));
      total += gf2Degree5(g >>> 0);
    }
    if (total !== minimum) reject(`result.witness scores ${total}, not the minimum ${minimum}`);
  }
  return `recovery at d = 5, ${tasks.length} task(s), head-gf2, every x_i a task: minimum ${minimum} (every smaller total infeasible; the dictators' heads within a slack of ${inst.slack} over the floors, walked up to AGL(5, 2)), ${out.minimizers} minimisers, ${recovers ? 'recovers' : 'does not recover'} up to ${group} (${inGroup} minimisers in the group)`;
}
