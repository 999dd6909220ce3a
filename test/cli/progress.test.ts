/**
 * Progress: one reporter (rate-limited; live, lines or JSON lines) fed by every long command's
 * engine hooks; on a pipe nothing unless asked, with --progress a line even without a terminal.
 */
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';
import { PROGRESS_FLAG } from '../../src/cli/help/common.js';
import { createReporter, progressIntervalMs, progressMode, progressText } from '../../src/cli/progress/index.js';
import { fakeIo, runCubecheck } from './fakeIo.js';

function clock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

function recorder() {
  let text = '';
  return { write: (s: string) => void (text += s), text: () => text };
}

describe('the progress reporter', () => {
  it('lines mode: at most one line per interval, with cases done, rate and time left; always a last line', () => {
    const c = clock();
    const out = recorder();
    const r = createReporter({ mode: 'lines', write: out.write, task: 'T1', unit: 'cases', now: c.now, intervalMs: 5000 });
    for (let k = 1; k <= 100; k++) {
      c.advance(100);
      r.update({ done: k * 10, total: 2000 });
    }
    // 10 s in 100 updates: two lines (at 5 s and 10 s), not a hundred
    const lines = out.text().split('\n').filter(Boolean);
    expect(lines).toEqual(['T1: 500 / 2,000 cases (25.0%), 100 cases/s, ~15 s left', 'T1: 1,000 / 2,000 cases (50.0%), 100 cases/s, ~10 s left']);
    c.advance(100);
    r.update({ done: 1010, total: 2000 });
    r.end({ done: 2000 });
    r.end();
    expect(out.text().split('\n').filter(Boolean).at(-1)).toBe('T1: 2,000 / 2,000 cases (100.0%), 198 cases/s');
  });

  it('json mode: one JSON object per line, and an end event', () => {
    const c = clock();
    const out = recorder();
    const r = createReporter({ mode: 'json', write: out.write, task: 'census', unit: 'functions', now: c.now, intervalMs: 1000 });
    c.advance(2000);
    r.update({ done: 64, total: 256, rate: 32, etaSeconds: 6, detail: 'slice 1' });
    r.end();
    const events = out.text().trim().split('\n').map((l) => JSON.parse(l));
    expect(events).toEqual([
      { event: 'progress', task: 'census', unit: 'functions', done: 64, total: 256, rate: 32, etaSeconds: 6, elapsedSeconds: 2, detail: 'slice 1' },
      { event: 'end', task: 'census', unit: 'functions', done: 64, total: 256, rate: 32, etaSeconds: 6, elapsedSeconds: 2, detail: 'slice 1' },
    ]);
  });

  it('live mode: rewrites one line in place and erases it at the end', () => {
    const c = clock();
    const out = recorder();
    const r = createReporter({ mode: 'live', write: out.write, task: 'curve', unit: 'samples', now: c.now });
    c.advance(300);
    r.update({ done: 3, total: null, detail: 'k = 2' });
    c.advance(50);
    r.update({ done: 4, total: null });
    r.end();
    expect(out.text()).toBe('\r\x1b[Kcurve: 3 samples, 10.0 samples/s, k = 2\r\x1b[K');
  });

  it('off writes nothing', () => {
    const out = recorder();
    const r = createReporter({ mode: 'off', write: out.write, task: 'x', unit: 'cases' });
    r.update({ done: 1, total: 1 });
    r.end();
    expect(r.active).toBe(false);
    expect(out.text()).toBe('');
  });

  it('formats a run without a total and without a rate yet', () => {
    expect(progressText({ task: 'recover', unit: 'evaluations', done: 12345, total: null, rate: 0, etaSeconds: null, elapsedSeconds: 0, detail: 'best 3' })).toBe(
      'recover: 12,345 evaluations, best 3',
    );
  });
});

describe('which progress a command shows', () => {
  const mode = (argv: string[], io: { isTTY?: boolean; stderrIsTTY?: boolean }) => progressMode(parseArgs(argv, PROGRESS_FLAG), fakeIo('', io).io);
  it('by default a live line when stderr is a terminal, nothing otherwise', () => {
    expect(mode([], { stderrIsTTY: true })).toBe('live');
    expect(mode([], { stderrIsTTY: false, isTTY: true })).toBe('off');
    expect(mode([], {})).toBe('off');
  });
  it('--progress: text lines without a terminal, live with one; --progress=json; --no-progress', () => {
    expect(mode(['--progress'], {})).toBe('lines');
    expect(mode(['--progress=text'], {})).toBe('lines');
    expect(mode(['--progress'], { stderrIsTTY: true })).toBe('live');
    expect(mode(['--progress=json'], { stderrIsTTY: true })).toBe('json');
    expect(mode(['--no-progress'], { stderrIsTTY: true })).toBe('off');
  });
});

describe('CUBECHECK_PROGRESS_INTERVAL', () => {
  it('sets the seconds between lines; nonsense is bad input', async () => {
    expect(progressIntervalMs({})).toBeUndefined();
    expect(progressIntervalMs({ CUBECHECK_PROGRESS_INTERVAL: '60' })).toBe(60_000);
    expect(progressIntervalMs({ CUBECHECK_PROGRESS_INTERVAL: '0.5' })).toBe(500);
    expect(() => progressIntervalMs({ CUBECHECK_PROGRESS_INTERVAL: 'soon' })).toThrow(/must be a number of seconds/);
    const r = await runCubecheck(['curve', '--latents', '1', '--tasks-from', 'uniform', '--k', '1..2', '--samples', '20', '--progress=json'], {
      env: { CUBECHECK_PROGRESS_INTERVAL: '0' },
    });
    // interval 0: every engine report is a line (samples 1..20 of k = 1, then of k = 2), then the end event
    const events = r.err.trim().split('\n').map((l) => JSON.parse(l) as { event: string; done: number });
    expect(events.filter((e) => e.event === 'progress').map((e) => e.done)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(events.at(-1)).toMatchObject({ event: 'end', done: 40, total: 40 });
  });
});

/** The last progress line a command wrote (lines mode). */
const lastLine = (err: string, task: string) => err.split('\n').filter((l) => l.startsWith(`${task}: `)).at(-1) ?? '';

describe('every long command reports progress without a terminal when asked', () => {
  it('check: without a terminal a --progress run ends with a line of cases, rate; nothing by default', async () => {
    // before: check showed progress only when stdin and stdout were terminals, never with --progress
    const r = await runCubecheck(['check', 'T4', '--n', '3', '--progress']);
    expect(r.code).toBe(0);
    expect(lastLine(r.err, 'T4-gf2-degree-le-degree')).toMatch(/^T4-gf2-degree-le-degree: 256 cases, [\d.]+k? cases\/s$/);
    expect((await runCubecheck(['check', 'T4', '--n', '3'])).err).toBe('');
  });

  it('check --progress=json writes JSON lines only', async () => {
    const r = await runCubecheck(['check', 'T10', '--runs', '200', '--progress=json']);
    expect(r.code).toBe(0);
    const events = r.err.trim().split('\n').map((l) => JSON.parse(l) as { event: string; done: number; total: number | null });
    expect(events.at(-1)).toMatchObject({ event: 'end', task: 'T10-degree-two-juntas', unit: 'cases', done: 200, total: 200 });
  });

  it('census --progress', async () => {
    const r = await runCubecheck(['census', '--n', '3', '--workers', '0', '--progress']);
    expect(r.code).toBe(0);
    expect(lastLine(r.err, 'census')).toMatch(/^census: 256 \/ 256 functions \(100\.0%\)/);
  });

  it('curve --progress: samples out of all k, no flood of carriage returns', async () => {
    // before: one '\rk = ...' write per sample on a terminal, none without one
    const r = await runCubecheck(['curve', '--latents', '2', '--tasks-from', 'uniform', '--k', '1..2', '--samples', '30', '--progress']);
    expect(r.code).toBe(0);
    expect(r.err).not.toContain('\r');
    expect(lastLine(r.err, 'curve')).toMatch(/^curve: 60 \/ 60 samples \(100\.0%\), [\d.]+k? samples\/s, k = 2$/);
  });

  it('recover --progress on a search: evaluations out of the budget, the best so far, and the seed', async () => {
    const r = await runCubecheck(['recover', '--latents', '4', '--tasks', 'x1*x2; x3; x4', '--bias', 'head-max', '--method', 'search', '--evaluations', '300', '--progress']);
    expect(r.code).toBe(0);
    expect(r.err).not.toContain('\r');
    expect(r.err).toMatch(/^recover: [\d,]+ evaluations/m);
    expect(r.err).toContain('seed 1');
  });

  it('verify --progress counts certificates', async () => {
    const r = await runCubecheck(['verify', 'nope-1.json', 'nope-2.json', '--progress']);
    expect(r.code).toBe(2);
    expect(lastLine(r.err, 'verify')).toMatch(/^verify: 2 \/ 2 certificates \(100\.0%\)/);
  });
});
