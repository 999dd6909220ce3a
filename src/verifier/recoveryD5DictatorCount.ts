/**
 * The count of the d = 5 dictator re-check (recoveryD5Dictator.ts; the proof: docs/certificates.md,
 * "Recovery certificates at d = 5 with every x_i a task"). W = V^-1; the head of x_i is W_i, the
 * head of another task F is F o W; cost(W) = sum_i m_i deg W_i + sum_F deg(F o W).
 *
 * Every W of cost <= minimum has sum_i m_i (deg W_i - 1) <= slack (each F o W has F's weight, so
 * degree >= its floor). For each set B of non-affine positions with sum_{i in B} m_i <= slack, the
 * W whose affine positions are exactly A = the rest number T_a |Y_A|, where a = |A|,
 * T_a = 2^a prod_{k<a} (32 - 2^k) (the a-tuples of affine functions with independent linear
 * parts) and Y_A the normalised ones (W_{A_k} = x_k, the k-th smallest position of A carrying
 * x_k). Y_A is walked position by position over B (increasing): a coordinate is balanced on the
 * joint fibres of those fixed before it, of degree in [2, cap], cap from the slack left; the
 * first one by orbits of K_a = the affine maps fixing x_1..x_a (W -> W o A keeps Y_A and the cost),
 * the last one through the affine space of its completions (recoveryD5DictatorWords.ts). Every W
 * reached is costed from its codes; one below the minimum stops the re-check.
 */
import { reject } from './reject.js';
import { inGroup } from './recoveryD5Maps.js';
import { type Bound, balancedOn, dictatorCode, fibresOf, gf2Deg5, lastCoordinate } from './recoveryD5DictatorWords.js';

export interface DictatorInstance {
  /** mult[i]: how many tasks are x_{i+1} or its negation (each >= 1). */
  readonly mult: readonly number[];
  /** The other tasks' codes over the latents (bit z set where the task is -1). */
  readonly others: readonly number[];
  /** floors[k]: a lower bound on the GF(2) degree of any function of others[k]'s weight. */
  readonly floors: readonly number[];
  readonly minimum: number;
  readonly slack: number;
}

export interface DictatorCount {
  readonly minimizers: bigint;
  /** Whether the identity (so all of AGL(5, 2)) attains the minimum. */
  readonly affineMinimal: boolean;
  readonly work: number;
}

export const DICTATOR_MAX_WORK = 400_000_000;
const X = [0, 1, 2, 3, 4].map(dictatorCode);

/** T_a: the ordered a-tuples of affine functions on C_5 with linearly independent linear parts. */
export function affineTuples(a: number): bigint {
  let t = 1n;
  for (let k = 0; k < a; k++) t *= 2n * (32n - (1n << BigInt(k)));
  return t;
}

/** Generators of K_a (affine maps fixing bits 0..a-1 of every point), each checked to be one. */
export function fixingGenerators(a: number): number[][] {
  const gens: number[][] = [];
  const pts = Array.from({ length: 32 }, (_, x) => x);
  // The translation by e_a, the shears x_a += x_i (i < a), the swaps of adjacent bits of B and
  // x_a += x_(a+1): with their conjugates they give all of K_a (a smaller group would only give
  // more orbits, never another count: each generator is checked below).
  if (a < 5) {
    gens.push(pts.map((x) => x ^ (1 << a)));
    for (let i = 0; i < a; i++) gens.push(pts.map((x) => x ^ (((x >>> i) & 1) << a)));
    for (let j = a; j + 1 < 5; j++) gens.push(pts.map((x) => (((x >>> j) ^ (x >>> (j + 1))) & 1 ? x ^ (3 << j) : x)));
    if (a + 1 < 5) gens.push(pts.map((x) => x ^ (((x >>> (a + 1)) & 1) << a)));
  }
  const low = (1 << a) - 1;
  for (const g of gens) if (new Set(g).size !== 32 || !inGroup('gf2-affine', g) || g.some((y, x) => ((y ^ x) & low) !== 0)) reject('internal: a generator of K_a is not an affine map fixing x_1..x_a');
  return gens;
}

/** g o A (bit x of the result is bit A(x) of g). */
function compose(g: number, a: readonly number[]): number {
  let out = 0;
  for (let x = 0; x < 32; x++) out |= ((g >>> a[x]!) & 1) << x;
  return out >>> 0;
}

/** The orbits of K_a on a set of codes closed under it: [representative, size] (breadth first). */
export function orbitsOf(codes: readonly number[], gens: readonly number[][], tick: () => void): [number, number][] {
  const seen = new Map<number, boolean>(codes.map((c) => [c, false]));
  const out: [number, number][] = [];
  for (const r of codes) {
    if (seen.get(r)) continue;
    seen.set(r, true);
    const queue = [r];
    for (let i = 0; i < queue.length; i++)
      for (const a of gens) {
        tick();
        const y = compose(queue[i]!, a);
        const s = seen.get(y);
        if (s === undefined) reject('internal: K_a does not keep the candidates of the first coordinate (the re-check stops)');
        if (!s) (seen.set(y, true), queue.push(y));
      }
    out.push([r, queue.length]);
  }
  return out;
}

/** The minimisers' count (see the header); rejects when some W costs less than the minimum. */
export function countDictators(inst: DictatorInstance): DictatorCount {
  const { mult, others, floors, minimum, slack } = inst;
  const otherFloors = floors.reduce((a, f) => a + f, 0);
  let work = 0;
  const tick = (): void => {
    if (++work > DICTATOR_MAX_WORK) reject(`the re-check would take more than ${DICTATOR_MAX_WORK} steps (too large for the verifier)`);
  };
  let minimizers = 0n;
  let affineMinimal = false;
  const orbitCache = new Map<string, [number, number][]>();
  /**
   * The cost of W with every coordinate but p fixed, as a function of W_p = g: sum_i m_i deg W_i
   * plus, for each other task F, deg(F o W) with F o W = P0 xor (g and P1), P0(x) = F(W(x) with
   * bit p cleared), P1(x) = F(W(x) with bit p set) xor P0(x): at each x, F(W(x)) is P0(x) or
   * P0(x) xor P1(x) as W_p(x) is 0 or 1. The bounds: every W of cost <= minimum meets them.
   */
  const costWith = (w: readonly number[], p: number): { cost: (g: number) => number; bounds: Bound[] } => {
    const z0 = Array.from({ length: 32 }, (_, x) => w.reduce((z, wi, i) => (i === p ? z : z | (((wi >>> x) & 1) << i)), 0));
    const parts = others.map((f) => {
      let p0 = 0;
      let p1 = 0;
      for (let x = 0; x < 32; x++) {
        const lo = (f >>> z0[x]!) & 1;
        p0 |= lo << x;
        p1 |= (lo ^ ((f >>> (z0[x]! | (1 << p))) & 1)) << x;
      }
      return [p0 >>> 0, p1 >>> 0] as const;
    });
    const fixedPart = w.reduce((c, wi, i) => (i === p ? c : c + mult[i]! * gf2Deg5(wi)), 0);
    // Within the minimum, with deg W_p >= 2 and every other head at least its floor: the bounds.
    const rest = minimum - fixedPart - 2 * mult[p]! - otherFloors;
    const bounds: Bound[] = [{ offset: 0, mask: 0xffffffff, cap: Math.min(4, 2 + Math.floor(Math.max(rest, -1) / mult[p]!)) }];
    parts.forEach(([p0, p1], k) => bounds.push({ offset: p0, mask: p1, cap: Math.min(5, floors[k]! + rest) }));
    return { cost: (g) => parts.reduce((c, [p0, p1]) => c + gf2Deg5((p0 ^ (g & p1)) >>> 0), fixedPart + mult[p]! * gf2Deg5(g)), bounds };
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
      leaf(costWith(w, 0).cost(w[0]!), 1n);
      affineMinimal = minimizers > 0n;
      continue;
    }
    const level = (j: number, spent: number, weight: bigint): void => {
      const p = B[j]!;
      const later = B.slice(j + 1).reduce((s, i) => s + mult[i]!, 0);
      const cap = Math.min(4, 1 + Math.floor((slack - spent - later) / mult[p]!));
      if (cap < 2) return;
      const fixed = [0, 1, 2, 3, 4].filter((i) => !B.includes(i) || B.indexOf(i) < j).map((i) => w[i]!);
      if (j === B.length - 1) {
        const { cost, bounds } = costWith(w, p);
        if (bounds.some((b) => b.cap < 0)) return;
        lastCoordinate(fibresOf(fixed), bounds, tick, (g) => {
          if (gf2Deg5(g) >= 2) leaf(cost(g), weight); // an affine W_p: W belongs to a larger affine set
        });
        return;
      }
      const visit = (g: number, size: number): void => {
        w[p] = g;
        level(j + 1, spent + mult[p]! * (gf2Deg5(g) - 1), weight * BigInt(size));
      };
      if (j > 0) return void balancedOn(fibresOf(fixed), cap, tick).forEach((g) => visit(g, 1));
      const key = `${a}:${cap}`;
      if (!orbitCache.has(key)) orbitCache.set(key, orbitsOf(balancedOn(fibresOf(X.slice(0, a)), cap, tick), fixingGenerators(a), tick));
      for (const [g, size] of orbitCache.get(key)!) visit(g, size);
    };
    level(0, 0, 1n);
  }
  return { minimizers, affineMinimal, work };
}

