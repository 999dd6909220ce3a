/**
 * A search as steps: a generator that yields (nothing) every few thousand nodes and returns its
 * outcome. drainSteps runs one synchronously; drive.ts's async driver hands the event loop a turn
 * between steps so that Ctrl-C / SIGTERM (an AbortSignal) stop a long search at once.
 */

/** A search as steps: it yields (nothing) every few thousand nodes, returns its outcome. */
export type Steps<T> = Generator<void, T, void>;

/** Runs steps to the end synchronously. */
export function drainSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
