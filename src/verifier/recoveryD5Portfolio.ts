/**
 * Orders tried in turn by the d = 5 re-checks (recoveryD5Profile.ts, recoveryD5Rep.ts). Every
 * order of the tasks visits the same leaves (each search is exhaustive below the bound), so the
 * count, the verdict and a leaf below the minimum do not depend on it; only the work does, by
 * orders of magnitude. Each order gets a share of the step budget: when it runs out the next
 * order starts afresh (a run that ran out decides nothing); a rejection found on the way is
 * final. When every order runs out, the certificate is rejected as too large.
 */
import { reject } from './reject.js';

/** Thrown by a step counter past its share; caught here only. */
class OverShare extends Error {}

export interface Steps {
  /** Counts one step (or `by`); throws past the current share. */
  readonly tick: (by?: number) => void;
  /** Steps taken so far in all orders. */
  readonly total: () => number;
}

/** Runs attempt(order, steps) for each order with shares of maxWork (half, then half the rest, ..., the last gets the rest). */
export function tryOrders<T>(orders: readonly (readonly number[])[], maxWork: number, attempt: (order: readonly number[], steps: Steps) => T): T {
  let total = 0;
  let limit = 0;
  const steps: Steps = {
    tick: (by = 1) => {
      total += by;
      if (total > limit) throw new OverShare();
    },
    total: () => total,
  };
  for (let i = 0; i < orders.length; i++) {
    limit = i + 1 === orders.length ? maxWork : total + Math.floor((maxWork - total) / 2);
    try {
      return attempt(orders[i]!, steps);
    } catch (e) {
      if (!(e instanceof OverShare)) throw e;
    }
  }
  return reject(`the re-check would take more than ${maxWork} steps (too large for the verifier)`);
}

/** Distinct orders only (the same order twice would only repeat the work). */
export function distinctOrders(orders: readonly (readonly number[])[]): number[][] {
  const seen = new Set<string>();
  return orders.filter((o) => !seen.has(o.join(',')) && seen.add(o.join(','))).map((o) => [...o]);
}
