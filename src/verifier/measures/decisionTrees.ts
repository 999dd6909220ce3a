/**
 * The verifier's decision trees: recursion over partial assignments (a map variable -> bit),
 * memoised by their text. A restriction is a leaf when every point consistent with it has the same
 * value; otherwise try every unassigned variable as the query.
 */
type Partial = ReadonlyMap<number, number>;

function consistentValues(n: number, values: ArrayLike<number>, rho: Partial): Set<number> {
  const seen = new Set<number>();
  for (let x = 0; x < 2 ** n; x++) {
    let ok = true;
    for (const [i, b] of rho) if (((x >>> i) & 1) !== b) ok = false;
    if (ok) seen.add(values[x]!);
  }
  return seen;
}

function solve(n: number, values: ArrayLike<number>, combine: 'depth' | 'leaves') {
  const memo = new Map<string, number>();
  const go = (rho: Partial): number => {
    const key = [...rho].sort((a, b) => a[0] - b[0]).map(([i, b]) => `${i}=${b}`).join(',');
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: number;
    if (consistentValues(n, values, rho).size <= 1) result = combine === 'depth' ? 0 : 1;
    else {
      result = Infinity;
      for (let i = 0; i < n; i++) {
        if (rho.has(i)) continue;
        const a = go(new Map([...rho, [i, 0]]));
        const b = go(new Map([...rho, [i, 1]]));
        result = Math.min(result, combine === 'depth' ? 1 + Math.max(a, b) : a + b);
      }
    }
    memo.set(key, result);
    return result;
  };
  return { go, root: go(new Map()) };
}

export function plainDecisionTreeDepth(n: number, values: ArrayLike<number>) {
  const { go, root } = solve(n, values, 'depth');
  let firstQuery: number | null = null;
  for (let i = 0; i < n && root > 0 && firstQuery === null; i++) {
    if (1 + Math.max(go(new Map([[i, 0]])), go(new Map([[i, 1]]))) === root) firstQuery = i + 1;
  }
  return { D: root, firstQuery };
}

export function plainDecisionTreeSize(n: number, values: ArrayLike<number>) {
  return { leaves: solve(n, values, 'leaves').root };
}
