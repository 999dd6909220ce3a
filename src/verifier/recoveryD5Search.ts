/**
 * The plain tuple search of the d = 5 recovery certificates (docs/certificates.md, "Recovery
 * certificates at d = 5"), the same route as at d <= 4 (recoveryCertificate.ts) on 32-bit codes:
 * every tuple of heads (g_1..g_k), task by task in any order, each g_t a code of its task's
 * weight and cost <= its budget, with, in every class of equal value vectors so far, as many -1
 * values as the task has in the matching class of latents. A class pair is a pair of
 * 32-bit masks (points x, latents z) of equal size. The heads of a task come from its candidate
 * list, or, when the classes leave fewer consistent codes than the list holds, from those codes
 * directly (their cost computed from the definition): the same set either way.
 *
 * At a leaf of cost = the minimum the bijections V with g_t = h_t o V^-1 are those sending each
 * latent class onto its point class: prod (class size)! of them; those in the group (signed
 * permutations, GF(2)-affine maps) are counted by choosing V(0) and V(e_1)..V(e_5) inside their
 * classes and checking every V(z) as the span fills. A leaf below the minimum refutes it.
 *
 * Orbits (docs/math.md, "Counting minimisers by orbits in the verifier"), when the caller passes
 * checked generators of a group H (recoveryD5Group.ts): a prefix (g_1..g_j) carries generators of
 * a subgroup K of its stabiliser in H (K = H at the root); the node's candidates are split into
 * K-orbits (orbitGroup.ts), one code per orbit is visited with the orbit's size as a factor and
 * Schreier generators of its stabiliser in K; a leaf counts (product of its factors) times its
 * bijections and its bijections in the group. The candidates of a node are the same set with or
 * without symmetry; an orbit leaving that set stops the re-check (it cannot happen when the
 * checks of recoveryD5Group.ts hold).
 */
import { reject } from './reject.js';
import { ones32 } from './recoveryD5Candidates.js';
import { type Perm, orbitOf, stabiliserOf } from './orbitGroup.js';

export type D5Group = 'signed-permutation' | 'gf2-affine';

export interface D5Search {
  readonly tasks: readonly number[];
  /** Per task: its heads' candidates (every code of its weight and cost <= budgets[t], maybe more), by increasing cost. */
  readonly lists: readonly { readonly codes: Uint32Array; readonly costs: Uint8Array }[];
  readonly budgets: readonly number[];
  readonly floors: readonly number[];
  readonly max: boolean;
  readonly minimum: number;
  readonly group: D5Group;
  readonly cost: (code: number) => number;
  readonly maxWork: number;
  /**
   * Generators of a group H of maps of C_5, checked by the caller (recoveryD5Group.ts) to keep
   * every code's cost and to lie in the group; absent or empty: no symmetry (every tuple visited).
   */
  readonly symmetry?: readonly Perm[];
}

export interface D5Count {
  readonly minimizers: bigint;
  readonly inGroup: bigint;
  readonly leaves: number;
  readonly work: number;
}

export function factorial(n: number): bigint {
  let f = 1n;
  for (let i = 2; i <= n; i++) f *= BigInt(i);
  return f;
}

export function binomial(n: number, k: number): number {
  let b = 1;
  for (let i = 0; i < k; i++) b = (b * (n - i)) / (i + 1);
  return b;
}

/** The group elements V with V(z) in xs[k] for every z in zs[k] (also used by recoveryD5Profile.ts). */
export function groupCount(xs: readonly number[], zs: readonly number[], group: D5Group, tick: () => void): bigint {
  const cls = new Array<number>(32);
  zs.forEach((m, k) => {
    for (let z = 0; z < 32; z++) if ((m >>> z) & 1) cls[z] = k;
  });
  const image = new Array<number>(32).fill(0);
  let found = 0n;
  // j columns chosen: image[z] set for z < 2^j; seen holds those images.
  const rec = (j: number, seen: number, used: number): void => {
    tick();
    if (j === 5) {
      found++;
      return;
    }
    const e = 1 << j;
    const allowed = xs[cls[e]!]!;
    for (let y = 0; y < 32; y++) {
      if (!((allowed >>> y) & 1)) continue;
      const b = y ^ image[0]!;
      if (group === 'signed-permutation' && (ones32(b) !== 1 || used & b)) continue;
      let ok = true;
      let s = seen;
      for (let z = e; z < 2 * e && ok; z++) {
        const v = image[z - e]! ^ b;
        image[z] = v;
        ok = ((xs[cls[z]!]! >>> v) & 1) === 1 && ((s >>> v) & 1) === 0;
        s = (s | (1 << v)) >>> 0;
      }
      if (ok) rec(j + 1, s, used | b);
    }
  };
  const first = xs[cls[0]!]!;
  for (let y = 0; y < 32; y++) {
    if (!((first >>> y) & 1)) continue;
    image[0] = y;
    rec(0, (1 << y) >>> 0, 0);
  }
  return found;
}

/**
 * Counts the bijections of cost exactly `minimum` and those among them in the group; rejects one
 * below it. The tuples are split by their cost profile (c_1..c_k), c_t the exact cost of head t,
 * floors[t] <= c_t <= budgets[t], combined <= minimum: each tuple has one profile, and within a
 * profile the tasks with the fewest candidates at their cost go first.
 */
export function searchD5(s: D5Search): D5Count {
  const k = s.tasks.length;
  const combine = (a: number, b: number): number => (s.max ? Math.max(a, b) : a + b);
  let work = 0;
  const tick = (): void => {
    if (++work > s.maxWork) reject(`the re-check would take more than ${s.maxWork} steps (too large for the verifier)`);
  };
  // byCost[t][c]: the candidates of task t of cost exactly c.
  const byCost = s.lists.map((l) => {
    const out: number[][] = [[], [], [], [], [], []];
    l.codes.forEach((g, i) => out[l.costs[i]!]!.push(g));
    return out.map((a) => Uint32Array.from(a));
  });
  let minimizers = 0n;
  let inGroup = 0n;
  let leaves = 0;
  const runProfile = (profile: readonly number[], total: number): void => {
    const order = profile.map((_, t) => t).sort((a, b) => byCost[a]![profile[a]!]!.length - byCost[b]![profile[b]!]!.length || a - b);
    const dfs = (j: number, xs: readonly number[], zs: readonly number[], gens: readonly Perm[], weight: bigint): void => {
      tick();
      if (j === k) {
        if (total < s.minimum) reject(`a bijection costs ${total}, less than the stated minimum ${s.minimum}`);
        leaves++;
        minimizers += weight * xs.reduce((acc, m) => acc * factorial(ones32(m)), 1n);
        inGroup += weight * groupCount(xs, zs, s.group, tick);
        return;
      }
      const t = order[j]!;
      const h = s.tasks[t]!;
      const c = profile[t]!;
      const want = zs.map((m) => ones32((m & h) >>> 0));
      const visit = (g: number, stab: readonly Perm[], w: bigint): void => {
        const nx: number[] = [];
        const nz: number[] = [];
        xs.forEach((m, q) => {
          const z = zs[q]!;
          for (const [a, b] of [[(m & g) >>> 0, (z & h) >>> 0], [(m & ~g) >>> 0, (z & ~h) >>> 0]] as const) if (a !== 0) (nx.push(a), nz.push(b));
        });
        dfs(j + 1, nx, nz, stab, w);
      };
      const list = byCost[t]![c]!;
      const cands: number[] = [];
      const direct = xs.reduce((acc, m, q) => acc * binomial(ones32(m), want[q]!), 1);
      if (direct <= list.length) {
        // Every code with want[q] of its -1 values in class q, built class by class, its cost from the definition.
        const rec = (q: number, g: number): void => {
          tick();
          if (q === xs.length) return void (s.cost(g >>> 0) === c && cands.push(g >>> 0));
          const pts: number[] = [];
          for (let x = 0; x < 32; x++) if ((xs[q]! >>> x) & 1) pts.push(x);
          const pick = (from: number, left: number, acc: number): void => {
            if (left === 0) return rec(q + 1, acc);
            for (let i = from; i <= pts.length - left; i++) pick(i + 1, left - 1, (acc | (1 << pts[i]!)) >>> 0);
          };
          pick(0, want[q]!, g);
        };
        rec(0, 0);
      } else {
        for (let i = 0; i < list.length; i++) {
          tick();
          const g = list[i]!;
          let ok = true;
          for (let q = 0; q < xs.length && ok; q++) ok = ones32((xs[q]! & g) >>> 0) === want[q];
          if (ok) cands.push(g);
        }
      }
      if (gens.length === 0) {
        for (const g of cands) visit(g, gens, weight);
        return;
      }
      // One code per orbit of the prefix's stabiliser (it keeps the classes and the cost), weighted by the orbit's size.
      const inSet = new Set(cands);
      const done = new Set<number>();
      for (const g of cands) {
        if (done.has(g)) continue;
        const o = orbitOf(g, gens, tick);
        for (const y of o.points) {
          if (!inSet.has(y)) reject('internal: the symmetry does not keep the candidates of a class (the re-check stops)');
          done.add(y);
        }
        visit(g, o.points.length === 1 ? gens : stabiliserOf(g, gens, o, tick), weight * BigInt(o.points.length));
      }
    };
    dfs(0, [0xffffffff], [0xffffffff], s.symmetry ?? [], 1n);
  };
  // Every profile within the budgets whose total can stay <= minimum (the rest at their floors).
  const restFloor = s.tasks.map((_, t) => s.floors.slice(t + 1).reduce((a, f) => combine(a, f), 0));
  const profiles = (t: number, acc: number[], spent: number): void => {
    if (t === k) return runProfile(acc, spent);
    for (let c = s.floors[t]!; c <= s.budgets[t]!; c++) {
      if (combine(combine(spent, c), restFloor[t]!) > s.minimum) break;
      tick();
      profiles(t + 1, [...acc, c], combine(spent, c));
    }
  };
  profiles(0, [], 0);
  return { minimizers, inGroup, leaves, work };
}
