/**
 * Counting the dear coordinates instead of enumerating them (docs/math.md, "Counting the dear
 * coordinates when every code costs <= L + 1"). Setting: head+rep / hier-sum at d = 5, m > d, the
 * coordinate list complete up to L, and the cost ceiling K = L + 1 (every balanced code costs
 * <= L + 1: a generic psi into C_6 has L = 2, K = 3). A dear coordinate (cost > L) then costs
 * exactly K, so it is "any balanced code not listed". At a node where every head and every cheap
 * coordinate is chosen, the classes (X_i on the representation side, Z_i on the latents) are
 * paired and the completions are the bijections V with V(Z_i) = X_i: prod_i |Z_i|! of them, each
 * of objective spent + K * (number of dear positions). Those whose dear coordinates are all
 * unlisted are counted by inclusion-exclusion over one dear position j at a time:
 *   N(cls, D + j) = N(cls, D) - sum_{c listed, compatible at j} N(split(cls, j, c), D)
 * (N(cls, {}) = prod |Z_i|!: j left free, minus those where coordinate j is a listed code c; fixing
 * coordinate j to c splits every class by bit j on X_i and by c on Z_i). Exact, in bigint.
 */

/** The code of {r : bit j of r = 1} on C_d. */
export function bitCode(d: number, j: number): number {
  let code = 0;
  for (let r = 0; r < 1 << d; r++) if ((r >>> j) & 1) code |= 1 << r;
  return code >>> 0;
}

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const FACT: bigint[] = [1n];
function factorial(n: number): bigint {
  while (FACT.length <= n) FACT.push(FACT[FACT.length - 1]! * BigInt(FACT.length));
  return FACT[n]!;
}

/** Splits the paired classes by coordinate j = c (bit j on x, membership in c on z). */
export function splitClasses(xs: readonly number[], zs: readonly number[], bj: number, c: number): { xs: number[]; zs: number[] } {
  const nx: number[] = [];
  const nz: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    const a = (xs[i]! & bj) >>> 0;
    const b = (xs[i]! & ~bj) >>> 0;
    if (a !== 0) (nx.push(a), nz.push((zs[i]! & c) >>> 0));
    if (b !== 0) (nx.push(b), nz.push((zs[i]! & ~c) >>> 0));
  }
  return { xs: nx, zs: nz };
}

/** Is code c compatible at position j: |c & Z_i| = #{x in X_i : bit j of x = 1} for every i? */
function compatible(xs: readonly number[], zs: readonly number[], bj: number, c: number): boolean {
  for (let i = 0; i < xs.length; i++) if (popcount((zs[i]! & c) >>> 0) !== popcount((xs[i]! & bj) >>> 0)) return false;
  return true;
}

/**
 * The number of bijections V with V(Z_i) = X_i whose coordinates at the positions `dear` are all
 * outside `listed` (the balanced codes of cost <= L). Classes must be paired with equal sizes.
 */
export function dearCompletions(d: number, listed: Uint32Array, xs: readonly number[], zs: readonly number[], dear: readonly number[]): bigint {
  for (let i = 0; i < xs.length; i++) if (popcount(xs[i]!) !== popcount(zs[i]!)) return 0n;
  const rec = (cx: readonly number[], cz: readonly number[], from: number): bigint => {
    if (from === dear.length) {
      let n = 1n;
      for (const z of cz) n *= factorial(popcount(z));
      return n;
    }
    const bj = bitCode(d, dear[from]!);
    let n = rec(cx, cz, from + 1);
    for (const c of listed) {
      if (!compatible(cx, cz, bj, c)) continue;
      const s = splitClasses(cx, cz, bj, c);
      n -= rec(s.xs, s.zs, from + 1);
    }
    return n;
  };
  return rec(xs, zs, 0);
}

/**
 * Some completion V (V(Z_i) = X_i) whose dear coordinates are unlisted and which passes `keep`,
 * trying at most `tries` completions in a fixed order: { v } when found, 'none' when every
 * completion was tried, 'unknown' when the tries ran out first.
 */
export function findCompletion(d: number, isListed: (code: number) => boolean, xs: readonly number[], zs: readonly number[], dear: readonly number[], keep: (v: Uint32Array) => boolean, tries: number): { v: Uint32Array } | 'none' | 'unknown' {
  const size = 1 << d;
  const zPts: number[] = [];
  const xOf: number[][] = [];
  const cls: number[] = [];
  zs.forEach((z, i) => {
    const xsI: number[] = [];
    for (let r = 0; r < size; r++) if ((xs[i]! >>> r) & 1) xsI.push(r);
    xOf.push(xsI);
    for (let q = 0; q < size; q++) if ((z >>> q) & 1) (zPts.push(q), cls.push(i));
  });
  const used = new Uint8Array(size);
  const v = new Uint32Array(size);
  let left = tries;
  let found: Uint32Array | null = null;
  const ok = (): boolean => {
    for (const j of dear) {
      let code = 0;
      for (let q = 0; q < size; q++) if ((v[q]! >>> j) & 1) code |= 1 << q;
      if (isListed(code >>> 0)) return false;
    }
    return keep(v);
  };
  const rec = (at: number): boolean => {
    if (at === zPts.length) {
      left--;
      if (ok()) found = Uint32Array.from(v);
      return found !== null || left <= 0;
    }
    for (const r of xOf[cls[at]!]!) {
      if (used[r]) continue;
      used[r] = 1;
      v[zPts[at]!] = r;
      const stop = rec(at + 1);
      used[r] = 0;
      if (stop) return true;
    }
    return false;
  };
  rec(0);
  if (found !== null) return { v: found };
  return left <= 0 ? 'unknown' : 'none';
}
