/**
 * The verifier's own plain permutation-group code for counting by orbits (docs/math.md, "Counting
 * minimisers by orbits in the verifier"). A map of C_d is its image table on the n = 2^d points
 * (a[x]); (a o b)[x] = a[b[x]]. A map acts on a code g (bit x set where g(x) = -1) by
 * g -> g o a (bit x of the result is bit a(x) of g), a right action: (g o a) o b = g o (a o b).
 *
 * - orbitOf: the orbit of a code under <gens> by breadth-first closure, with a transversal
 *   (u_y, r o u_y = y); exact for the group the generators generate.
 * - stabiliserOf: Schreier's lemma: the elements u_y o s o u_{y o s}^-1 (y in the orbit, s a
 *   generator) generate the stabiliser of r in <gens>. Their number is |orbit| |gens|; to keep it
 *   small, the verifier keeps a few products of seeded random subsets of them. Those lie in the
 *   stabiliser whatever the random choices (products of elements fixing r fix r), so every count
 *   built on them stays exact (the lemma in docs/math.md holds for any subgroup); a subset that
 *   generates less only makes more orbits, hence more work, never a different count.
 * - orderOf: |<gens>| as the product of orbit sizes down the points 0, 1, ..., n-1 (orbit-stabiliser
 *   on the one-point codes), with the same stabilisers; a lower bound if the random products generate less; the
 *   tests compare it with the known orders (a check on this file, not used by any verdict).
 */

export type Perm = readonly number[];

export const identity = (n: number): number[] => Array.from({ length: n }, (_, x) => x);

export function compose(a: Perm, b: Perm): number[] {
  return b.map((y) => a[y]!);
}

export function inverse(a: Perm): number[] {
  const out = new Array<number>(a.length);
  a.forEach((y, x) => (out[y] = x));
  return out;
}

export const isIdentity = (a: Perm): boolean => a.every((y, x) => y === x);

/** g o a: bit x set iff bit a(x) of g is (codes of up to 32 points). */
export function act(g: number, a: Perm): number {
  let out = 0;
  for (let x = 0; x < a.length; x++) if ((g >>> a[x]!) & 1) out |= 1 << x;
  return out >>> 0;
}

export interface Orbit {
  readonly points: number[];
  /** transversal.get(y): an element u of the group with r o u = y. */
  readonly transversal: Map<number, number[]>;
}

/** The orbit of r under <gens> (codes acted on by `on`, default act); tick() per image computed. */
export function orbitOf(r: number, gens: readonly Perm[], tick: () => void, on: (g: number, a: Perm) => number = act): Orbit {
  const n = gens[0]?.length ?? 0;
  const transversal = new Map<number, number[]>([[r, identity(n)]]);
  const points = [r];
  for (let i = 0; i < points.length; i++) {
    const y = points[i]!;
    for (const s of gens) {
      tick();
      const z = on(y, s);
      if (!transversal.has(z)) {
        transversal.set(z, compose(transversal.get(y)!, s));
        points.push(z);
      }
    }
  }
  return { points, transversal };
}

/** A small seeded generator (xorshift32): the same certificate always gets the same subproducts. */
function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>>= 0);
  };
}

/** How many random subproducts of the Schreier generators are kept. */
export const KEPT = 12;

/**
 * Generators of a subgroup of Stab(r) in <gens> (the whole stabiliser with high probability; see
 * the header): Schreier generators, then KEPT products of random subsets of them. Each kept element
 * is checked to fix r. An empty list stands for the trivial group.
 */
export function stabiliserOf(r: number, gens: readonly Perm[], orbit: Orbit, tick: () => void, on: (g: number, a: Perm) => number = act): number[][] {
  const seen = new Set<string>();
  const schreier: number[][] = [];
  for (const y of orbit.points) {
    const u = orbit.transversal.get(y)!;
    for (const s of gens) {
      tick();
      const z = on(y, s);
      const e = compose(compose(u, s), inverse(orbit.transversal.get(z)!));
      const key = e.join(',');
      if (isIdentity(e) || seen.has(key)) continue;
      seen.add(key);
      schreier.push(e);
    }
  }
  if (schreier.length <= KEPT) return schreier.filter((e) => on(r, e) === r);
  const rand = seeded(schreier.length * 7919 + orbit.points.length);
  const kept: number[][] = [];
  for (let k = 0; k < KEPT; k++) {
    let p = identity(gens[0]!.length);
    for (const e of schreier) {
      tick();
      if (rand() & 1) p = compose(p, e);
    }
    if (!isIdentity(p) && on(r, p) === r) kept.push(p);
  }
  return kept;
}

/** |<gens>| by orbit-stabiliser on the points 0..n-1 (see the header); bigint. */
export function orderOf(gens: readonly Perm[], tick: () => void = () => {}): bigint {
  let order = 1n;
  let g = gens.filter((a) => !isIdentity(a));
  for (let x = 0; g.length > 0; x++) {
    const point = (1 << x) >>> 0; // the code of {x}: under the action it moves to {a^-1(x)}
    const o = orbitOf(point, g, tick);
    order *= BigInt(o.points.length);
    g = stabiliserOf(point, g, o, tick);
  }
  return order;
}
