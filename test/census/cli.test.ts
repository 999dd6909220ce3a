import { describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { censusCommand } from '../../src/cli/commands/census.js';
import type { CommandIo } from '../../src/cli/io.js';
import { InputError } from '../../src/core/result.js';
import { loadCheckpoint } from '../../src/census/checkpoint.js';
import { mergePartialFiles } from '../../src/census/mergeFiles.js';
import { writeFile } from 'node:fs/promises';

function fakeIo(opts: { signal?: AbortSignal; cwd?: string; isTTY?: boolean } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readStdin: async () => '',
    isTTY: opts.isTTY ?? false,
    signal: opts.signal ?? new AbortController().signal,
    cwd: opts.cwd ?? process.cwd(),
    env: {},
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('census command', () => {
  it('prints a readable table', async () => {
    const f = fakeIo();
    expect(await censusCommand(['--n', '3', '--workers', '0'], f.io)).toBe(0);
    expect(f.out()).toMatch(/census of all 256 Boolean functions on 3 variables/);
    expect(f.out()).toMatch(/balanced\s+functions\nfalse\s+186\ntrue\s+70/);
    expect(f.err()).toBe('');
  });

  it('prints JSON with exact string counts, joint rows on request, progress with --progress', async () => {
    const f = fakeIo();
    expect(await censusCommand(['--n', '4', '--measures', 'bent,degree', '--joint', '--json', '--progress', '--method', 'enumerate'], f.io)).toBe(0);
    const doc = JSON.parse(f.out());
    expect(doc).toMatchObject({ kind: 'census', n: 4, measures: ['degree', 'bent'], joint: true, total: '65536' });
    expect(doc.counts.bent.true).toBe('896');
    expect(doc.jointCounts).toContainEqual({ degree: 4, bent: true, count: '896' }) // every fhat(S) of a bent function is non-zero;
    expect(f.err()).toMatch(/census: 65,536 \/ 65,536 functions \(100\.0%\)/);
  });

  it('shards print partials that merge into the full census', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'census-cli-'));
    for (const i of [1, 2]) {
      const f = fakeIo({ cwd: dir });
      expect(await censusCommand(['--n', '3', '--shard', `${i}/2`, '--json', '--workers', '0'], f.io)).toBe(0);
      await writeFile(join(dir, `p${i}.json`), f.out());
    }
    const merged = await mergePartialFiles(['p1.json', 'p2.json'], dir);
    expect(merged.total).toBe(256n);
    await expect(mergePartialFiles(['p1.json'], dir)).rejects.toThrow(/shard 2\/2/);
    await expect(mergePartialFiles(['p1.json', 'p1.json', 'p2.json'], dir)).rejects.toThrow(/p1.json \(shard 1\/2\) and p1.json/);
  });

  it('bad input is an InputError', async () => {
    const bad = [['--n', '7'], ['--n', '6', '--method', 'enumerate'], ['--n', '6', '--joint'], [], ['--n', '3', '--measures', 'depth'], ['--n', '3', '--shard', '3/2'], ['--n', '3', '--resume'], ['--n', '3', '--bogus'], ['--n', 'x'], ['--n', '3', 'extra']];
    for (const argv of bad) await expect(censusCommand(argv, fakeIo().io)).rejects.toBeInstanceOf(InputError);
    await expect(censusCommand(['--n', '6', '--method', 'enumerate'], fakeIo().io)).rejects.toThrow(/supports n <= 5/);
    await expect(censusCommand(['--n', '7'], fakeIo().io)).rejects.toThrow(/counting supports n <= 6/);
  });

  it('an interrupted run exits 3, saves its checkpoint and prints what it counted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'census-cli-'));
    const ac = new AbortController();
    ac.abort();
    const f = fakeIo({ cwd: dir, signal: ac.signal });
    expect(await censusCommand(['--n', '3', '--checkpoint', 'c.json', '--workers', '0'], f.io)).toBe(3);
    expect(f.out()).toMatch(/incomplete: 0 of 256/);
    expect(f.err()).toMatch(/checkpoint saved to c.json/);
    const saved = await loadCheckpoint(join(dir, 'c.json'));
    expect(saved?.covered).toEqual([]);
    const g = fakeIo({ cwd: dir });
    expect(await censusCommand(['--n', '3', '--checkpoint', 'c.json', '--resume', '--workers', '0'], g.io)).toBe(0);
    expect(g.out()).toMatch(/census of all 256/);
  });
});
