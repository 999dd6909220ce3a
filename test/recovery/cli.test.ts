import { describe, expect, it } from 'vitest';
import { recoverCommand } from '../../src/cli/commands/recover.js';
import { interpolateCommand } from '../../src/cli/commands/interpolate.js';
import { curveCommand } from '../../src/cli/commands/curve.js';
import { parseMap } from '../../src/expr/index.js';
import { isSignedPermutation } from '../../src/maps/signedPermutation.js';
import { run } from './cliHelpers.js';

const json = (s: string) => JSON.parse(s) as Record<string, unknown>;

describe('recover command', () => {
  it('S2 at d = 3 under head-degree: JSON with the fixed fields', async () => {
    const r = await run(recoverCommand, ['--latents', '3', '--tasks', 'x1; x2; x3', '--json']);
    expect(r.code).toBe(0);
    const o = json(r.stdout);
    expect(o).toMatchObject({ minimum: 3, minimizers: 48, recovers: true, witness: null, trueLatentsObjective: 3, exact: true, bias: 'head-degree', group: 'signed-permutation' });
  });

  it('head-gf2 gives a witness in map notation that parses back to a non-signed-permutation', async () => {
    const r = await run(recoverCommand, ['--latents', '3', '--tasks', 'x1; x2; x3', '--bias', 'head-gf2', '--json']);
    const o = json(r.stdout);
    expect(o.recovers).toBe(false);
    expect(o.minimizers).toBe(1344);
    const w = parseMap(o.witness as string);
    expect(w.ok && !isSignedPermutation(w.value)).toBe(true);
    const up = json((await run(recoverCommand, ['--latents', '3', '--tasks', 'x1; x2; x3', '--bias', 'head-gf2', '--up-to', 'gf2-affine', '--json'])).stdout);
    expect(up.recovers).toBe(true);
  });

  it('head-profile prints the minimum as exact rational strings', async () => {
    const o = json((await run(recoverCommand, ['--latents', '2', '--tasks', 'and(x1,x2)', '--bias', 'head-profile', '--json'])).stdout);
    expect(o.minimum).toEqual(['1/4', '1/2', '1/4']);
    expect(o.trueLatentsObjective).toEqual(['1/4', '1/2', '1/4']);
  });

  it('partial support by predicate and by points; thr keeps its ";" inside a task', async () => {
    const a = json((await run(recoverCommand, ['--latents', '2', '--tasks', 'x1; x2', '--support', 'not(and(x1,x2))', '--json'])).stdout);
    const b = json((await run(recoverCommand, ['--latents', '2', '--tasks', 'x1; x2', '--support', 'points:0,1,2', '--json'])).stdout);
    expect(a.support).toEqual([0, 1, 2]);
    expect(b).toEqual(a);
    const t = json((await run(recoverCommand, ['--latents', '3', '--tasks', 'thr(2; x1, x2, x3); x1', '--json'])).stdout);
    expect((t.tasks as string[]).length).toBe(2);
  });

  it('C3 counterexample at d = 2 through --psi', async () => {
    const o = json((await run(recoverCommand, ['--latents', '2', '--tasks', 'x1; x2', '--bias', 'head+rep', '--psi', 'x1*x2; x2', '--json'])).stdout);
    expect(o).toMatchObject({ minimum: 5, minimizers: 16, recovers: false, exact: true });
  });

  it('d = 4 goes to the theorem or the search and says which', async () => {
    const t = await run(recoverCommand, ['--latents', '4', '--tasks', 'x1; x2; x3; x4']);
    expect(t.stdout).toMatch(/minimisers: +384 of 20922789888000/);
    expect(t.stdout).toMatch(/theorem/);
    const s = await run(recoverCommand, ['--latents', '4', '--tasks', 'maj(x1,x2,x3); x1*x4', '--bias', 'head+rep', '--method', 'search', '--evaluations', '2000', '--json']);
    const o = json(s.stdout);
    expect((o.searched as { method: string }).method).toBe('search');
    expect(o.minimizers).toBeNull();
    // Without --method the exact tuple search answers (Boolean tasks, full support).
    const e = json((await run(recoverCommand, ['--latents', '4', '--tasks', 'thr(2; x1,x2,x3,x4); x1', '--json'])).stdout);
    expect(e).toMatchObject({ exact: true, minimum: 5, recovers: false });
    expect((e.searched as { method: string }).method).toBe('tuples');
    expect(e.minimizers).toBeGreaterThan(384);
  });

  it('readable text output', async () => {
    const r = await run(recoverCommand, ['--latents', '2', '--tasks', 'x1*x2']);
    expect(r.stdout).toMatch(/^recover: 2 latents, 1 task, bias head-degree/);
    expect(r.stdout).toMatch(/recovers: +no: a minimiser V is not a signed permutation/);
    expect(r.stdout).toMatch(/witness: +perm:/);
  });

  it.each([
    [['--latents', '2', '--tasks', 'x1', '--psi', 'x1; x1'], /psi is not a bijection: points 0 \(\+1,\+1\) and 2 \(\+1,-1\) both map to 0/],
    [['--latents', '2', '--tasks', 'x1; x3'], /task 2 'x3' uses x3, but there are only 2 latents/],
    [['--latents', '2', '--tasks', 'x1', '--support', 'and(x1, not(x1))'], /the support is empty/],
    [['--latents', '2', '--tasks', 'x1', '--support', 'points:'], /the support is empty/],
    [['--latents', '2', '--tasks', 'x1', '--bias', 'head-size'], /unknown bias 'head-size'/],
    [['--latents', '2', '--tasks', 'x1', '--up-to', 'rotations'], /unknown group 'rotations'/],
    [['--latents', '2', '--tasks', '(x1 + x2)/2', '--bias', 'head-gf2'], /head-gf2 needs Boolean/],
    [['--latents', '9', '--tasks', 'x1'], /--latents must be between 1 and 6/],
    [['--tasks', 'x1'], /needs --latents/],
    [['--latents', '2'], /needs --tasks/],
    [['--latents', '2', '--tasks', 'x1', '--support', 'points:0,4'], /support point 4 is not a point of C_2/],
    [['--latents', '2', '--tasks', 'x1', '--support', 'x1 + 1'], /\+-1-valued/],
    [['--latents', '4', '--tasks', 'x1', '--method', 'exhaustive'], /at most 3 latents/],
  ])('bad input %j is one line, exit 2', async (argv, message) => {
    const r = await run(recoverCommand, argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('interpolate command', () => {
  it('and(x1,x2) seen on {x1 = -1} interpolates as x2 (JSON)', async () => {
    const r = await run(interpolateCommand, ['and(x1,x2)', '--support', 'x1', '--json']);
    expect(r.code).toBe(0);
    const o = json(r.stdout);
    expect(o).toMatchObject({ n: 2, support: [1, 3], values: ['1', '1', '-1', '-1'], degree: 1, degreeProfile: ['0', '1', '0'] });
    expect(o.spectrum).toEqual([{ set: [2], coefficient: '1' }]);
    expect((o.gf2Extension as { degree: number }).degree).toBe(1);
  });

  it('T11 from the command line: x1*x2 + x3 on {x1 = +1} gives x2 + x3', async () => {
    const o = json((await run(interpolateCommand, ['x1*x2 + x3', '--support', 'not(x1)', '--json'])).stdout);
    expect(o.spectrum).toEqual([
      { set: [2], coefficient: '1' },
      { set: [3], coefficient: '1' },
    ]);
    expect(o.gf2Extension).toBeNull();
  });

  it('text output and errors', async () => {
    const r = await run(interpolateCommand, ['xor(x1,x2)', '--support', 'points:0,3']);
    expect(r.stdout).toMatch(/g = 1/);
    expect(r.stdout).toMatch(/degree: 0/);
    expect((await run(interpolateCommand, ['x1'])).stderr).toMatch(/needs --support/);
    expect((await run(interpolateCommand, ['x1', '--support', 'points:'])).code).toBe(2);
    expect((await run(interpolateCommand, ['x9', '--support', 'all'])).stderr).toMatch(/n <= 7/);
  });
});

describe('curve command', () => {
  it('deterministic for a seed; dictator-only tasks (parity:1) recover once all latents appear', async () => {
    const argv = ['--latents', '2', '--tasks-from', 'parity:1', '--k', '1..3', '--samples', '20', '--seed', '5', '--json'];
    const a = await run(curveCommand, argv);
    const b = await run(curveCommand, argv);
    expect(a.stdout).toBe(b.stdout);
    const o = json(a.stdout) as { points: { k: number; recovered: Record<string, number>; fraction: Record<string, string> }[] };
    expect(o.points.map((p) => p.k)).toEqual([1, 2, 3]);
    // one dictator never identifies d = 2 latents (S1)
    expect(o.points[0]!.recovered['head-degree']).toBe(0);
  });

  it('all biases, text table; bad distribution is an error', async () => {
    const r = await run(curveCommand, ['--latents', '2', '--tasks-from', 'uniform', '--k', '2', '--samples', '4', '--bias', 'all']);
    expect(r.stdout).toMatch(/head-profile/);
    expect(r.stdout.trim().split('\n')).toHaveLength(6);
    const bad = await run(curveCommand, ['--latents', '2', '--tasks-from', 'gaussian', '--k', '2', '--samples', '4']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown task distribution 'gaussian'/);
    expect((await run(curveCommand, ['--latents', '5', '--tasks-from', 'uniform', '--k', '2'])).code).toBe(2);
    expect((await run(curveCommand, ['--latents', '2', '--tasks-from', 'parity:3', '--k', '2'])).stderr).toMatch(/at most 2/);
  });
});
