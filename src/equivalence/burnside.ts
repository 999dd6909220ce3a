/**
 * Class counts by Burnside's lemma, #orbits = (1/|G|) sum_g |Fix(g)|, exact in bigints:
 *  - np / npn: over all 2^n n! signed permutations (n <= 5);
 *  - agl / affine / ea: over x -> Ax + b with A running through the conjugacy classes of GL(n, 2)
 *    (./glClasses.ts) weighted by their sizes, and every b (sum_b |Fix(A, b)| is a class function).
 * A point map g fixes 2^c(g) functions (c = its number of cycles); g followed by output complement
 * fixes 2^c(g) when every cycle has even length, else none. For ea, g acts on the quotient by the
 * affine functions RM(1, n), and fixes 2^(dim - rank(T_g + I)) cosets there (T_g: F -> F o g).
 */
import { type AffineGroup, affineGroupOrder, applyMatrix } from './affineElement.js';
import { glClasses } from './glClasses.js';
import { type EquivalenceGroup, elements, groupOrder, pointTable } from './signedPermutation.js';

export type CensusGroup = EquivalenceGroup | AffineGroup;
export const MAX_BURNSIDE_N = 5;

function cycles(points: ArrayLike<number>): { count: number; allEven: boolean } {
  const seen = new Uint8Array(points.length);
  let count = 0;
  let allEven = true;
  for (let x = 0; x < points.length; x++) {
    if (seen[x]) continue;
    count++;
    let length = 0;
    for (let y = x; !seen[y]; y = points[y]!) {
      seen[y] = 1;
      length++;
    }
    if (length % 2) allEven = false;
  }
  return { count, allEven };
}

/** Fixed functions of a point map, without and with output complement. */
function fixed(points: ArrayLike<number>): [bigint, bigint] {
  const c = cycles(points);
  const all = 2n ** BigInt(c.count);
  return [all, c.allEven ? all : 0n];
}

/** Rank over GF(2) of a list of bit-mask rows. */
function rank(rows: number[]): number {
  let r = 0;
  const m = rows.slice();
  for (let bit = 0; bit < 32; bit++) {
    const pivot = m.findIndex((row, i) => i >= r && ((row >>> bit) & 1) === 1);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    for (let i = 0; i < m.length; i++) if (i !== r && ((m[i]! >>> bit) & 1)) m[i]! ^= m[r]!;
    r++;
  }
  return r;
}

/** Fixed cosets of RM(1, n) under F -> F o g, g given by its point map. */
function fixedCosets(points: ArrayLike<number>, n: number): bigint {
  const size = 1 << n;
  const high = Array.from({ length: size }, (_, s) => s).filter((s) => s.toString(2).split('1').length - 1 >= 2);
  const rows = high.map((s) => {
    // the ANF of m_S o g + m_S, restricted to the monomials of degree >= 2, as a mask over `high`
    const t = new Uint8Array(size);
    for (let x = 0; x < size; x++) t[x] = (((points[x]! & s) === s ? 1 : 0) ^ ((x & s) === s ? 1 : 0));
    for (let j = 0; j < n; j++) for (let x = 0; x < size; x++) if ((x >>> j) & 1) t[x] ^= t[x ^ (1 << j)]!;
    return high.reduce((acc, m, k) => acc | (t[m]! << k), 0) >>> 0;
  });
  return 2n ** BigInt(high.length - rank(rows));
}

export function burnsideCount(n: number, group: CensusGroup): bigint {
  if (!Number.isInteger(n) || n < 0 || n > MAX_BURNSIDE_N) throw new RangeError(`Burnside counts need 0 <= n <= ${MAX_BURNSIDE_N}`);
  let total = 0n;
  if (group === 'np' || group === 'npn') {
    for (const e of elements(n, 'np')) {
      const [plain, complemented] = fixed(pointTable(n, e));
      total += group === 'np' ? plain : plain + complemented;
    }
    return total / BigInt(groupOrder(n, group));
  }
  for (const { cols, size } of glClasses(n)) {
    let sum = 0n;
    for (let b = 0; b < 1 << n; b++) {
      const points = Uint32Array.from({ length: 1 << n }, (_, x) => applyMatrix(cols, x) ^ b);
      if (group === 'ea') sum += fixedCosets(points, n);
      else {
        const [plain, complemented] = fixed(points);
        sum += group === 'agl' ? plain : plain + complemented;
      }
    }
    total += size * sum;
  }
  // |EA| = |AGL| 2^(n+1), but the affine functions act freely on the cosets: orbits of EA on
  // functions = orbits of AGL on cosets, so divide by |AGL|.
  const order = group === 'ea' ? affineGroupOrder(n, 'agl') : affineGroupOrder(n, group);
  if (total % order !== 0n) throw new Error(`internal: the Burnside sum for ${group} at n = ${n} is not divisible by the group order`);
  return total / order;
}
