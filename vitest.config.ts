import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Test files that share one module graph per worker (isolate: false): the worker imports src/ once
 * and keeps its caches (the d = 5 candidate lists, the verifier's bundled child program) from file
 * to file, instead of a fresh process per file. Only files that leave no state behind: no process.env
 * or global changes, no mocks. The UI tests (ink reads FORCE_COLOR when it loads) and the verifier's
 * attack tests (they try to tamper with built-ins) keep a process of their own.
 */
const SHARED = ['test/recovery/**/*.test.ts', 'test/verifier/*.test.ts', 'test/verifier/lang/**/*.test.ts'];

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
      { extends: true, test: { name: 'shared', include: SHARED, isolate: false, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'isolated', include: ['test/**/*.test.ts', 'test/**/*.test.tsx'], exclude: [...configDefaults.exclude, ...SHARED], sequence: { groupOrder: 1 } } },
    ],
  },
});
