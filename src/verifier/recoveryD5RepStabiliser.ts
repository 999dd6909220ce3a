/**
 * The symmetry below the first head in the d = 5 rep re-checks (recoveryD5RepSearch.ts,
 * recoveryD5RepDear.ts; docs/certificates.md, "Past the lists in the d = 5 re-checks"): the
 * signed permutations A of C_5 that fix the heads chosen so far, checked here from the head codes.
 *
 * A = (sigma, s): bit sigma(i) of A(x) is bit i of x xor bit sigma(i) of s (all 3840 listed here).
 * V -> A o V turns head g_t = h_t o V^-1 into g_t o A^-1, and coordinate data b_i (bit i of V(z))
 * into b'_k = b_{sigma^-1(k)}, complemented where bit k of s is set. For A in H = {A : g_t o A^-1
 * = g_t for every chosen head}, V -> A o V
 * - keeps the chosen heads, so the classes; keeps every other head's Fourier degree (A permutes
 *   the characters up to sign);
 * - permutes the coordinates' costs (a code and its complement cost the same), so keeps their sum
 *   and max; it maps the pass of cost profile p (or dear set E) to that of p o sigma^-1 (sigma(E)):
 *   a pass keeps only the A that fix its profile (passGroup);
 * - keeps membership in either group (signed permutations, GF(2)-affine maps, both closed under it);
 * - acts freely: A o V = V forces A = the identity (V is onto).
 * So (1) a later head runs over the least code of each H-orbit of its candidates, weighted by the
 * orbit's size (headOrbit: V -> A o V maps the V under g one to one onto those under g o A^-1);
 * (2) in a coordinate pass with group G (free), each orbit of V has exactly |G| members and exactly
 * one whose tuple (b_{o_0}, ..., b_{o_4}) in the pass's order o is lexicographically least
 * (unsigned codes): the pass keeps only that one (cut as soon as an image's known prefix is
 * smaller: every V below the node has it smaller too) and counts it |G| times (bigint).
 */

export interface SignedPerm {
  /** sigma^-1 as a table: b'_k = b_{from[k]} (complemented where bit k of s is set). */
  readonly from: readonly number[];
  readonly s: number;
  /** A(x) for every x of C_5. */
  readonly map: readonly number[];
}

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]));
}

let all: readonly SignedPerm[] | null = null;

/** The 3840 signed permutations of C_5, the identity first. */
export function signedPerms5(): readonly SignedPerm[] {
  if (all !== null) return all;
  const out: SignedPerm[] = [];
  for (const to of permutations(5)) {
    const from = [0, 1, 2, 3, 4].map((k) => to.indexOf(k));
    for (let s = 0; s < 32; s++) {
      const map = Array.from({ length: 32 }, (_, x) => to.reduce((y, k, i) => y | ((((x >>> i) & 1) ^ ((s >>> k) & 1)) << k), 0));
      out.push({ from, s, map });
    }
  }
  out.sort((a, b) => Number(!isIdentity(a)) - Number(!isIdentity(b)));
  return (all = out);
}

/** Whether A is the identity. */
const isIdentity = (a: SignedPerm): boolean => a.s === 0 && a.from.every((k, i) => k === i);

/** g o A^-1 as a code: bit A(x) set where bit x of g is. */
export function imageOf(g: number, a: SignedPerm): number {
  let out = 0;
  for (let x = 0; x < 32; x++) if ((g >>> x) & 1) out |= 1 << a.map[x]!;
  return out >>> 0;
}

/** The members of H fixing the code g. */
export function fixing(H: readonly SignedPerm[], g: number): SignedPerm[] {
  return H.filter((a) => imageOf(g, a) === g);
}

/** null when g is not the least code of its H-orbit (another candidate stands for it), else the orbit's size. */
export function headOrbit(g: number, H: readonly SignedPerm[]): number | null {
  const images = new Set<number>();
  for (const a of H) {
    const h = imageOf(g, a);
    if (h < g) return null;
    images.add(h);
  }
  return images.size;
}

/** The members of G keeping the pass: cost[from[k]] = cost[k] at every position k. */
export function passGroup(G: readonly SignedPerm[], cost: readonly number[]): SignedPerm[] {
  return G.filter((a) => a.from.every((i, k) => cost[i] === cost[k]));
}

/**
 * The cut of (2) in the header, incrementally: live are the members of G (the identity left out)
 * whose comparison with the node's tuple is still open; b[pos] is the data at position pos, or -1
 * when not chosen; order is the pass's. Returns null when some member maps the known prefix to a
 * lexicographically smaller tuple, else the members still open (those found larger are dropped:
 * every V below the node keeps that prefix). At a leaf nothing stays open.
 */
export function narrowLeast(live: readonly SignedPerm[], order: readonly number[], b: readonly number[]): SignedPerm[] | null {
  const open: SignedPerm[] = [];
  for (const a of live) {
    let decided = false;
    for (const k of order) {
      const src = b[a.from[k]!]!;
      if (src < 0 || b[k]! < 0) break;
      const v = ((a.s >>> k) & 1 ? ~src : src) >>> 0;
      if (v < b[k]!) return null;
      if (v > b[k]!) {
        decided = true;
        break;
      }
    }
    if (!decided) open.push(a);
  }
  return open;
}

/** Whether the tuple b (all five chosen) is the least of its orbit under G (header, (2)). */
export function leastOfOrbit(G: readonly SignedPerm[], order: readonly number[], b: readonly number[]): boolean {
  return narrowLeast(G.filter((a) => !isIdentity(a)), order, b) !== null;
}

/** A pass's symmetry in recoveryD5RepDear.ts: G_p per profile (cached), its size, and its members but the identity (all open at the root). */
export function passSymmetry(tick: (by?: number) => void, G: readonly SignedPerm[]): (cost: readonly number[]) => { size: bigint; open: readonly SignedPerm[] } {
  const cache = new Map<string, { size: bigint; open: readonly SignedPerm[] }>();
  return (cost) => {
    const key = cost.join(',');
    let v = cache.get(key);
    if (v === undefined) {
      tick(Math.ceil(G.length / 16));
      const Gp = passGroup(G, cost);
      cache.set(key, (v = { size: BigInt(Gp.length), open: Gp.filter((a) => !isIdentity(a)) }));
    }
    return v;
  };
}

/** The members still open after choosing b at a position (narrowLeast), or null when cut; ticks one per 16 checked. */
export function narrowed(tick: (by?: number) => void, open: readonly SignedPerm[], order: readonly number[], chosen: readonly number[]): readonly SignedPerm[] | null {
  if (open.length === 0) return open;
  tick(Math.ceil(open.length / 16));
  return narrowLeast(open, order, chosen);
}
