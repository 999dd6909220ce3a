/**
 * Runs several searches written as steps (tupleSearch.ts's Steps) side by side, one step each in
 * turn, and returns the first to finish (its index and value); the others are dropped. For exact
 * searches that answer the same question in different ways (the tuple search under different
 * task orders, taskOrder.ts) the answer does not depend on which one wins, and the time is at
 * most about (number of searches) x that of the fastest, whose identity is not known in advance.
 */
import type { Steps } from './tupleSearch.js';

export function* firstOf<T>(searches: readonly Steps<T>[]): Steps<{ index: number; value: T }> {
  for (;;) {
    for (let i = 0; i < searches.length; i++) {
      const r = searches[i]!.next();
      if (r.done) {
        for (const s of searches) if (s !== searches[i]) s.return(undefined as never);
        return { index: i, value: r.value };
      }
    }
    yield;
  }
}
