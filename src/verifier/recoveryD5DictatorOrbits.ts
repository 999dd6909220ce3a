/**
 * The symmetry of the d = 5 dictator re-check (recoveryD5DictatorCount.ts; docs/certificates.md,
 * "Recovery certificates at d = 5 with every x_i a task"): AGL(5, 2) acts on W by W -> W o A and
 * keeps the cost. T_a counts the a-tuples of affine functions with independent linear parts (the
 * quotient |AGL| / |K_a|); K_a, the affine maps fixing x_1..x_a, keeps the normalised W (W_{A_k} =
 * x_k) and the degrees of every coordinate, so the first walked coordinate is taken one code per
 * orbit of (a subgroup of) K_a, weighted by the orbit's size.
 */
import { reject } from './reject.js';
import { inGroup } from './recoveryD5Maps.js';

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

/**
 * g -> g o A (bit x of the result is bit A(x) of g) as four byte tables: table[j][v] is the image
 * of the bits v in g's byte j (each bit y there lands on x = A^-1(y)); the test compares it with
 * the plain loop.
 */
export function composer(a: readonly number[]): (g: number) => number {
  const inv = new Array<number>(32);
  a.forEach((y, x) => (inv[y] = x));
  const table = Array.from({ length: 4 }, (_, j) => {
    const t = new Uint32Array(256);
    for (let v = 1; v < 256; v++) {
      const k = 31 - Math.clz32(v & -v);
      t[v] = (t[v & (v - 1)]! | (1 << inv[8 * j + k]!)) >>> 0;
    }
    return t;
  });
  const [t0, t1, t2, t3] = table as [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  return (g) => (t0[g & 255]! | t1[(g >>> 8) & 255]! | t2[(g >>> 16) & 255]! | t3[g >>> 24]!) >>> 0;
}

/** The orbits of K_a on a set of codes closed under it: [representative, size] (breadth first). */
export function orbitsOf(codes: readonly number[], gens: readonly number[][], tick: () => void): [number, number][] {
  const maps = gens.map(composer);
  const seen = new Map<number, boolean>(codes.map((c) => [c, false]));
  const out: [number, number][] = [];
  for (const r of codes) {
    if (seen.get(r)) continue;
    seen.set(r, true);
    const queue = [r];
    for (let i = 0; i < queue.length; i++)
      for (const m of maps) {
        tick();
        const y = m(queue[i]!);
        const s = seen.get(y);
        if (s === undefined) reject('internal: K_a does not keep the candidates of the first coordinate (the re-check stops)');
        if (!s) (seen.set(y, true), queue.push(y));
      }
    out.push([r, queue.length]);
  }
  return out;
}
