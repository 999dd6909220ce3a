/**
 * Canonical forms under 'agl', 'affine' and 'ea' (./affineElement.ts): the representative is the
 * least image of F in the truth-table order, found by a minimal-image search along the stabilizer
 * chain of the affine frame (after Linton, "Finding the smallest image of a set", ISSAC 2004):
 *
 * Level 0 chooses b = the image of point 0 (and the constant), level k + 1 the image v of e_(k+1)
 * outside V_k = span(e_1..e_k) = points [0, 2^k). An image h fixed on V_k can still move by the
 * elements fixing V_k pointwise (and, for 'ea', by adding affine functions vanishing on V_k); these
 * leave points [0, 2^k) alone and decide the block [2^k, 2^(k+1)) = h(v + u), u in V_k, by v alone.
 * So each level keeps only the images whose new block is least, and two partial elements giving
 * the same image table have the same future: they are merged, their counts added. At the end one
 * table remains, the least of the orbit, and its count is the number of group elements taking F to
 * it, |Stab(F)|. Invariants are not needed for correctness; the prefix bound prunes.
 */
import { type AffineElement, type AffineGroup, MAX_AFFINE_N, affineGroupOrder, applyMatrix, compose, identity, inverse } from './affineElement.js';

export interface AffineCanonical {
  readonly representative: number;
  /** witness.F = representative. */
  readonly witness: AffineElement;
  /** |Stab(F)|: the group elements taking F to its representative. */
  readonly stabilizer: number;
  /** |G| / |Stab(F)|. */
  readonly classSize: bigint;
}

/** One level of the search: distinct image tables, their counts, and how each was reached. */
class Level {
  readonly tables: number[] = [];
  readonly counts: number[] = [];
  readonly parents: number[] = [];
  /** The choice made at this level: b (level 0) or v (later), and the added bit c or t. */
  readonly choices: number[] = [];
  readonly bits: number[] = [];
  private readonly index = new Map<number, number>();
  add(table: number, count: number, parent: number, choice: number, bit: number): void {
    const at = this.index.get(table);
    if (at !== undefined) {
      this.counts[at]! += count;
      return;
    }
    this.index.set(table, this.tables.length);
    this.tables.push(table);
    this.counts.push(count);
    this.parents.push(parent);
    this.choices.push(choice);
    this.bits.push(bit);
  }
}

/** The chain step choosing v for e_(k+1), as an element (Q, and adding t x_(k+1)). */
function step(n: number, k: number, v: number, t: number): AffineElement {
  const cols = identity(n).cols.slice();
  cols[k] = v;
  if (!((v >>> k) & 1)) cols[31 - Math.clz32(v)] = 1 << k;
  return { cols, translation: 0, linear: t << k, constant: 0 };
}

/** Q y for every point y, Q the linear part of step(n, k, v, .). */
function pointMap(n: number, k: number, v: number): Uint8Array {
  const cols = step(n, k, v, 0).cols;
  return Uint8Array.from({ length: 1 << n }, (_, y) => applyMatrix(cols, y));
}

/** Bit u of the block: h(v + u) + t, compared with the best block so far bit by bit. */
function blockOrder(h: number, v: number, t: number, low: number, best: number): number {
  for (let u = 0; u < low; u++) {
    const bit = ((h >>> (v ^ u)) & 1) ^ t;
    const b = (best >>> u) & 1;
    if (bit !== b) return bit < b ? -1 : 1;
  }
  return 0;
}

function blockOf(h: number, v: number, t: number, low: number): number {
  let block = 0;
  for (let u = 0; u < low; u++) block |= (((h >>> (v ^ u)) & 1) ^ t) << u;
  return block;
}

export function affineCanonicalForm(table: number, n: number, group: AffineGroup): AffineCanonical {
  if (!Number.isInteger(n) || n < 0 || n > MAX_AFFINE_N) throw new RangeError(`affine canonical forms need 0 <= n <= ${MAX_AFFINE_N}`);
  const size = 1 << n;
  const F = size === 32 ? table >>> 0 : table & ((1 << size) - 1);
  const levels: Level[] = [];
  // level 0: the translation b (and the constant c, when the group has complement)
  let best = 2;
  for (let b = 0; b < size; b++) best = Math.min(best, group === 'agl' ? (F >>> b) & 1 : 0);
  let level = new Level();
  for (let b = 0; b < size; b++) {
    const c = group === 'agl' ? 0 : (F >>> b) & 1;
    if ((((F >>> b) & 1) ^ c) !== best) continue;
    let h = 0;
    for (let y = 0; y < size; y++) h |= (((F >>> (y ^ b)) & 1) ^ c) << y;
    level.add(h >>> 0, 1, -1, b, c);
  }
  levels.push(level);
  for (let k = 0; k < n; k++) {
    const low = 1 << k;
    let bestBlock = -1;
    const cs: number[] = [];
    for (let i = 0; i < level.tables.length; i++) {
      const h = level.tables[i]!;
      for (let v = low; v < size; v++) {
        const t = group === 'ea' ? (h >>> v) & 1 : 0;
        const order = bestBlock < 0 ? -1 : blockOrder(h, v, t, low, bestBlock);
        if (order > 0) continue;
        if (order < 0) {
          bestBlock = blockOf(h, v, t, low);
          cs.length = 0;
        }
        cs.push(i, v, t);
      }
    }
    const maps = new Map<number, Uint8Array>();
    const next = new Level();
    for (let j = 0; j < cs.length; j += 3) {
      const i = cs[j]!, v = cs[j + 1]!, t = cs[j + 2]!;
      let q = maps.get(v);
      if (!q) maps.set(v, (q = pointMap(n, k, v)));
      const h = level.tables[i]!;
      let out = 0;
      for (let y = 0; y < size; y++) out |= (((h >>> q[y]!) & 1) ^ (t & (y >>> k))) << y;
      next.add(out >>> 0, level.counts[i]!, i, v, t);
    }
    levels.push((level = next));
  }
  if (level.tables.length !== 1) throw new Error(`internal: the minimal-image search ended with ${level.tables.length} tables`);
  return { representative: level.tables[0]!, witness: witnessOf(levels, n), stabilizer: level.counts[0]!, classSize: affineGroupOrder(n, group) / BigInt(level.counts[0]!) };
}

/** The element along the parent chain of the final table. */
function witnessOf(levels: readonly Level[], n: number): AffineElement {
  const path: number[] = [];
  for (let k = levels.length - 1, i = 0; k >= 0; i = levels[k]!.parents[i]!, k--) path.unshift(i);
  const first = levels[0]!;
  let e: AffineElement = { ...identity(n), translation: first.choices[path[0]!]!, constant: first.bits[path[0]!]! as 0 | 1 };
  for (let k = 0; k < n; k++) e = compose(step(n, k, levels[k + 1]!.choices[path[k + 1]!]!, levels[k + 1]!.bits[path[k + 1]!]!), e);
  return e;
}

/** An element taking F to G, or null: the canonical forms agree exactly when one exists. */
export function affineEquivalence(f: number, g: number, n: number, group: AffineGroup): AffineElement | null {
  return equivalenceOf(affineCanonicalForm(f, n, group), affineCanonicalForm(g, n, group));
}

/** From the two canonical forms: e_g^-1 o e_f, or null when they differ. */
export function equivalenceOf(cf: AffineCanonical, cg: AffineCanonical): AffineElement | null {
  return cf.representative === cg.representative ? compose(inverse(cg.witness), cf.witness) : null;
}
