/**
 * Degree profiles for the representation biases' composition bound (repDegreeProfile.ts,
 * repCellCut.ts; docs/math.md, "Composition by profile"): the multisets of coordinate latent
 * degrees, and need(D, e), the least head degree a with top_a(e) >= D. A file of its own so the
 * two cuts share it without importing each other.
 */
/** The multisets of d values in 1..cap, each sorted in decreasing order. */
export function profiles(d: number, cap: number): number[][] {
  const out: number[][] = [];
  const rec = (acc: number[], top: number) => {
    if (acc.length === d) {
      out.push(acc.slice());
      return;
    }
    for (let e = top; e >= 1; e--) {
      acc.push(e);
      rec(acc, e);
      acc.pop();
    }
  };
  rec([], cap);
  return out;
}

/** The least a with top_a(e) >= D (e sorted decreasing; capped at d, a function on C_d); D = 0: 0. */
export function need(D: number, e: readonly number[]): number {
  let s = 0;
  for (let a = 0; a < e.length; a++) {
    if (s >= D) return a;
    s += e[a]!;
  }
  return s >= D ? e.length : Infinity;
}

/**
 * Per profile q of `all` (each of length d): counts[q * (d + 1) + v] coordinates of degree v, their
 * least cost baseCost[q] (coordCost per degree), and top[q * (d + 1) + a] = the sum of its a largest.
 */
export function profileTables(d: number, all: readonly (readonly number[])[], coordCost: (e: number) => number): { counts: Int32Array; baseCost: Int32Array; top: Int32Array } {
  const P = all.length;
  const counts = new Int32Array(P * (d + 1));
  const baseCost = new Int32Array(P);
  const top = new Int32Array(P * (d + 1));
  all.forEach((e, q) => {
    for (let a = 0; a < d; a++) {
      counts[q * (d + 1) + e[a]!]!++;
      baseCost[q] += coordCost(e[a]!);
      top[q * (d + 1) + a + 1] = top[q * (d + 1) + a]! + e[a]!;
    }
  });
  return { counts, baseCost, top };
}
