/**
 * curve's per-instance answers: --json lists every instance (decided or not) and agrees with the
 * points' counts; --timings adds times without changing the rest; --time-limit is checked; an
 * interrupted run (abort, as Ctrl-C / SIGTERM) exits 3 and keeps the instances it decided, every
 * one of them equal to the uninterrupted run's answer.
 */
import { describe, expect, it } from 'vitest';
import { curveCommand } from '../../src/cli/commands/curve.js';
import { identifiabilityCurve } from '../../src/recovery/curve.js';
import { identityMap } from '../../src/maps/boolMap.js';
import { run } from './cliHelpers.js';

interface Out {
  points: { k: number; samples: number; recovered: Record<string, number>; undecided: Record<string, number> }[];
  instances: { k: number; sample: number; bias: string; recovers: boolean | null; decided: boolean; ms?: number }[];
  wallMs?: number;
  timeLimitSeconds: number;
  aborted: boolean;
}

const ARGV = ['--latents', '3', '--tasks-from', 'degree:1', '--k', '1..3', '--samples', '5', '--seed', '7', '--bias', 'head-degree,head-max', '--json'];

describe('curve: instance answers', () => {
  it('one answer per sample and bias, summing to the points; --timings adds ms and wallMs only', async () => {
    const plain = JSON.parse((await run(curveCommand, ARGV)).stdout) as Out;
    expect(plain.instances).toHaveLength(3 * 5 * 2);
    expect(plain.timeLimitSeconds).toBe(20);
    for (const p of plain.points) {
      for (const b of ['head-degree', 'head-max']) {
        const mine = plain.instances.filter((i) => i.k === p.k && i.bias === b);
        expect(mine.filter((i) => i.recovers === true).length).toBe(p.recovered[b]);
        expect(mine.filter((i) => !i.decided).length).toBe(p.undecided[b]);
      }
    }
    expect(plain.instances.every((i) => i.ms === undefined) && plain.wallMs === undefined).toBe(true);
    const timed = JSON.parse((await run(curveCommand, [...ARGV, '--timings'])).stdout) as Out;
    expect(timed.instances.every((i) => typeof i.ms === 'number' && i.ms >= 0)).toBe(true);
    expect(typeof timed.wallMs).toBe('number');
    expect(timed.instances.map(({ ms: _ms, ...rest }) => rest)).toEqual(plain.instances);
    expect(timed.points).toEqual(plain.points);
  });

  it('--time-limit must be a positive whole number of seconds', async () => {
    const r = await run(curveCommand, [...ARGV, '--time-limit', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('d = 4: an interrupted curve exits 3 and keeps its decided answers, each the same as without the interruption', async () => {
    const argv = ['--latents', '4', '--tasks-from', 'uniform', '--k', '1..3', '--samples', '3', '--seed', '2025', '--bias', 'head-degree,head-gf2', '--json'];
    const full = JSON.parse((await run(curveCommand, argv)).stdout) as Out;
    expect(full.aborted).toBe(false);
    expect(full.instances.every((i) => i.decided)).toBe(true);
    // abort after the first few answers
    const ctl = new AbortController();
    let seen = 0;
    const part = await identifiabilityCurve({
      d: 4,
      psi: identityMap(4),
      biases: ['head-degree', 'head-gf2'],
      group: 'signed-permutation',
      distribution: { kind: 'uniform' },
      kMax: 3,
      samples: 3,
      seed: 2025,
      signal: ctl.signal,
      onInstance: () => {
        if (++seen === 9) ctl.abort();
      },
    });
    expect(part.aborted).toBe(true);
    // the interrupted sample's partial answers are dropped: whole samples only
    expect(part.instances.length).toBe(8);
    for (const i of part.instances) expect(full.instances.find((f) => f.k === i.k && f.sample === i.sample && f.bias === i.bias)!.recovers).toBe(i.recovers);
    const ctl2 = new AbortController();
    ctl2.abort();
    const r = await run(curveCommand, argv, ctl2.signal);
    expect(r.code).toBe(3);
    expect((JSON.parse(r.stdout) as Out).aborted).toBe(true);
  });
});
