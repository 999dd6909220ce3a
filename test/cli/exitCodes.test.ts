/**
 * Exit codes and the one error channel: an interrupted run exits 3 on every command; bad input is
 * one line and exit 2; anything else is an internal error, exit 70, one line asking for a report.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportError } from '../../src/cli/dispatch.js';
import { EXIT } from '../../src/cli/io.js';
import { InputError } from '../../src/core/result.js';
import { fakeIo, runCubecheck } from './fakeIo.js';

const aborted = (): AbortSignal => {
  const c = new AbortController();
  c.abort();
  return c.signal;
};

describe('an interrupted run exits 3 on every command', () => {
  // before: census, recover, curve and verify exited 130
  it.each([
    ['census', ['census', '--n', '3', '--workers', '0']],
    ['recover (search)', ['recover', '--latents', '4', '--tasks', 'maj(x1,x2,x3); x4*x1; x2', '--method', 'search']],
    ['curve', ['curve', '--latents', '2', '--tasks-from', 'uniform', '--k', '1..3', '--samples', '20']],
    ['verify', ['verify', 'a.json', 'b.json']],
    ['check', ['check', 'T1-parseval']],
    ['analyze --stdin', ['analyze', '--stdin']],
  ])('%s', async (_, argv) => {
    const r = await runCubecheck(argv, { signal: aborted(), stdin: 'x1\n' });
    expect(r.code).toBe(3);
    expect(EXIT.interrupted).toBe(3);
  });
});

describe('the error channel', () => {
  it('an InputError is one line and exit 2', () => {
    const rec = fakeIo();
    expect(reportError(new InputError('bad n\nsecond line'), rec.io)).toBe(2);
    expect(rec.err()).toBe('cubecheck: bad n\n');
  });

  it('anything else is internal: exit 70, one line that asks for a report; CUBECHECK_DEBUG=1 adds the stack', () => {
    for (const e of [new Error('boom'), new RangeError('boom'), new TypeError('boom'), 'boom']) {
      // before: a RangeError was reported as bad input (exit 2)
      const rec = fakeIo();
      expect(reportError(e, rec.io)).toBe(70);
      expect(rec.err()).toMatch(/^cubecheck: internal error: boom \(this is a bug in cubecheck, please report it; CUBECHECK_DEBUG=1 prints the stack\)\n$/);
    }
    const debug = fakeIo('', { env: { CUBECHECK_DEBUG: '1' } });
    reportError(new Error('boom'), debug.io);
    expect(debug.err().split('\n').length).toBeGreaterThan(3);
    expect(debug.err()).toContain('exitCodes.test');
  });
});

describe('bad input in the commands\' arguments is exit 2 with one line, never 70', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cubecheck-exit-'));
  mkdirSync(join(dir, 'adir'));
  writeFileSync(join(dir, 'afile'), 'not a directory\n');
  writeFileSync(join(dir, 'empty.json'), '{}\n');
  const cases: string[][] = [
    ['check', 'T4', '--n', '2', '--cert', 'adir'],
    ['check', 'T4', '--n', '2', '--cert', 'afile/cert.json'],
    ['check', '--all', '--out', 'afile'],
    ['check', 'T4', '--seed', 'lucky'],
    ['check', 'T4', '--seed', '99999999999'],
    ['check', 'T4', '--progress=loud'],
    ['check', 'T4', '--n'],
    ['check', 'NOPE'],
    ['check'],
    ['merge', 'empty.json', '--out', 'adir'],
    ['merge', 'missing.json'],
    ['census', '--n', '9'],
    ['census', '--n', '3', '--no-progress', '--json=x'],
    ['recover', '--latents', '2', '--tasks', 'x1', '--seed', 'soon'],
    ['recover', '--latents', '2', '--tasks', 'x1', '--evaluations', '-3'],
    ['curve', '--latents', '2', '--tasks-from', 'uniform', '--k', '2', '--seed', '-1'],
    ['curve', '--latents', '2', '--tasks-from', 'nothing', '--k', '2'],
    ['analyze', 'x1 +', '--json'],
    ['analyze'],
    ['map', 'x1; x2', '--n', 'two'],
    ['interpolate', 'x1'],
    ['list', 'extra'],
    ['ui', '--colour'],
    ['help', 'check', 'census'],
    ['verify', '--jsn', 'a.json'],
  ];
  it.each(cases.map((c) => [c.join(' '), c]))('%s', async (_, argv) => {
    const r = await runCubecheck(argv, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err).not.toContain('internal error');
  });
});
