/**
 * The verifier's block sensitivity: at each point, the largest family of disjoint sensitive
 * blocks by plain recursion over the variables still available (memoised on that set): pick any
 * sensitive block inside it, or none.
 */
import { defineTwin } from './twin.js';
export function plainBlockSensitivity(n: number, values: ArrayLike<number>) {
  const size = 2 ** n;
  const atPoint: number[] = [];
  let bs0 = 0;
  let bs1 = 0;
  for (let x = 0; x < size; x++) {
    const memo = new Map<number, number>();
    const most = (available: number): number => {
      const known = memo.get(available);
      if (known !== undefined) return known;
      let best = 0;
      for (let block = 1; block < size; block++) {
        const inside = (block & available) === block;
        if (inside && values[x ^ block] !== values[x]) best = Math.max(best, 1 + most(available & ~block));
      }
      memo.set(available, best);
      return best;
    };
    const k = most(size - 1);
    atPoint.push(k);
    if (values[x] === 1) bs0 = Math.max(bs0, k);
    else bs1 = Math.max(bs1, k);
  }
  return { bs: Math.max(bs0, bs1), bs0, bs1, atPoint };
}

export const blockSensitivity = defineTwin({
  input: 'boolean',
  compute: (f) => plainBlockSensitivity(f.n, f.values),
  value: (v) => v.bs,
});
