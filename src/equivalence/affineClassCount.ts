/**
 * The number of affine equivalence classes of bijections of C_n without listing them: the classes
 * are the double cosets H \ S_N / H of H = AGL(n, 2) in the symmetric group on N = 2^n points, and
 *   |H \ S_N / H| = (1 / |H|^2) sum over cycle types c of N_c^2 z_c,
 * N_c the number of elements of H of cycle type c and z_c = prod_k k^(m_k) m_k! the order of the
 * centralizer in S_N of a permutation of that type (Burnside's lemma on the action
 * g -> h1 g h2^-1 of H x H; docs/math.md). An independent check of the orbit enumeration.
 */
import { aglOrder, aglTables } from './affineGroup.js';

/** Cycle type of a permutation table, as "k^m" parts joined by spaces, longest first. */
export function cycleTypeKey(p: ArrayLike<number>): string {
  const seen = new Uint8Array(p.length);
  const lengths: number[] = [];
  for (let x = 0; x < p.length; x++) {
    if (seen[x]) continue;
    let len = 0;
    for (let y = x; !seen[y]; y = p[y]!) {
      seen[y] = 1;
      len++;
    }
    lengths.push(len);
  }
  return lengths.sort((a, b) => b - a).join(' ');
}

/** z_c for a cycle type key. */
export function centralizerOrder(key: string): bigint {
  const mult = new Map<number, number>();
  for (const part of key.split(' ').filter((s) => s.length > 0)) mult.set(Number(part), (mult.get(Number(part)) ?? 0) + 1);
  let z = 1n;
  for (const [k, m] of mult) {
    z *= BigInt(k) ** BigInt(m);
    for (let i = 2; i <= m; i++) z *= BigInt(i);
  }
  return z;
}

/** |AGL(n,2) \ S_(2^n) / AGL(n,2)| (n <= 4), exact. */
export function countAffineBijectionClasses(n: number): bigint {
  const size = 2 ** n;
  const tables = aglTables(n);
  const tally = new Map<string, bigint>();
  for (let k = 0; k < tables.length / size; k++) {
    const key = cycleTypeKey(tables.subarray(k * size, (k + 1) * size));
    tally.set(key, (tally.get(key) ?? 0n) + 1n);
  }
  let sum = 0n;
  for (const [key, count] of tally) sum += count * count * centralizerOrder(key);
  const h = aglOrder(n);
  if (sum % (h * h) !== 0n) throw new Error('internal: the double coset count is not an integer');
  return sum / (h * h);
}
