/**
 * The verifier's decision trees: plain recursion over restrictions (which variables are fixed,
 * to which bits), memoised. A restriction is a leaf when every point consistent with it has the
 * same value; otherwise try every variable it leaves free as the query.
 */
function solve(n: number, values: ArrayLike<number>, combine: 'depth' | 'leaves') {
  const size = 2 ** n;
  const memo = new Map<number, number>();
  const go = (fixed: number, bits: number): number => {
    const key = fixed * size + bits;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const seen = new Set<number>();
    for (let x = 0; x < size; x++) if (((x ^ bits) & fixed) === 0) seen.add(values[x]!);
    let result: number;
    if (seen.size <= 1) result = combine === 'depth' ? 0 : 1;
    else {
      result = Infinity;
      for (let i = 0; i < n; i++) {
        const v = 2 ** i;
        if (fixed & v) continue;
        const a = go(fixed | v, bits);
        const b = go(fixed | v, bits | v);
        result = Math.min(result, combine === 'depth' ? 1 + Math.max(a, b) : a + b);
      }
    }
    memo.set(key, result);
    return result;
  };
  return { go, root: go(0, 0) };
}

export function plainDecisionTreeDepth(n: number, values: ArrayLike<number>) {
  const { go, root } = solve(n, values, 'depth');
  let firstQuery: number | null = null;
  for (let i = 0; i < n && root > 0 && firstQuery === null; i++) {
    if (1 + Math.max(go(2 ** i, 0), go(2 ** i, 2 ** i)) === root) firstQuery = i + 1;
  }
  return { D: root, firstQuery };
}

export function plainDecisionTreeSize(n: number, values: ArrayLike<number>) {
  return { leaves: solve(n, values, 'leaves').root };
}
