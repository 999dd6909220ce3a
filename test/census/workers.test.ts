import { describe, expect, it } from 'vitest';
import { runCensus } from '../../src/census/census.js';
import { countsEqual } from '../../src/census/counts.js';

describe('worker threads', () => {
  it('workers = 2 equals workers = 1 equals this thread (n = 4, joint)', async () => {
    const runs = await Promise.all([
      runCensus({ n: 4, joint: true, workers: 0 }),
      runCensus({ n: 4, joint: true, workers: 1, sliceSize: 4096 }),
      runCensus({ n: 4, joint: true, workers: 2, sliceSize: 4096 }),
      // the TypeScript engine on worker threads too
      runCensus({ n: 4, joint: true, workers: 2, sliceSize: 8192, engine: 'js' }),
    ]);
    for (const r of runs) expect(r.status).toBe('complete');
    for (const r of runs.slice(1)) expect(countsEqual(r.partial.counts, runs[0]!.partial.counts)).toBe(true);
  });
});
