/**
 * Runs several searches written as steps (steps.ts's Steps) side by side, one step each in
 * turn, and returns the first to finish (its index and value); the others are dropped. For exact
 * searches that answer the same question in different ways (the tuple search under different
 * task orders, taskOrder.ts) the answer does not depend on which one wins, and the time is at
 * most about (number of searches) x that of the fastest, whose identity is not known in advance.
 * With `settles`, an answer it rejects (e.g. a tuple search that was truncated) does not end the
 * race while other searches still run.
 */
import type { Steps } from './steps.js';

export function* firstOf<T>(searches: readonly Steps<T>[], settles: (value: T) => boolean = () => true): Steps<{ index: number; value: T }> {
  const live = searches.map(() => true);
  let last: { index: number; value: T } | null = null;
  for (;;) {
    for (let i = 0; i < searches.length; i++) {
      if (!live[i]) continue;
      const r = searches[i]!.next();
      if (r.done) {
        live[i] = false;
        last = { index: i, value: r.value };
        // A search that ends without settling (a d = 5 order that met heads beyond the lists)
        // leaves the others running; the last one to end answers when none settles.
        if (!settles(r.value) && live.some((l) => l)) continue;
        for (let s = 0; s < searches.length; s++) if (live[s]) searches[s]!.return(undefined as never);
        return last;
      }
    }
    if (last !== null && !live.some((l) => l)) return last;
    yield;
  }
}
