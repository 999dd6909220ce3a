/**
 * Exact head+rep (sum_t deg(g_t) + sum_j deg(Phi_j), Phi = V o psi^-1 as a function of the
 * observation x) by the tuple search with two kinds of levels. Head levels are as for head-degree
 * (a code g_t chosen on the representation side r, h_t fixed on the latents z). A coordinate level
 * j fixes the dictator r_j on the representation side and chooses its partner on the latents,
 * the function z -> bit j of V(z) = Phi_j(psi(z)), costed as deg(Phi_j) on x. After all d
 * coordinate levels the classes are single points: V itself. Every level is a compatible split of
 * the joint classes, so the leaves are exactly the bijections V, each once, with their objective.
 * Totals T increase from the least head costs + d, each searched to the end: the first with a
 * leaf is the minimum (every smaller one proven infeasible) and its leaves are the minimisers.
 * Symmetry: the first level is a head level, restricted to one head per signed-permutation orbit
 * (V -> A o V moves g to g o A^-1 and permutes and negates Phi's coordinates, keeping the cost).
 */
import type { RecoveryProblem } from '../types.js';
import { inGroup } from '../groups.js';
import { sumAlgebra } from './costs.js';
import { type CandidateList, candidateStore, popcount32 } from './candidates.js';
import { fourierDegreeOfCode } from './costs.js';
import type { ExactOutcome } from './exactRecovery.js';
import { signedPermutationOrbits } from './orbits.js';
import { type Steps, type TupleTask, drainSteps, searchTupleSteps } from './tupleSearch.js';

/** Moves a code on the latents to the observations: bit psi(z) is bit z. */
function toObservations(code: number, psi: Uint32Array): number {
  let out = 0;
  for (let z = 0; z < psi.length; z++) if ((code >>> z) & 1) out |= 1 << psi[z]!;
  return out >>> 0;
}

/**
 * headLeast: a proven lower bound on sum_t deg(g_t) alone (the head-degree minimum when known,
 * else the floors' sum).
 */
export function recoverHeadRep(p: RecoveryProblem, headTasks: readonly TupleTask[], headLeast: number, signal?: AbortSignal, deadline?: number): ExactOutcome | null {
  return drainSteps(recoverHeadRepSteps(p, headTasks, headLeast, signal, deadline));
}

/** recoverHeadRep as steps (tupleSearch.ts), for the interruptible driver. */
export function* recoverHeadRepSteps(p: RecoveryProblem, headTasks: readonly TupleTask[], headLeast: number, signal?: AbortSignal, deadline?: number): Steps<ExactOutcome | null> {
  const { d } = p;
  const size = 1 << d;
  const psi = p.psi.image;
  const psiInv = new Uint32Array(size);
  psi.forEach((x, z) => (psiInv[x] = z));
  const store = candidateStore(d, 'fourier');
  // Balanced codes on x sorted by degree, moved to the latents (bit z is bit psi(z)).
  const balanced = store.byWeight(size / 2);
  const moved: CandidateList = { codes: balanced.codes.map((c) => toObservations(c, psiInv)), costs: balanced.costs };
  const coordinates: TupleTask[] = Array.from({ length: d }, (_, j) => {
    let code = 0;
    for (let r = 0; r < size; r++) if ((r >>> j) & 1) code |= 1 << r;
    return {
      code: code >>> 0,
      floor: 1,
      ceiling: null, // unknown here: keeps a leaf from closing before V is a single map
      side: 'z',
      list: (w: number) => (w === size / 2 ? moved : { codes: new Uint32Array(0), costs: [] }),
      costOf: (c: number) => fourierDegreeOfCode(d, toObservations(c, psi)),
    };
  });
  // Heads whose cost can vary first (they cut), then the coordinates, then the fixed-cost heads.
  const varying = headTasks.filter((t) => t.ceiling === null || t.ceiling !== t.floor);
  const steady = headTasks.filter((t) => !varying.includes(t));
  const tasks = [...varying.slice(0, 1), ...coordinates, ...varying.slice(1), ...steady];
  const first = tasks[0]!.side === 'z' || tasks[0]!.code === 0 || popcount32(tasks[0]!.code) === size ? [] : [tasks[0]!];
  const headLow = headLeast;
  const spec = { d, measure: 'fourier' as const, algebra: sumAlgebra, store, tasks, orbits: first.length > 0 ? signedPermutationOrbits(d) : null, signal, deadline };
  const infeasible: number[] = [];
  let nodes = 0;
  for (let total = headLow + d; ; total++) {
    let count = 0n;
    let best: Uint32Array | null = null;
    let witness: Uint32Array | null = null;
    const out = yield* searchTupleSteps(spec, () => total, (leaf) => {
      // Single points: V(z) = r for the paired classes {r} and {z}.
      const v = new Uint32Array(size);
      leaf.xClasses.forEach((rm, i) => (v[31 - Math.clz32(leaf.zClasses[i]!)] = 31 - Math.clz32(rm)));
      count += BigInt(leaf.weight);
      best ??= v;
      if (witness === null && !inGroup(d, v, p.group)) witness = v;
      return false;
    });
    nodes += out.nodes;
    if (out.aborted || out.truncated) return null;
    if (best === null) {
      infeasible.push(total);
      continue;
    }
    return { minimum: total, minimizers: count, recovers: witness === null, witness, best, infeasible, nodes, aborted: false };
  }
}
