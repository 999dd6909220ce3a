/**
 * Linear systems over GF(2) with rows as bit masks (bigint, so any number of unknowns): bit j of
 * rows[i] is the coefficient of unknown j in equation i.
 */

/** One solution x (a bit mask) of the system rows[i] . x = rhs[i] (mod 2), or null if none exists. */
export function gf2Solve(rows: readonly bigint[], rhs: readonly (0 | 1)[]): bigint | null {
  if (rows.length !== rhs.length) throw new RangeError(`${rows.length} equations but ${rhs.length} right-hand sides`);
  // Gaussian elimination keyed by the highest set bit of each stored row.
  const basis = new Map<number, { row: bigint; bit: 0 | 1 }>();
  for (let i = 0; i < rows.length; i++) {
    let row = rows[i]!;
    let bit = rhs[i]!;
    while (row !== 0n) {
      const lead = highestBit(row);
      const b = basis.get(lead);
      if (b === undefined) {
        basis.set(lead, { row, bit });
        break;
      }
      row ^= b.row;
      bit = (bit ^ b.bit) as 0 | 1;
    }
    if (row === 0n && bit === 1) return null;
  }
  // Back-substitution from the lowest lead up: free unknowns are 0.
  let x = 0n;
  const leads = [...basis.keys()].sort((p, q) => p - q);
  for (const lead of leads) {
    const { row, bit } = basis.get(lead)!;
    const rest = row & ~(1n << BigInt(lead));
    const value = (popcountBig(rest & x) & 1) ^ bit;
    if (value) x |= 1n << BigInt(lead);
  }
  return x;
}

export function highestBit(v: bigint): number {
  return v.toString(2).length - 1;
}

export function popcountBig(v: bigint): number {
  let c = 0;
  while (v !== 0n) {
    v &= v - 1n;
    c++;
  }
  return c;
}

/** A basis of {x : rows[i] . x = 0 (mod 2) for all i} over `cols` unknowns, as bit masks. */
export function gf2Nullspace(rows: readonly bigint[], cols: number): bigint[] {
  const m = rows.slice();
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    const bit = 1n << BigInt(c);
    let p = r;
    while (p < m.length && (m[p]! & bit) === 0n) p++;
    if (p === m.length) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    for (let i = 0; i < m.length; i++) if (i !== r && (m[i]! & bit) !== 0n) m[i] = m[i]! ^ m[r]!;
    pivots.push(c);
    r++;
  }
  const isPivot = new Set(pivots);
  const basis: bigint[] = [];
  for (let f = 0; f < cols; f++) {
    if (isPivot.has(f)) continue;
    const fb = 1n << BigInt(f);
    let v = fb;
    pivots.forEach((pc, i) => {
      if ((m[i]! & fb) !== 0n) v |= 1n << BigInt(pc);
    });
    basis.push(v);
  }
  return basis;
}
