/**
 * The costs a representation-bias recovery certificate (recoveryRepCertificate.ts) needs, from
 * their definitions and nothing in src/recovery:
 *
 * - fourierDegrees(d): the Fourier degree of every Boolean function on C_d (d <= 4) by the plain
 *   double sum c_S = sum_x f(x) chi_S(x); 0 for constants.
 * - coordinateCost(d, m, psi, degrees): deg(Phi_j) for a coordinate given by its data on psi's
 *   image, as a code b on the latents (bit z set: Phi_j(psi(z)) = -1).
 *   m = d: Phi_j is the code moved by psi (bit psi(z) set where bit z of b is), its Fourier degree.
 *   m > d: Phi_j is free off P = psi(C_d), and deg(Phi_j) is the degree of the min-degree
 *   interpolator of the data on P (docs/math.md 7.1), which is the least k such that some real
 *   function of degree <= k fits the data (the interpolator minimises the weights from the top
 *   level down, so its top non-zero level is the least one any fit can have). A fit of degree <= k
 *   exists iff the data vector y lies in the span of the columns (chi_S(psi(z)))_z, |S| <= k, iff
 *   w . y = 0 for every w in a basis of the annihilator {w : sum_z w_z chi_S(psi(z)) = 0 for all
 *   |S| <= k} (exact rational linear algebra, scaled to integers, dot products in bigint).
 */
import { type Q, rat, solve } from './rational.js';
import { bitCount, chiAt } from './walsh.js';

const tables = new Map<number, Uint8Array>();

/** deg(f) for every code f on C_d (bit x set: f(x) = -1), d <= 4. */
export function fourierDegrees(d: number): Uint8Array {
  const hit = tables.get(d);
  if (hit !== undefined) return hit;
  const size = 1 << d;
  const out = new Uint8Array(2 ** size);
  const bySize = [...Array(size).keys()].filter((s) => s > 0).sort((a, b) => bitCount(b) - bitCount(a));
  for (let f = 0; f < out.length; f++) {
    for (const s of bySize) {
      let sum = 0;
      for (let x = 0; x < size; x++) sum += ((f >>> x) & 1) ^ (bitCount(x & s) & 1) ? -1 : 1;
      if (sum !== 0) {
        out[f] = bitCount(s);
        break;
      }
    }
  }
  tables.set(d, out);
  return out;
}

/** The code on the observations C_d of the data b on the latents moved by the bijection psi. */
export function moved(d: number, psi: readonly number[], b: number): number {
  let c = 0;
  for (let z = 0; z < 1 << d; z++) if ((b >>> z) & 1) c |= 1 << psi[z]!;
  return c >>> 0;
}

/** Integer bases of the annihilators of {chi_S restricted to P : |S| <= k}, k = 0..m. */
function annihilators(d: number, m: number, psi: readonly number[]): bigint[][][] {
  const size = 1 << d;
  const out: bigint[][][] = [];
  for (let k = 0; k <= m; k++) {
    const rows: Q[][] = [];
    for (let s = 0; s < 1 << m; s++) if (bitCount(s) <= k) rows.push(psi.map((x) => rat(BigInt(chiAt(s, x)))));
    const { kernel } = solve(rows, rows.map(() => rat(0n)), size);
    const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
    out.push(kernel.map((w) => {
      const den = w.reduce((l, v) => (l * v.q) / gcd(l, v.q), 1n);
      return w.map((v) => (v.p * den) / v.q);
    }));
  }
  return out;
}

/** deg(Phi_j) of the coordinate with data b on psi's image (see the header); memoised. */
export function coordinateCost(d: number, m: number, psi: readonly number[], degrees: Uint8Array): (b: number) => number {
  const memo = new Map<number, number>();
  if (m === d) return (b) => degrees[moved(d, psi, b)]!;
  const ann = annihilators(d, m, psi);
  return (b) => {
    let k = memo.get(b);
    if (k !== undefined) return k;
    const y = psi.map((_, z) => ((b >>> z) & 1 ? -1n : 1n));
    k = ann.findIndex((basis) => basis.every((w) => w.reduce((acc, wz, z) => acc + wz * y[z]!, 0n) === 0n));
    if (k < 0) throw new Error('internal: no fit of degree <= m');
    memo.set(b, k);
    return k;
  };
}

/**
 * V's objective from the definitions (V an image table z -> V(z)): the heads h_t o V^-1 costed by
 * headCost, plus the coordinates (bit j of V(z)) costed by coordCost, summed (head+rep, hier-sum)
 * or their maximum (hier-max).
 */
export function repScore(d: number, tasks: readonly number[], headCost: (g: number) => number, coordCost: (b: number) => number, sum: boolean, v: readonly number[]): number {
  let heads = 0;
  for (const h of tasks) {
    let g = 0;
    v.forEach((x, z) => (g |= ((h >>> z) & 1) << x));
    heads += headCost(g >>> 0);
  }
  const ks = [...Array(d).keys()].map((j) => coordCost(v.reduce((acc, x, z) => ((x >>> j) & 1 ? acc | (1 << z) : acc), 0) >>> 0));
  return heads + (sum ? ks.reduce((a, b) => a + b, 0) : Math.max(...ks));
}
