import { describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCensus } from '../../src/census/census.js';
import { countsEqual } from '../../src/census/counts.js';
import { totalLength } from '../../src/census/intervals.js';
import { loadCheckpoint } from '../../src/census/checkpoint.js';
import { writeFileAtomic } from '../../src/fs/writeFileAtomic.js';

const spec = { n: 4, joint: true } as const;

async function uninterrupted() {
  const out = await runCensus({ ...spec, workers: 0 });
  return out.partial.counts;
}

describe('checkpoints, abort and resume', () => {
  it('a run aborted (in this thread) and resumed equals one run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'census-'));
    const checkpoint = join(dir, 'c.json');
    const ac = new AbortController();
    const first = await runCensus({
      ...spec, workers: 0, sliceSize: 2048, checkpoint, checkpointEveryMs: 0, signal: ac.signal,
      onProgress: (p) => (p.done >= 10_000 ? ac.abort() : undefined),
    });
    expect(first.status).toBe('aborted');
    const done = totalLength(first.partial.covered);
    expect(done).toBeGreaterThanOrEqual(10_000);
    expect(done).toBeLessThan(65536);
    const saved = await loadCheckpoint(checkpoint);
    expect(saved && totalLength(saved.covered)).toBe(done);
    const second = await runCensus({ ...spec, workers: 0, sliceSize: 2048, checkpoint, resume: true });
    expect(second.status).toBe('complete');
    expect(countsEqual(second.partial.counts, await uninterrupted())).toBe(true);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a run aborted on worker threads keeps what was counted and resumes to the same counts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'census-'));
    const checkpoint = join(dir, 'c.json');
    const ac = new AbortController();
    const first = await runCensus({
      ...spec, workers: 2, sliceSize: 1024, checkpoint, signal: ac.signal, onProgress: () => ac.abort(),
    });
    expect(first.status).toBe('aborted');
    expect(totalLength(first.partial.covered)).toBeLessThan(65536);
    const second = await runCensus({ ...spec, workers: 0, checkpoint, resume: true });
    expect(second.status === 'complete' && second.result !== null).toBe(true);
    expect(countsEqual(second.partial.counts, await uninterrupted())).toBe(true);
  });

  it('an abort before the start reports nothing counted', async () => {
    const ac = new AbortController();
    ac.abort();
    const out = await runCensus({ ...spec, workers: 0, signal: ac.signal });
    expect(out.status).toBe('aborted');
    expect(out.partial.covered).toEqual([]);
  });

  it('refuses to overwrite a checkpoint without resume, and to resume a different census', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'census-'));
    const checkpoint = join(dir, 'c.json');
    await runCensus({ n: 3, workers: 0, checkpoint });
    await expect(runCensus({ n: 3, workers: 0, checkpoint })).rejects.toThrow(/already exists/);
    await expect(runCensus({ n: 2, workers: 0, checkpoint, resume: true })).rejects.toThrow(/is for n = 3/);
    await expect(runCensus({ n: 3, workers: 0, resume: true })).rejects.toThrow(/checkpoint/);
    await writeFile(checkpoint, '{"kind": "census"}');
    await expect(runCensus({ n: 3, workers: 0, checkpoint, resume: true })).rejects.toThrow(/census-partial/);
  });

  it('resuming a finished checkpoint does no work and gives the result', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'census-'));
    const checkpoint = join(dir, 'c.json');
    const a = await runCensus({ n: 3, workers: 0, checkpoint });
    const b = await runCensus({ n: 3, workers: 0, checkpoint, resume: true, onProgress: () => { throw new Error('no work expected'); } });
    expect(b.status === 'complete' && b.result?.total).toBe(256n);
    expect(countsEqual(a.partial.counts, b.partial.counts)).toBe(true);
  });

  it('atomic writes replace the file whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'census-'));
    const file = join(dir, 'x.txt');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, 'two');
    expect(await readFile(file, 'utf8')).toBe('two');
    expect(await readdir(dir)).toEqual(['x.txt']);
  });
});
