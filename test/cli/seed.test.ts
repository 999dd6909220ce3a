/** --seed random: a seed is drawn and printed, and repeating the run with it gives the same result. */
import { describe, expect, it } from 'vitest';
import { INT32_SEEDS, UINT32_SEEDS, drawSeed, parseSeed } from '../../src/cli/seed.js';
import { InputError } from '../../src/core/result.js';
import { runCubecheck } from './fakeIo.js';

const drawn = (err: string, command: string): number => {
  const m = new RegExp(`^${command}: seed (\\d+) drawn at random \\(repeat the run with --seed \\1\\)$`, 'm').exec(err);
  expect(m, err).not.toBeNull();
  return Number(m![1]);
};

describe('parseSeed', () => {
  it('reads whole numbers in range and draws for random', () => {
    expect(parseSeed(undefined, INT32_SEEDS)).toBeUndefined();
    expect(parseSeed('-7', INT32_SEEDS)).toEqual({ seed: -7, drawn: false });
    expect(parseSeed(String(2 ** 32 - 1), UINT32_SEEDS)).toEqual({ seed: 2 ** 32 - 1, drawn: false });
    const r = parseSeed('random', INT32_SEEDS)!;
    expect(r.drawn).toBe(true);
    expect(Number.isSafeInteger(r.seed) && r.seed >= 0 && r.seed < 2 ** 31).toBe(true);
    for (const bad of ['x', '1.5', String(2 ** 31), '-1e3', '']) expect(() => parseSeed(bad, INT32_SEEDS)).toThrow(InputError);
    expect(() => parseSeed('-1', UINT32_SEEDS)).toThrow("option --seed needs a whole number in 0..4294967295 or 'random', got '-1'");
  });

  it('draws different seeds (two equal draws in a row have probability 2^-31)', () => {
    expect(new Set([drawSeed(), drawSeed(), drawSeed()]).size).toBeGreaterThan(1);
  });
});

describe('--seed random on the command line', () => {
  it('check: the drawn seed is printed, used, and reproduces the run', async () => {
    const argv = ['check', 'T4', '--n', '4', '--mode', 'random', '--runs', '20', '--json'];
    const a = await runCubecheck([...argv, '--seed', 'random']);
    expect(a.code).toBe(0);
    const seed = drawn(a.err, 'check');
    const first = JSON.parse(a.out) as { seed: number; cases: number };
    expect(first.seed).toBe(seed);
    const b = await runCubecheck([...argv, '--seed', String(seed)]);
    expect(b.err).toBe('');
    expect({ ...JSON.parse(b.out), elapsedMs: 0 }).toEqual({ ...first, elapsedMs: 0 });
  });

  it('check: a random run with the default seed prints that seed too', async () => {
    const r = await runCubecheck(['check', 'T4', '--n', '4', '--mode', 'random', '--runs', '20']);
    expect(r.out).toContain('with seed 42');
  });

  it('curve: the drawn seed is printed, and the same seed gives the same curve', async () => {
    const argv = ['curve', '--latents', '2', '--tasks-from', 'uniform', '--k', '1..2', '--samples', '10', '--json'];
    const a = await runCubecheck([...argv, '--seed', 'random']);
    expect(a.code).toBe(0);
    const seed = drawn(a.err, 'curve');
    expect(JSON.parse(a.out).seed).toBe(seed);
    const b = await runCubecheck([...argv, '--seed', String(seed)]);
    expect(b.out).toBe(a.out);
  });

  it('recover: a search prints its seed, drawn or given', async () => {
    const argv = ['recover', '--latents', '4', '--tasks', 'x1*x2; x3; x4', '--bias', 'head-max', '--method', 'search', '--evaluations', '200'];
    const a = await runCubecheck([...argv, '--seed', 'random']);
    expect(a.code).toBe(0);
    const seed = drawn(a.err, 'recover');
    expect(a.err).toContain(`seeded search, seed ${seed}`);
    const b = await runCubecheck([...argv, '--seed', String(seed)]);
    expect(b.out).toBe(a.out);
    expect((await runCubecheck(argv)).err).toContain('seeded search, seed 1 ');
  });
});
