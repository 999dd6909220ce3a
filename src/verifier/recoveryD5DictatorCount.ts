/**
 * The count of the d = 5 dictator re-check (recoveryD5Dictator.ts; the proof: docs/certificates.md,
 * "Recovery certificates at d = 5 with every x_i a task"). W = V^-1; the head of x_i is W_i, the
 * head of another task F is F o W; cost(W) = sum_i m_i deg W_i + sum_F deg(F o W).
 *
 * Every W of cost <= minimum has sum_i m_i (deg W_i - 1) <= slack (each F o W has F's weight, so
 * degree >= its floor). For each set B of non-affine positions with sum_{i in B} m_i <= slack, the
 * W whose affine positions are exactly A = the rest number T_a |Y_A| (recoveryD5DictatorOrbits.ts),
 * Y_A the normalised ones (W_{A_k} = x_k). Y_A is walked coordinate by coordinate in increasing
 * (degree, position), so each W once: a coordinate is balanced on the joint fibres of those fixed
 * before it, of degree exactly e, where e and the least degrees the order leaves the later ones fit
 * in the slack; the first one by orbits of K_a, the last one through the affine space of its
 * completions (recoveryD5DictatorLast.ts). Every W reached is costed from its codes; one below the
 * minimum stops the re-check. The steps are counted: past DICTATOR_MAX_WORK the re-check is refused.
 */
import { reject } from './reject.js';
import { balancedHigh, balancedIn, dictatorCode, fibresOf, gf2Deg5, quadratics } from './recoveryD5DictatorWords.js';
import { affineTuples, fixingGenerators, orbitsOf } from './recoveryD5DictatorOrbits.js';
import { walkLast } from './recoveryD5DictatorLast.js';

export { affineTuples, fixingGenerators, orbitsOf };

export interface DictatorInstance {
  /** mult[i]: how many tasks are x_{i+1} or its negation (each >= 1). */
  readonly mult: readonly number[];
  /** The other tasks' codes over the latents (bit z set where the task is -1). */
  readonly others: readonly number[];
  /** floors[k]: a lower bound on the GF(2) degree of any function of others[k]'s weight. */
  readonly floors: readonly number[];
  readonly minimum: number;
  /** minimum - sum mult - sum floors: the most sum_i m_i (deg W_i - 1) of a W within the minimum. */
  readonly slack: number;
}

export interface DictatorCount {
  readonly minimizers: bigint;
  /** Whether the identity (so all of AGL(5, 2)) attains the minimum. */
  readonly affineMinimal: boolean;
  readonly work: number;
}

export const DICTATOR_MAX_WORK = 250_000_000;
const X = [0, 1, 2, 3, 4].map(dictatorCode);

/** The minimisers' count (see the header); rejects when some W costs less than the minimum, or past the budget. */
export function countDictators(inst: DictatorInstance, maxWork = DICTATOR_MAX_WORK): DictatorCount {
  const { mult, minimum, slack } = inst;
  let work = 0;
  const tick = (): void => {
    if (++work > maxWork) reject(`the re-check would take more than ${maxWork} steps (too large for the verifier)`);
  };
  let minimizers = 0n;
  let affineMinimal = false;
  // Per a: the first coordinate's candidates of degree e (balanced on the fibres of x_1..x_a) and their K_a orbits.
  const firstLists = new Map<string, number[]>();
  const firstList = (a: number, e: number): number[] => {
    const key = `${a}:${e}`;
    if (!firstLists.has(key)) {
      const fib = fibresOf(X.slice(0, a));
      if (e === 2) firstLists.set(key, balancedIn(fib, quadratics(), tick));
      else balancedHigh(fib, tick).forEach((l, k) => firstLists.set(`${a}:${k + 3}`, l));
    }
    return firstLists.get(key)!;
  };
  const orbitCache = new Map<string, [number, number][]>();
  const firstOrbits = (a: number, e: number): [number, number][] => {
    const key = `${a}:${e}`;
    if (!orbitCache.has(key)) orbitCache.set(key, orbitsOf(firstList(a, e), fixingGenerators(a), tick));
    return orbitCache.get(key)!;
  };
  for (let bMask = 0; bMask < 32; bMask++) {
    const B = [0, 1, 2, 3, 4].filter((i) => (bMask >>> i) & 1);
    if (B.reduce((s, i) => s + mult[i]!, 0) > slack) continue;
    const a = 5 - B.length;
    const weightA = affineTuples(a);
    const w = new Array<number>(5).fill(0);
    [0, 1, 2, 3, 4].filter((i) => !B.includes(i)).forEach((i, k) => (w[i] = X[k]!));
    const leaf = (c: number, weight: bigint): void => {
      if (c < minimum) reject(`a bijection costs ${c}, less than the stated minimum ${minimum}`);
      if (c === minimum) minimizers += weight * weightA;
    };
    if (B.length === 0) {
      // W = identity: every head of x_i costs 1, F o W = F.
      leaf(mult.reduce((s, m) => s + m, 0) + inst.others.reduce((s, f) => s + gf2Deg5(f), 0), 1n);
      affineMinimal = minimizers > 0n;
      continue;
    }
    // rest: B's positions not fixed yet; (ep, pp) the previous (degree, position); spent: sum m (deg - 1) so far.
    const level = (rest: readonly number[], ep: number, pp: number, spent: number, weight: bigint): void => {
      const least = (p: number, e: number): number => Math.max(2, e + (p < pp ? 1 : 0));
      if (rest.length === 1) return walkLast(inst, w, rest[0]!, least(rest[0]!, ep), tick, (c) => leaf(c, weight));
      const fixed = w.filter((_, i) => !rest.includes(i));
      const fib = fibresOf(fixed);
      let high: [number[], number[]] | null = null; // this node's codes of degree 3 and 4, listed once
      const first = rest.length === B.length;
      for (const p of rest) {
        const later = rest.filter((r) => r !== p);
        for (let e = least(p, ep); e <= 4; e++) {
          const need = spent + mult[p]! * (e - 1) + later.reduce((s, r) => s + mult[r]! * (Math.max(2, e + (r < p ? 1 : 0)) - 1), 0);
          if (need > slack) break;
          const next = (g: number, size: number): void => {
            w[p] = g;
            level(later, e, p, spent + mult[p]! * (e - 1), weight * BigInt(size));
          };
          if (first) for (const [g, size] of firstOrbits(a, e)) next(g, size);
          else if (e === 2) for (const g of balancedIn(fib, firstList(a, 2), tick)) next(g, 1);
          else for (const g of (high ??= balancedHigh(fib, tick))[e - 3]!) next(g, 1);
          w[p] = 0;
        }
      }
    };
    level(B, 0, -1, 0, 1n);
  }
  return { minimizers, affineMinimal, work };
}
