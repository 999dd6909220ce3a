/**
 * The cell bound for the head+rep / hier-sum / hier-max searches (repCellCut.ts; docs/math.md,
 * "Cell bound on the heads"). Once p coordinates of V are chosen, fixing the bits b_0..b_{p-1} of
 * the representation r, the count of -1 values of a head g_t = h_t o V^-1 in each cell
 * { r : bit b_i of r = c_i, i < p } is h_t's count on the latents z with bit i of V(z) = c_i. So
 * deg(g_t) >= the least Fourier degree of a Boolean function on C_d with those counts. Refined by a
 * head g_1 = h_1 o V^-1 chosen before (its code G on r, h_1's code H on z): the counts in each
 * class cell x {G = s} are h_t's on cell x {H = s}, a stronger constraint.
 *
 * Table for G (G = 0: no refinement, then the bits b_i may be any p bits in any order, since a
 * permutation of the variables keeps degrees and carries their cells onto those of the bits
 * 0..p-1; with G != 0 the bits must be 0..p-1 in order): class of r at p = (r & (2^p - 1)) +
 * 2^p * G(r); a code's index is sum over its -1 points r of weight[p][class(r)], the weights the
 * mixed radix of the class sizes + 1, so the index encodes the counts per class. least[p][index] =
 * the least degree of a code with those counts (255: none). Built from every code's degree
 * (d <= 4: 65,536 codes, p = 0..d-1; at p = d the code itself is known).
 */
import { MAX_TABLE_D, booleanTables } from '../booleanTables.js';

/** The cell bound on and off (off: repDegreeProfile.ts's correlation bound, to compare). */
export const REP_CELLS = { on: true };

export interface CellTable {
  readonly d: number;
  /** weight[p][class] for the classes 0..2^(p+1)-1. */
  readonly weight: readonly Int32Array[];
  readonly least: readonly Uint8Array[];
}

const cache = new Map<string, CellTable>();

/** The table for d <= 4 and the first head's code G on r (0: none); null above d = 4. */
export function cellTable(d: number, G: number): CellTable | null {
  if (d > MAX_TABLE_D) return null;
  const key = `${d}:${G}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const size = 1 << d;
  const degree = booleanTables(d).degree;
  const classOf = (p: number, r: number) => (r & ((1 << p) - 1)) + (((G >>> r) & 1) << p);
  const weight: Int32Array[] = [];
  const least: Uint8Array[] = [];
  for (let p = 0; p < d; p++) {
    const sizes = new Int32Array(2 << p);
    for (let r = 0; r < size; r++) sizes[classOf(p, r)]!++;
    const w = new Int32Array(2 << p);
    let radix = 1;
    for (let c = 0; c < 2 << p; c++) {
      w[c] = radix;
      radix *= sizes[c]! + 1;
    }
    weight.push(w);
    least.push(new Uint8Array(radix).fill(255));
  }
  // byPoint[p * size + r]: the weight of r's class at p.
  const byPoint = new Int32Array(d * size);
  for (let p = 0; p < d; p++) for (let r = 0; r < size; r++) byPoint[p * size + r] = weight[p]![classOf(p, r)]!;
  for (let g = 0; g < 1 << size; g++) {
    const deg = degree[g]!;
    for (let p = 0; p < d; p++) {
      let index = 0;
      for (let m = g; m !== 0; m &= m - 1) index += byPoint[p * size + 31 - Math.clz32(m & -m)]!;
      const row = least[p]!;
      if (deg < row[index]!) row[index] = deg;
    }
  }
  const out = { d, weight, least };
  if (cache.size >= 256) cache.clear();
  cache.set(key, out);
  return out;
}

/**
 * The least degree of g_t = h_t o V^-1 given, per latent z, its class: cellOf[z] (bit i set when
 * bit b_i of V(z) is 1, i < p) + 2^p * [z in H]; h the code of h_t on z. p = d: the degree of the
 * code sum_{z in h} 2^cellOf[z] (G ignored there: V is fully known).
 */
export function cellLeast(table: CellTable, p: number, cellOf: Int32Array, h: number, H: number): number {
  if (p === table.d) {
    let code = 0;
    for (let m = h; m !== 0; m &= m - 1) code |= 1 << cellOf[31 - Math.clz32(m & -m)]!;
    return booleanTables(table.d).degree[code >>> 0]!;
  }
  const w = table.weight[p]!;
  let index = 0;
  for (let m = h; m !== 0; m &= m - 1) {
    const z = 31 - Math.clz32(m & -m);
    index += w[cellOf[z]! + (((H >>> z) & 1) << p)]!;
  }
  return table.least[p]![index]!;
}
