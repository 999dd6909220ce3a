/**
 * The verifier's symmetry shortcut for recoverySummary (recovery.ts), with its soundness checked
 * here rather than assumed. Setting: full support, Boolean tasks, a head-only bias, so that the
 * objective of V is combine_t cost(h_t o V^-1) for a cost of the head's table alone.
 *
 * 1. The group H: the closure of d - 1 adjacent coordinate transpositions and the sign flip of
 *    x1 under composition, enumerated here; its order must come out as 2^d d! and every element
 *    must be a signed permutation and lie in the recovery group (each checked with the kernel).
 * 2. Invariance: for every Boolean table g on C_d and every generator A, cost(g o A) = cost(g)
 *    (checked on all 2^(2^d) tables). Then cost(g o A^-1) = cost(g) for every A in H, so the
 *    objective of A o V (heads h_t o V^-1 o A^-1) equals that of V.
 * 3. Representatives R = {V : V(0) = 0, V^-1(e_1) < ... < V^-1(e_d)}. Every bijection V has some
 *    A in H with A o V in R (checked for every V by search over H), A o V = V only for A = id (V
 *    is injective), so the orbits {A o V} have |H| elements each and number (2^d)! / |H|; R meets
 *    every orbit and |R| is checked to equal that number, so R meets each orbit exactly once.
 * Hence the minimum over R is the minimum, the minimisers number |H| times those in R, and as H
 * lies in the recovery group (a group), A o V is in it exactly when V is: it is enough to look
 * at the minimisers in R. Any failed check means: no shortcut, enumerate everything.
 */
import type { CubeMap } from '../claim/values.js';
import type { BasicKernel } from './kernel.js';

export interface Cosets {
  /** The representatives R as image tables. */
  readonly reps: readonly Uint32Array[];
  /** |H|. */
  readonly order: number;
}

const cache = new Map<string, Cosets | null>();

/** The generators of H as image tables on C_d. */
function generators(d: number): Uint32Array[] {
  const size = 2 ** d;
  const gens: Uint32Array[] = [];
  for (let i = 0; i + 1 < d; i++) {
    gens.push(
      Uint32Array.from({ length: size }, (_, x) => {
        const a = (x >>> i) & 1;
        const b = (x >>> (i + 1)) & 1;
        return a === b ? x : x ^ ((1 << i) | (1 << (i + 1)));
      }),
    );
  }
  gens.push(Uint32Array.from({ length: size }, (_, x) => x ^ 1));
  return gens;
}

const compose = (a: Uint32Array, v: Uint32Array): Uint32Array => Uint32Array.from(v, (y) => a[y]!);

function inR(d: number, v: Uint32Array): boolean {
  if (v[0] !== 0) return false;
  let last = -1;
  for (let i = 0; i < d; i++) {
    const z = v.indexOf(1 << i);
    if (z <= last) return false;
    last = z;
  }
  return true;
}

function factorial(n: number): number {
  return n <= 1 ? 1 : n * factorial(n - 1);
}

/** Every permutation of 0..size-1 as an image table, in lexicographic order. */
function* allBijections(size: number): Generator<Uint32Array> {
  const p = Uint32Array.from({ length: size }, (_, i) => i);
  for (;;) {
    yield p.slice();
    let i = size - 2;
    while (i >= 0 && p[i]! > p[i + 1]!) i--;
    if (i < 0) return;
    let j = size - 1;
    while (p[j]! < p[i]!) j--;
    [p[i], p[j]] = [p[j]!, p[i]!];
    p.subarray(i + 1).reverse();
  }
}

/**
 * H, R and the checks 1 and 3 of the header, for the group ('signed-permutation' or
 * 'gf2-affine'); null when a check fails (then the caller enumerates every V).
 */
export function cosetsOf(d: number, group: string, K: BasicKernel): Cosets | null {
  const key = `${d}:${group}`;
  if (cache.has(key)) return cache.get(key)!;
  const size = 2 ** d;
  const asMap = (image: Uint32Array): CubeMap => ({ n: d, m: d, image });
  const inGroup = (a: Uint32Array): boolean => (group === 'signed-permutation' ? K.isSignedPermutation(asMap(a)) : K.isGf2Affine(asMap(a)));
  // 1. The closure of the generators.
  const gens = generators(d);
  const seen = new Map<string, Uint32Array>();
  const identity = Uint32Array.from({ length: size }, (_, x) => x);
  const queue: Uint32Array[] = [identity];
  seen.set(identity.join(','), identity);
  while (queue.length > 0) {
    const a = queue.pop()!;
    for (const g of gens) {
      const b = compose(g, a);
      const k = b.join(',');
      if (!seen.has(k)) {
        seen.set(k, b);
        queue.push(b);
      }
    }
  }
  const H: Uint32Array[] = [...seen.values()];
  let out: Cosets | null = null;
  if (H.length === 2 ** d * factorial(d) && H.every((a) => K.isSignedPermutation(asMap(a)) && inGroup(a))) {
    // 3. Every V reaches R, and |R| = (2^d)! / |H|.
    const reps: Uint32Array[] = [];
    let ok = true;
    const inverses = H.map((a) => {
      const inv = new Uint32Array(size);
      a.forEach((y, x) => (inv[y] = x));
      return inv;
    });
    const vInv = new Uint32Array(size);
    // A o V is in R when A(V(0)) = 0 and z_i = V^-1(A^-1(e_i)) increase with i.
    const reaches = (v: Uint32Array): boolean =>
      H.some((a, h) => {
        if (a[v[0]!] !== 0) return false;
        for (let i = 1; i < d; i++) if (vInv[inverses[h]![1 << i]!]! <= vInv[inverses[h]![1 << (i - 1)]!]!) return false;
        return true;
      });
    for (const v of allBijections(size)) {
      v.forEach((y, z) => (vInv[y] = z));
      if (inR(d, v)) reps.push(v);
      else if (!reaches(v)) ok = false;
      if (!ok) break;
    }
    if (ok && reps.length * H.length === factorial(size)) out = { reps, order: H.length };
  }
  cache.set(key, out);
  return out;
}

/** Check 2 of the header: cost(g o A) = cost(g) for every Boolean table g (as a code) and generator A. */
export function costIsInvariant(d: number, cost: (code: number) => unknown, same: (a: unknown, b: unknown) => boolean): boolean {
  const size = 2 ** d;
  for (const a of generators(d)) {
    for (let code = 0; code < 2 ** size; code++) {
      let moved = 0;
      for (let x = 0; x < size; x++) if ((code >>> a[x]!) & 1) moved |= 1 << x;
      if (!same(cost(code), cost(moved))) return false;
    }
  }
  return true;
}
