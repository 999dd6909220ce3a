/**
 * The tables recoverySolve.ts searches with, and the symmetry it may use, each checked here rather
 * than assumed. Costs are those of recoveryCertificate.ts (the plain Walsh double sum, the Moebius
 * transform), tabulated for every Boolean code on C_d (bit x set: value -1), d <= 4.
 *
 * The symmetry: the generators A of the signed permutations (adjacent coordinate transpositions
 * and the sign flip of x1), each a bijection of C_d (checked). If cost(g o A) = cost(g) for every
 * code g and every generator A (checked on all codes), then V -> A^-1 o V is a bijection of the
 * bijections V that keeps the objective and sends the tuples with first head g to those with first
 * head g o A. So the number N(g) of V of cost <= B with first head g is the same on each component
 * of the graph g -> g o A (A a generator), and the search may take one code per component (its
 * least, the representative) with weight the component's size. When the check fails, every code
 * is its own component (no symmetry).
 */
import { fourierDegree, gf2Degree, ones, scaledProfile } from './recoveryCertificate.js';

export type Measure = 'fourier' | 'gf2' | 'profile';

export interface CostTable {
  readonly d: number;
  /** Numbers per code: 1, or d + 1 for a profile (4^d W^0 .. 4^d W^d). */
  readonly levels: number;
  /** values[code * levels + l]. */
  readonly values: Int32Array;
}

export interface Components {
  /** size[g] > 0 exactly when g is the least code of its component: then its component's size. */
  readonly size: Int32Array;
  /** Whether the invariance check passed (else every size is 1). */
  readonly symmetric: boolean;
}

const tables = new Map<string, CostTable>();
const components = new Map<string, Components>();

/** Every code's cost under the measure, made once per d and measure. */
export function costTable(d: number, measure: Measure): CostTable {
  const key = `${d}:${measure}`;
  let t = tables.get(key);
  if (t === undefined) {
    const codes = 2 ** (1 << d);
    const levels = measure === 'profile' ? d + 1 : 1;
    const values = new Int32Array(codes * levels);
    for (let g = 0; g < codes; g++) {
      if (measure === 'profile') scaledProfile(d, g).forEach((w, l) => (values[g * levels + l] = w));
      else values[g] = measure === 'gf2' ? gf2Degree(d, g) : fourierDegree(d, g);
    }
    t = { d, levels, values };
    tables.set(key, t);
  }
  return t;
}

/** The generators as image tables, each checked to be a bijection of C_d. */
function generators(d: number): Uint8Array[] {
  const size = 1 << d;
  const gens: Uint8Array[] = [];
  for (let i = 0; i + 1 < d; i++) {
    gens.push(Uint8Array.from({ length: size }, (_, x) => (((x >>> i) & 1) === ((x >>> (i + 1)) & 1) ? x : x ^ (3 << i))));
  }
  gens.push(Uint8Array.from({ length: size }, (_, x) => x ^ 1));
  for (const a of gens) if (new Set(a).size !== size || a.some((y) => y >= size)) throw new Error('internal: a generator is not a bijection');
  return gens;
}

/** The code of g o A: bit x is bit A(x) of g. */
export function moved(g: number, a: Uint8Array): number {
  let out = 0;
  for (let x = 0; x < a.length; x++) out |= ((g >>> a[x]!) & 1) << x;
  return out >>> 0;
}

function sameCost(t: CostTable, a: number, b: number): boolean {
  for (let l = 0; l < t.levels; l++) if (t.values[a * t.levels + l] !== t.values[b * t.levels + l]) return false;
  return true;
}

/** The components of the header for this table (trivial when the invariance check fails). */
export function componentsOf(t: CostTable, key: string): Components {
  let c = components.get(key);
  if (c !== undefined) return c;
  const codes = 2 ** (1 << t.d);
  const gens = generators(t.d);
  const images = gens.map((a) => Int32Array.from({ length: codes }, (_, g) => moved(g, a)));
  const symmetric = images.every((img) => img.every((m, g) => sameCost(t, g, m)));
  const size = new Int32Array(codes);
  if (!symmetric) size.fill(1);
  else {
    const seen = new Uint8Array(codes);
    const stack: number[] = [];
    for (let g = 0; g < codes; g++) {
      if (seen[g]) continue;
      // g is the least code not yet seen: the least of its component.
      let n = 0;
      seen[g] = 1;
      stack.push(g);
      while (stack.length > 0) {
        const u = stack.pop()!;
        n++;
        for (const img of images) {
          const w = img[u]!;
          if (!seen[w]) {
            seen[w] = 1;
            stack.push(w);
          }
        }
      }
      size[g] = n;
    }
  }
  c = { size, symmetric };
  components.set(key, c);
  return c;
}

/** The codes with w bits set among the first 2^d, in increasing order. */
export function codesOfWeight(d: number, w: number): number[] {
  const out: number[] = [];
  for (let g = 0; g < 2 ** (1 << d); g++) if (ones(g) === w) out.push(g);
  return out;
}

const groupsOf = new Map<number, Uint8Array[]>();

/**
 * Every element of the group the generators generate (the signed permutations), as image tables:
 * the closure of the identity under composing with a generator, so each is a product of generators.
 */
export function generatedGroup(d: number): readonly Uint8Array[] {
  let g = groupsOf.get(d);
  if (g === undefined) {
    const gens = generators(d);
    const seen = new Set<string>();
    const out: Uint8Array[] = [];
    const queue = [Uint8Array.from({ length: 1 << d }, (_, x) => x)];
    seen.add(queue[0]!.join(','));
    while (queue.length > 0) {
      const u = queue.pop()!;
      out.push(u);
      for (const a of gens) {
        const v = Uint8Array.from(u, (y) => a[y]!);
        const key = v.join(',');
        if (!seen.has(key)) {
          seen.add(key);
          queue.push(v);
        }
      }
    }
    g = out;
    groupsOf.set(d, g);
  }
  return g;
}
