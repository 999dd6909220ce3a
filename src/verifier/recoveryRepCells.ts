/**
 * The heads' look-ahead of the representation-bias re-check (recoveryRepSearch.ts) by table
 * (docs/math.md, "Cell tables for the heads' look-ahead"). At a node of the search the point sides
 * X of the pairs are the cells of the first head's code G (on the points x) and of the bits j of x
 * already chosen (the set S): the first level splits by G, each coordinate level j by bit j, and
 * no other split is made. Every V of the node maps each latent class Z onto its X, so a head
 * g_t = h_t o V^-1 has |g_t & X| = |h_t & Z| on each pair: the least cost of a code with those
 * counts per cell bounds that head from below. The table for (G, S) holds that least cost for
 * every vector of counts (the index is the mixed-radix number of the counts, radix the cell sizes
 * + 1), built once from every code; the lookup is then one sum per pair. A pair whose X is not a
 * whole cell of (G, S) (never, by the above, but checked) makes the lookup return null, and the
 * caller scans the cost-sorted list instead (leastMeeting, recoveryRepSplit.ts).
 */
import { ones } from './recoveryRepSplit.js';
import type { Pair } from './recoveryRepSplit.js';

interface CellTable {
  /** cell[x]: the cell of point x (bits of x in S, plus 2^d when x is in G). */
  readonly cell: Int32Array;
  /** mask[c]: the points of cell c; weight[c]: its radix weight. */
  readonly mask: Int32Array;
  readonly weight: Int32Array;
  /** least[index]: the least cost of a code with those counts per cell (Infinity: none). */
  readonly least: Float64Array;
}

/**
 * The look-ahead for one search (d <= 4): lookup(G, S, pairs, h) = the least cost (headCost) of a
 * code g with |g & X| = |h & Z| for every pair, or null (see the header). Building a table counts
 * 2^(2^d) steps (one per code), a lookup one.
 */
export function cellLookahead(d: number, headCost: (g: number) => number, step: (by?: number) => void): (G: number, S: number, pairs: readonly Pair[], h: number) => number | null {
  const size = 1 << d;
  const cost = new Float64Array(2 ** size);
  for (let g = 0; g < cost.length; g++) cost[g] = headCost(g);
  const tables = new Map<number, CellTable>();
  // The last table used (a node looks up every task under the same G and S).
  let lastKey = -1;
  let last: CellTable | undefined;
  const build = (G: number, S: number): CellTable => {
    step(cost.length);
    const cell = new Int32Array(size);
    const mask = new Int32Array(2 * size);
    for (let x = 0; x < size; x++) {
      cell[x] = (x & S) + ((G >>> x) & 1) * size;
      mask[cell[x]!] |= 1 << x;
    }
    const weight = new Int32Array(2 * size);
    let radix = 1;
    for (let c = 0; c < 2 * size; c++) {
      weight[c] = radix;
      radix *= ones(mask[c]!) + 1;
    }
    const least = new Float64Array(radix).fill(Infinity);
    for (let g = 0; g < cost.length; g++) {
      let index = 0;
      for (let m = g; m !== 0; m &= m - 1) index += weight[cell[31 - Math.clz32(m & -m)]!]!;
      if (cost[g]! < least[index]!) least[index] = cost[g]!;
    }
    return { cell, mask, weight, least };
  };
  return (G, S, pairs, h) => {
    const key = G * 2 ** size + S;
    let t = key === lastKey ? last : tables.get(key);
    if (t === undefined) {
      if (tables.size >= 64) tables.clear();
      t = build(G, S);
      tables.set(key, t);
    }
    [lastKey, last] = [key, t];
    step();
    let index = 0;
    for (const q of pairs) {
      const c = t.cell[31 - Math.clz32(q.x & -q.x)]!;
      const n = ones(h & q.z);
      if (t.mask[c] !== (q.x | 0) || n > ones(q.x)) return null;
      index += t.weight[c]! * n;
    }
    return t.least[index]!;
  };
}
