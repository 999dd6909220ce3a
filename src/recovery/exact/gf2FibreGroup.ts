/**
 * The group K_a of the dictator route (gf2Dictators.ts; docs/math.md "All dictators present under
 * head-gf2"): the affine maps of C_d that keep the first a coordinates, x -> (x_1..x_a,
 * M x_B + N x_A + c) with M in GL(d - a, 2) (x_A the first a bits, x_B the others). It is the
 * stabiliser of the normalised affine coordinates (x_1..x_a) in AGL(d, 2), of order
 * |GL(b, 2)| 2^(ab) 2^b (b = d - a), and it acts on codes by g -> g o A^-1 keeping every fibre of
 * x_A. Generators: the translation by e_(a+1), the shears x_(a+1) += x_i (i <= a) and, on x_B, the
 * transposition, the cyclic shift and the transvection x_(a+2) += x_(a+1) (they generate GL(b, 2);
 * its conjugates of the translation and the shears give every c and N).
 * Orbit representatives of a K_a-invariant set of codes come with their exact orbit sizes.
 */
import { type Perm, Generators, orbitPoints } from './permGroup.js';
import { CodeSet } from './codeSet.js';

function glOrder(b: number): number {
  let o = 1;
  for (let i = 0; i < b; i++) o *= 2 ** b - 2 ** i;
  return o;
}

/** |K_a| at dimension d. */
export function fibreGroupOrder(d: number, a: number): number {
  const b = d - a;
  return glOrder(b) * 2 ** (a * b) * 2 ** b;
}

export function fibreGroupGenerators(d: number, a: number): Generators {
  const n = 1 << d;
  const b = d - a;
  const map = (f: (x: number) => number): Perm => Uint8Array.from({ length: n }, (_, x) => f(x));
  const bit = (x: number, i: number): number => (x >>> i) & 1;
  const perms: Perm[] = [];
  if (b >= 1) {
    perms.push(map((x) => x ^ (1 << a)));
    for (let i = 0; i < a; i++) perms.push(map((x) => x ^ (bit(x, i) << a)));
  }
  if (b >= 2) {
    perms.push(map((x) => (x & ~(3 << a)) | (bit(x, a) << (a + 1)) | (bit(x, a + 1) << a)));
    perms.push(map((x) => x ^ (bit(x, a) << (a + 1))));
  }
  if (b >= 3) {
    const low = (1 << a) - 1;
    perms.push(map((x) => {
      const y = x >>> a;
      const rot = ((y << 1) & ((1 << b) - 1)) | bit(y, b - 1);
      return (x & low) | (rot << a);
    }));
  }
  return new Generators(n, perms, fibreGroupOrder(d, a));
}

export interface OrbitRepresentatives {
  readonly codes: readonly number[];
  readonly sizes: readonly number[];
}

/** One code per orbit of the group on an invariant set (the first met), with the orbit's size. */
export function orbitRepresentatives(gens: Generators, codes: Iterable<number>): OrbitRepresentatives {
  const seen = new CodeSet(12);
  const reps: number[] = [];
  const sizes: number[] = [];
  let met = 0;
  for (const c of codes) {
    met++;
    if (seen.has(c)) continue;
    const size = orbitPoints(gens, c, seen).length;
    if (gens.order % size !== 0) throw new Error(`internal: an orbit of ${size} codes under a group of order ${gens.order}`);
    reps.push(c >>> 0);
    sizes.push(size);
  }
  // The orbits cover the set exactly when it is invariant (every orbit point is one of the codes).
  if (seen.size !== met) throw new Error(`internal: ${met} codes, but their orbits hold ${seen.size}`);
  return { codes: reps, sizes };
}
