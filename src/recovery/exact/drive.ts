/**
 * Running a search written as steps (steps.ts's Steps) without holding the event loop:
 * between steps, at least every sliceMs milliseconds, the driver awaits a macrotask turn, so that
 * signal handlers (Ctrl-C, SIGTERM -> AbortSignal), timers and progress output run. The search
 * itself checks the signal after each step and stops with what it has.
 */
import type { Steps } from './steps.js';

export const DEFAULT_SLICE_MS = 20;

const turn = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

export async function driveSteps<T>(steps: Steps<T>, sliceMs = DEFAULT_SLICE_MS): Promise<T> {
  let since = Date.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (Date.now() - since >= sliceMs) {
      await turn();
      since = Date.now();
    }
  }
}
