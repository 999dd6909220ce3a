/**
 * The least latent degree of each coordinate level not yet chosen, for the rep biases' cell cut
 * (repCellCut.ts; docs/math.md, "Cell bound on the heads and least degree of the unchosen
 * coordinates"). Every completion of a node gives an unchosen coordinate level j a balanced code
 * on the latents compatible with the node's classes (in each class as many z with V_j(z) = -1 as
 * r with bit j set in the paired class; the classes only refine below the node), so deg(V_j) is at
 * least the least degree of such a code: 1 or 2 when a balanced code of that degree fits (8 and
 * 132 of them at d = 4), else >= 3. The classes are the fibres of the chosen levels' codes: on the
 * latents the coordinates' chosen codes and the heads' task codes, on r the coordinates' dictators
 * and the heads' chosen codes.
 */
import { booleanTables } from '../booleanTables.js';
import type { TupleTask } from './tupleSpec.js';

export interface UnchosenLeast {
  /** least[0..n-1], ascending, after compute returned n. */
  readonly least: Int32Array;
  /**
   * The least degrees of the coordinate levels after j, for the classes of the levels 0..j-1
   * (prefix) or, given g >= 0, of the levels 0..j with g chosen at j; returns how many.
   */
  readonly compute: (j: number, prefix: readonly number[], g?: number) => number;
}

export function unchosenLeastDegrees(d: number, tasks: readonly TupleTask[]): UnchosenLeast {
  const size = 1 << d;
  const k = tasks.length;
  const degree = booleanTables(d).degree;
  const isCoord = tasks.map((t) => t.side === 'z');
  // The balanced codes on the latents of degree 1 and 2.
  const low: number[][] = [[], [], []];
  for (let c = 0; c < 1 << size; c++) if (popcount(c) === size / 2 && degree[c]! <= 2) low[degree[c]!]!.push(c);
  const zc = new Int32Array(size);
  const rc = new Int32Array(size);
  const remap = new Int32Array(4 * size);
  const zMask = new Int32Array(2 * size);
  const rMask = new Int32Array(2 * size);
  const least = new Int32Array(d);
  const target = new Int32Array(2 * size);
  // coordsAfter[j]: how many coordinate levels come after level j.
  const coordsAfter = tasks.map((_, j) => isCoord.filter((c, i) => c && i > j).length);

  const compute = (j: number, prefix: readonly number[], g = -1): number => {
    const upto = g < 0 ? j : j + 1;
    if (upto < 1 || coordsAfter[j] === 0) return 0;
    // Class ids kept compact (< 2^d) level by level: the same (id, bit) on both sides is one class.
    zc.fill(0);
    rc.fill(0);
    let nc = 1;
    for (let i = 0; i < upto; i++) {
      const chosen = i === j ? g : prefix[i]!;
      const zCode = isCoord[i] ? chosen : tasks[i]!.code;
      const rCode = isCoord[i] ? tasks[i]!.code : chosen;
      remap.fill(-1, 0, 2 * nc);
      let next = 0;
      for (let x = 0; x < size; x++) {
        const key = (zc[x]! << 1) | ((zCode >>> x) & 1);
        if (remap[key]! < 0) remap[key] = next++;
        zc[x] = remap[key]!;
      }
      for (let x = 0; x < size; x++) {
        const key = (rc[x]! << 1) | ((rCode >>> x) & 1);
        if (remap[key]! < 0) remap[key] = next++; // no partner on the latents: no completion fits
        rc[x] = remap[key]!;
      }
      nc = next;
    }
    zMask.fill(0, 0, nc);
    rMask.fill(0, 0, nc);
    for (let x = 0; x < size; x++) {
      zMask[zc[x]!] |= 1 << x;
      rMask[rc[x]!] |= 1 << x;
    }
    let n = 0;
    for (let i = j + 1; i < k; i++) {
      if (!isCoord[i]) continue;
      const dict = tasks[i]!.code;
      for (let y = 0; y < nc; y++) target[y] = popcount(dict & rMask[y]!);
      let found = 3;
      for (let v = 1; v <= 2 && found === 3; v++) {
        for (const c of low[v]!) {
          let fits = true;
          for (let y = 0; y < nc && fits; y++) fits = popcount(c & zMask[y]!) === target[y];
          if (fits) {
            found = v;
            break;
          }
        }
      }
      least[n++] = found;
    }
    least.subarray(0, n).sort();
    return n;
  };
  return { least, compute };
}

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
