/**
 * The class pairs of the representation-bias re-check (recoveryRepSearch.ts) and the two ways it
 * lists a level's candidates. A pair (Z, X) holds latents z and points x that V must map onto each
 * other; a level chooses a code on one side against a fixed code on the other and splits every
 * pair by both.
 */

export interface Pair {
  readonly z: number;
  readonly x: number;
}

/** ONES16[v]: the number of 1 bits of v < 2^16 (the search's inner loops, d <= 4, read it). */
const ONES16 = new Uint8Array(1 << 16);
for (let v = 1; v < 1 << 16; v++) ONES16[v] = ONES16[v >>> 1]! + (v & 1);

export function ones(v: number): number {
  if ((v & 0xffff) === v) return ONES16[v]!;
  let c = 0;
  for (let m = v >>> 0; m !== 0; m &= m - 1) c++;
  return c;
}

/** Splits every pair by (latent code a, point code c); null when some part's sizes differ. */
export function split(pairs: readonly Pair[], a: number, c: number): Pair[] | null {
  const out: Pair[] = [];
  for (const p of pairs) {
    const z1 = p.z & a;
    const x1 = p.x & c;
    if (ones(z1) !== ones(x1)) return null;
    if (z1 !== 0) out.push({ z: z1, x: x1 });
    if (z1 !== p.z) out.push({ z: (p.z & ~a) >>> 0, x: (p.x & ~c) >>> 0 });
  }
  return out;
}

export function choose(n: number, k: number): number {
  let c = 1;
  for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1);
  return c;
}

/**
 * Calls visit(code) for every code that takes exactly want[i] points of sides[i] for each i (the
 * sides are disjoint): all the codes the split can accept, and no others.
 */
export function forEachCompatible(sides: readonly number[], want: readonly number[], visit: (code: number) => void): void {
  const pick = (i: number, rest: number, left: number, acc: number): void => {
    if (left === 0) {
      if (i + 1 === sides.length) visit(acc >>> 0);
      else pick(i + 1, sides[i + 1]!, want[i + 1]!, acc);
      return;
    }
    if (ones(rest) < left) return;
    const low = rest & -rest;
    pick(i, rest & ~low, left - 1, acc | low);
    pick(i, rest & ~low, left, acc);
  };
  pick(0, sides[0]!, want[0]!, 0);
}

export interface Costed {
  readonly code: number;
  readonly cost: number;
}

export function byCost(codes: readonly number[], cost: (c: number) => number): Costed[] {
  return codes.map((code) => ({ code, cost: cost(code) })).sort((a, b) => a.cost - b.cost);
}

/** How many entries of the cost-sorted list cost at most `cap`. */
export function within(list: readonly { cost: number }[], cap: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.cost <= cap) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The cost of the first code of a cost-sorted list with ones(code & masks[i]) = want[i] for every i,
 * or of the first code past `limit` (every cheaper one fails), or Infinity when none meets them.
 * With the masks one side of each pair and want the counts the other side fixes, this bounds from
 * below what every V of the pairs spends on that level. Each code tried is a step.
 */
export function leastMeeting(list: readonly Costed[], masks: readonly number[], want: readonly number[], limit: number, step: () => void): number {
  for (const { code, cost } of list) {
    if (cost > limit) return cost;
    step();
    let ok = true;
    for (let i = 0; i < masks.length && ok; i++) ok = ones(code & masks[i]!) === want[i];
    if (ok) return cost;
  }
  return Infinity;
}
