/**
 * The conjugacy classes of GL(n, 2), n <= 5, from rational canonical forms: a class is a choice of
 * a partition lambda_p for each irreducible polynomial p != x over GF(2) with
 * sum_p deg(p) |lambda_p| = n; its representative is the block diagonal of the companion matrices
 * of p^(lambda_p,i), and its centralizer has order prod_p Q^(sum_i lambda'_i^2) prod_i phi_(m_i)(1/Q),
 * Q = 2^deg(p), lambda' the conjugate partition, m_i the multiplicity of part i and
 * phi_m(t) = (1 - t)(1 - t^2)..(1 - t^m) (Macdonald, "Symmetric functions and Hall polynomials",
 * IV.2). glClasses checks that the class sizes add up to |GL(n, 2)|.
 */
import { glOrder } from './affineElement.js';

export interface GlClass {
  /** The representative's columns (cols[j] = A e_j). */
  readonly cols: readonly number[];
  readonly size: bigint;
}

const degreeOf = (p: number): number => 31 - Math.clz32(p);

function polyMod(a: number, m: number): number {
  for (let d = degreeOf(a); d >= degreeOf(m); d--) if ((a >>> d) & 1) a ^= m << (d - degreeOf(m));
  return a;
}

function polyMul(a: number, b: number): number {
  let out = 0;
  for (let i = 0; (b >>> i) !== 0; i++) if ((b >>> i) & 1) out ^= a << i;
  return out;
}

/** The irreducible polynomials of degree 1..maxDegree other than x, as bit masks (bit i: x^i). */
export function irreducibles(maxDegree: number): number[] {
  const out: number[] = [];
  for (let p = 2; p < 2 << maxDegree; p++) {
    if (p === 2) continue;
    let irreducible = true;
    for (let q = 2; degreeOf(q) * 2 <= degreeOf(p) && irreducible; q++) if (polyMod(p, q) === 0) irreducible = false;
    if (irreducible) out.push(p);
  }
  return out;
}

function partitions(k: number, max = k): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (let first = Math.min(k, max); first >= 1; first--) for (const rest of partitions(k - first, first)) out.push([first, ...rest]);
  return out;
}

function companion(q: number): number[] {
  const m = degreeOf(q);
  return Array.from({ length: m }, (_, j) => (j < m - 1 ? 1 << (j + 1) : q & ((1 << m) - 1)));
}

/** |centralizer| of a class, exactly: Q^(sum lambda'^2) prod over part sizes of prod_{j<=m_i} (Q^j - 1) / Q^j. */
function centralizer(blocks: readonly { p: number; lambda: readonly number[] }[]): bigint {
  let num = 1n;
  let den = 1n;
  for (const { p, lambda } of blocks) {
    const Q = 2n ** BigInt(degreeOf(p));
    const conj = Array.from({ length: lambda[0] ?? 0 }, (_, i) => lambda.filter((part) => part > i).length);
    num *= Q ** BigInt(conj.reduce((acc, c) => acc + c * c, 0));
    for (const part of new Set(lambda)) {
      const m = lambda.filter((x) => x === part).length;
      for (let j = 1; j <= m; j++) {
        num *= Q ** BigInt(j) - 1n;
        den *= Q ** BigInt(j);
      }
    }
  }
  if (num % den !== 0n) throw new Error('internal: a centralizer order is not an integer');
  return num / den;
}

export function glClasses(n: number): GlClass[] {
  const irr = irreducibles(n);
  const out: GlClass[] = [];
  const choose = (i: number, left: number, blocks: { p: number; lambda: number[] }[]): void => {
    if (left === 0) {
      const cols: number[] = [];
      for (const { p, lambda } of blocks) {
        for (const part of lambda) {
          let q = 1;
          for (let k = 0; k < part; k++) q = polyMul(q, p);
          const offset = cols.length;
          for (const c of companion(q)) cols.push(c << offset);
        }
      }
      out.push({ cols, size: glOrder(n) / centralizer(blocks) });
      return;
    }
    if (i === irr.length) return;
    const d = degreeOf(irr[i]!);
    choose(i + 1, left, blocks);
    for (let k = 1; k * d <= left; k++) for (const lambda of partitions(k)) choose(i + 1, left - k * d, [...blocks, { p: irr[i]!, lambda }]);
  };
  choose(0, n, []);
  const total = out.reduce((acc, c) => acc + c.size, 0n);
  if (total !== glOrder(n)) throw new Error(`internal: the classes of GL(${n}, 2) add up to ${total}, not ${glOrder(n)}`);
  return out;
}
