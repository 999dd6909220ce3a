import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Most test files share one module graph per worker (isolate: false): the worker imports src/ once
 * and keeps its caches (the d = 5 candidate lists, the verifier's bundled child program, the loaded
 * catalogue) from file to file, instead of a fresh process per file. They change no process.env, no
 * globals and mock nothing (every directory below passed non-isolated, one worker and two). The UI
 * tests (ink reads FORCE_COLOR when it loads; colour.test.tsx sets it) and the verifier's attack
 * tests (they try to tamper with built-ins) keep a process per file.
 */
const ALL = ['test/**/*.test.ts', 'test/**/*.test.tsx'];
const OWN_PROCESS = ['test/ui/**', 'test/verifier/attacks/**'];

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine, which left a
    // core idle for most of the run. Two workers use both (clean clone, quiet: npm test 10 min 0 s -> 6 min 44 s).
    maxWorkers: 2,
    projects: [
      // groupOrder: the shared files run first, as one queue, so a worker goes from one to the next
      // (vitest hands a shared worker on only when the next queued file is a shared one).
      { extends: true, test: { name: 'shared', include: ALL, exclude: [...configDefaults.exclude, ...OWN_PROCESS], isolate: false, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'isolated', include: OWN_PROCESS.map((d) => `${d}/*.test.{ts,tsx}`), sequence: { groupOrder: 1 } } },
    ],
  },
});
