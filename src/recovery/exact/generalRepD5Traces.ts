/**
 * The balanced halves T of C_d (2^(d-1) points, 2^(d-2) of them in each H_j) counted by their
 * trace on a point set S, met in the middle on the top bit (docs/math.md, "hier-max at d = 5 past
 * the list: the top coefficient and passes by representation cost"); used by generalRepD5Top.ts.
 */

/**
 * The balanced T of C_d by their trace on S, indexed by the trace's rank among the subsets of S
 * (bit r of the index: the r-th point of S, in increasing order): how many (at most 807,980 at
 * d = 5, integers), and one of them.
 */
export interface TopTraces {
  readonly S: number;
  readonly points: readonly number[];
  readonly counts: Uint32Array;
  readonly sample: Uint32Array;
}

/** Traces on S above this many points are not tabled (2^20 entries): the caller keeps the old path. */
export const MAX_TRACE_POINTS = 20;

interface Half {
  /** By low-coordinate count vector: the traces' indices, how many subsets each, one subset each. */
  readonly byVector: Map<number, { index: number[]; n: number[]; one: number[] }>;
}

/** Every subset of `points` of size k (Gosper's hack over indices), as masks of points. */
function subsetsOf(points: readonly number[], k: number, visit: (mask: number) => void): void {
  const n = points.length;
  if (k === 0) return visit(0);
  for (let c = (1 << k) - 1; c < 1 << n; ) {
    let mask = 0;
    for (let r = c; r !== 0; r &= r - 1) mask |= 1 << points[31 - Math.clz32(r & -r)]!;
    visit(mask >>> 0);
    const u = c & -c;
    const w = c + u;
    c = w | (((w ^ c) >>> 2) / u);
  }
}

/** The subsets of 2^(d-2) points of one half (top bit 0 or 1), grouped by vector and trace. */
function half(d: number, top: boolean, rank: ReadonlyMap<number, number>): Half {
  const size = 1 << d;
  const points = Array.from({ length: size / 2 }, (_, i) => (top ? i + size / 2 : i));
  const q = size / 4;
  const byVector = new Map<number, { index: number[]; n: number[]; one: number[] }>();
  const where = new Map<number, Map<number, number>>();
  subsetsOf(points, q, (A) => {
    let key = 0;
    let index = 0;
    const c = new Array<number>(d - 1).fill(0);
    for (let r = A; r !== 0; r = (r & (r - 1)) >>> 0) {
      const x = 31 - Math.clz32(r & -r);
      for (let j = 0; j < d - 1; j++) c[j]! += (x >>> j) & 1;
      const at = rank.get(x);
      if (at !== undefined) index |= 1 << at;
    }
    for (let j = d - 2; j >= 0; j--) key = key * (q + 1) + c[j]!;
    let g = byVector.get(key);
    let w = where.get(key);
    if (!g || !w) byVector.set(key, (g = { index: [], n: [], one: [] })), where.set(key, (w = new Map()));
    const at = w.get(index);
    if (at !== undefined) g.n[at]!++;
    else w.set(index, g.index.push(index) - 1), g.n.push(1), g.one.push(A);
  });
  return { byVector };
}

/** The balanced halves T of C_d (d >= 2) counted by T & S (|S| <= MAX_TRACE_POINTS). */
export function topTraces(d: number, S: number): TopTraces {
  const q = 1 << (d - 2);
  const points: number[] = [];
  for (let x = 0; x < 1 << d; x++) if ((S >>> x) & 1) points.push(x);
  if (points.length > MAX_TRACE_POINTS) throw new Error(`internal: ${points.length} trace points`);
  const rank = new Map(points.map((x, r) => [x, r] as const));
  const lo = half(d, false, rank);
  const hi = half(d, true, rank);
  const counts = new Uint32Array(1 << points.length);
  const sample = new Uint32Array(1 << points.length);
  for (const [key, as] of lo.byVector) {
    // The partner's vector: q - c per low coordinate (digits least significant first, as in half()).
    let partner = 0;
    for (let j = 0, k = key, unit = 1; j <= d - 2; j++, unit *= q + 1) {
      partner += (q - (k % (q + 1))) * unit;
      k = Math.floor(k / (q + 1));
    }
    const bs = hi.byVector.get(partner);
    if (!bs) continue;
    for (let a = 0; a < as.index.length; a++) {
      for (let b = 0; b < bs.index.length; b++) {
        const t = as.index[a]! | bs.index[b]!;
        if (counts[t] === 0) sample[t] = (as.one[a]! | bs.one[b]!) >>> 0;
        counts[t]! += as.n[a]! * bs.n[b]!;
      }
    }
  }
  return { S, points, counts, sample };
}
