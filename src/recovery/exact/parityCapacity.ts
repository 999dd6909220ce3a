/**
 * The orthonormality bound of bounds.ts (B2, docs/math.md T7) at every node of the tuple search,
 * given the heads already fixed (docs/math.md "Parity capacity at a node"). For a parity task
 * h_t = +-chi_S (S != {}) the head g_t = h_t o W is +-(chi_S o W), a non-trivial component of the
 * bijection W; components of distinct S are orthonormal and have mean 0, so at most
 * N_k = sum_{1<=j<=k} C(d, j) of them have Fourier degree <= k. A fixed head of degree e uses one
 * unit of the capacity of every level k >= e; a remaining task whose S is already fixed has
 * exactly that head's degree (its head is +-the same function); the remaining new sets share
 * what is left, cap_k = min_{k' >= k} (N_k' - used_k'), and the least sum of their degrees gives
 * the i-th of them (largest multiplicity first) the least k with cap_k >= i. Non-parity tasks add
 * their floors. Head-max takes the largest instead of the sum. No completion of the node is cut
 * that a bijection W could realise; when the fixed heads alone overflow a level, none can.
 */
import { binomial } from '../../core/cube.js';
import { popcount32 } from './candidates.js';
import type { TupleTask } from './tupleSpec.js';

/** The bound at every node (exactRecovery.ts); off only to compare (tests, bench). */
export const PARITY_CAPACITY = { on: true };

/** The bound for the levels from..k-1 given heads[0..j-1] (j <= from); null: no completion exists. */
export type RestBound = (from: number, j: number, heads: readonly number[]) => number | null;

/** The parity set S with code = +-chi_S on C_d (bit z set where the value is -1), or null (also for constants). */
export function paritySetOfCode(d: number, code: number): number | null {
  const n = 1 << d;
  const full = d === 5 ? 0xffffffff : (1 << n) - 1;
  for (let S = 1; S < n; S++) {
    let chi = 0;
    for (let z = 0; z < n; z++) if (popcount32(z & S) & 1) chi |= 1 << z;
    chi >>>= 0;
    if (code >>> 0 === chi || code >>> 0 === (~chi & full) >>> 0) return S;
  }
  return null;
}

/**
 * The bound for these tasks (in search order) under Fourier degree (costOf: a head's degree), or
 * undefined when fewer than two distinct parity sets occur (then it adds nothing to the floors).
 */
export function parityCapacityBound(d: number, tasks: readonly TupleTask[], costOf: (g: number) => number, max: boolean): RestBound | undefined {
  const sets = tasks.map((t) => paritySetOfCode(d, t.code));
  if (new Set(sets.filter((s) => s !== null)).size < 2) return undefined;
  const floors = tasks.map((t) => t.floor as number);
  // N[k] = sum_{1<=j<=k} C(d, j), k = 0..d
  const N = [0];
  for (let k = 1; k <= d; k++) N.push(N[k - 1]! + binomial(d, k));
  return (from, j, heads) => {
    const fixed = new Map<number, number>();
    for (let t = 0; t < j; t++) {
      const S = sets[t];
      if (S !== null && S !== undefined && !fixed.has(S)) fixed.set(S, costOf(heads[t]!));
    }
    const used = new Array<number>(d + 1).fill(0);
    for (const e of fixed.values()) for (let k = Math.max(e, 0); k <= d; k++) used[k]!++;
    const cap = new Array<number>(d + 1).fill(0);
    for (let k = d, low = Infinity; k >= 1; k--) cap[k] = low = Math.min(low, N[k]! - used[k]!);
    if (cap[1]! < 0) return null;
    let total = 0;
    const fresh = new Map<number, number>();
    for (let t = from; t < tasks.length; t++) {
      const S = sets[t];
      if (S === null || S === undefined) total = max ? Math.max(total, floors[t]!) : total + floors[t]!;
      else if (fixed.has(S)) total = max ? Math.max(total, fixed.get(S)!) : total + fixed.get(S)!;
      else fresh.set(S, (fresh.get(S) ?? 0) + 1);
    }
    const mult = [...fresh.values()].sort((a, b) => b - a);
    let k = 1;
    for (let i = 1; i <= mult.length; i++) {
      while (k <= d && cap[k]! < i) k++;
      if (k > d) return null;
      total = max ? Math.max(total, k) : total + mult[i - 1]! * k;
    }
    return total;
  };
}
