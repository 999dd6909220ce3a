/**
 * The exact tuple search hands the event loop a turn every few milliseconds (exact/drive.ts), so an
 * abort (Ctrl-C, SIGTERM) stops a long search at once instead of at the time limit: it answers
 * null (not exact), and `recover` exits 3 with the search's "interrupted" answer. The searches
 * below would run for minutes (8 random tasks under head+rep at d = 4); the tests abort them from
 * a timer, which can fire only because the search yields, and give them an hour's time limit.
 */
import { describe, expect, it } from 'vitest';
import { recoverCommand } from '../../src/cli/commands/recover.js';
import { fromSignBits } from '../../src/core/cubeFunction.js';
import { CompatibleCodes, forEachCompatible } from '../../src/recovery/exact/compatibleCodes.js';
import { recoverByTuples, recoverByTuplesAsync } from '../../src/recovery/exact/exactRecovery.js';
import { identityMap } from '../../src/maps/boolMap.js';
import type { RecoveryProblem } from '../../src/recovery/types.js';
import { makeRng } from '../../src/recovery/rng.js';
import { run } from './cliHelpers.js';

const HOUR = 3_600_000;
const TASKS = 'xor(and(x1,x2),x3,x4); or(and(x1,x2),x3); maj(x2,x3,x4); x1*x2*x3; thr(2; x1,x2,x3,x4); xor(and(x1,x4),and(x2,x3)); x3*x4; xor(x1,and(x2,x4))';

function hardProblem(): RecoveryProblem {
  const rng = makeRng(7);
  const tasks = Array.from({ length: 8 }, () => {
    const bits = Array.from({ length: 16 }, () => rng.next() & 1);
    return fromSignBits(4, (x) => bits[x] === 1);
  });
  return { d: 4, psi: identityMap(4), tasks, bias: 'head+rep', group: 'signed-permutation', support: null };
}

describe('interrupting the exact tuple search', () => {
  it('an abort stops a long head+rep search within its first slice and answers null (not exact)', async () => {
    const ctl = new AbortController();
    let fired = false;
    setTimeout(() => {
      fired = true;
      ctl.abort();
    }, 50);
    const out = await recoverByTuplesAsync(hardProblem(), ctl.signal, Date.now() + HOUR);
    expect(fired).toBe(true);
    expect(out).toBeNull();
  });

  it('an already aborted signal stops the synchronous search too', () => {
    const ctl = new AbortController();
    ctl.abort();
    expect(recoverByTuples(hardProblem(), ctl.signal, Date.now() + HOUR)).toBeNull();
  });

  it('the async driver gives the same answers as the synchronous one', async () => {
    const p: RecoveryProblem = { ...hardProblem(), bias: 'head-degree', tasks: hardProblem().tasks.slice(0, 3) };
    const a = recoverByTuples(p)!;
    const b = (await recoverByTuplesAsync(p))!;
    expect(b.minimum).toEqual(a.minimum);
    expect(b.minimizers).toBe(a.minimizers);
    expect(b.recovers).toBe(a.recovers);
    expect(Array.from(b.best)).toEqual(Array.from(a.best));
  });

  it('recover --method tuples, interrupted: exit 3, not exact, at once despite --time-limit 3600', async () => {
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(), 100);
    const r = await run(recoverCommand, ['--latents', '4', '--tasks', TASKS, '--bias', 'head+rep', '--method', 'tuples', '--time-limit', '3600', '--json'], ctl.signal);
    expect(r.code).toBe(3);
    const o = JSON.parse(r.stdout) as { exact: boolean; searched: { aborted: boolean; method: string; proof: string } };
    expect(o.exact).toBe(false);
    expect(o.searched.aborted).toBe(true);
    expect(o.searched.method).toBe('search');
    expect(o.searched.proof).toContain('interrupted');
  });
});

describe('CompatibleCodes (the iterative enumerator) = forEachCompatible (the recursive one)', () => {
  it('same codes in the same order on random class splits', () => {
    const rng = makeRng(11);
    for (let trial = 0; trial < 200; trial++) {
      // Random partition of 16 points into up to 4 classes, random targets (some infeasible).
      const classes = [0, 0, 0, 0];
      for (let x = 0; x < 16; x++) classes[rng.below(4)]! |= 1 << x;
      const xs = classes.filter((m) => m !== 0);
      const targets = xs.map((m) => rng.below(popcount(m) + 2));
      const slow: number[] = [];
      forEachCompatible(xs, targets, (g) => (slow.push(g), false));
      const fast: number[] = [];
      const it = new CompatibleCodes(xs, targets);
      for (let g = it.next(); g !== -1; g = it.next()) fast.push(g);
      expect(fast).toEqual(slow);
    }
  });
});

function popcount(m: number): number {
  let c = 0;
  for (; m !== 0; m &= m - 1) c++;
  return c;
}
