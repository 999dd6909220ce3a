/** The argument parser: node:util parseArgs behind a pre-pass that keeps mathematics positional. */
import { describe, expect, it } from 'vitest';
import { type FlagSpec, boolFlag, intFlag, parseArgs, stringFlag } from '../../src/cli/args.js';
import { editDistance, nearest } from '../../src/cli/suggest.js';
import { InputError } from '../../src/core/result.js';
import { runCubecheck } from './fakeIo.js';

const SPEC = {
  n: 'string',
  seed: { type: 'string', value: 'S' },
  json: 'boolean',
  progress: { type: 'boolean', negatable: true, values: ['text', 'json'] },
} as const satisfies FlagSpec;

const message = (argv: string[]): string => {
  try {
    parseArgs(argv, SPEC);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error(`no error for ${argv.join(' ')}`);
};

describe('parseArgs', () => {
  it('reads string and boolean flags, in both --name value and --name=value forms', () => {
    const a = parseArgs(['x1', '--n', '3', '--json', '--seed=7'], SPEC);
    expect(a.positionals).toEqual(['x1']);
    expect([stringFlag(a, 'n'), stringFlag(a, 'seed'), boolFlag(a, 'json')]).toEqual(['3', '7', true]);
    expect(intFlag(a, 'n', undefined)).toBe(3);
    expect(intFlag(parseArgs([], SPEC), 'n', 5)).toBe(5);
    expect(parseArgs([], SPEC).flags.json).toBeUndefined();
  });

  it('keeps an argument with a single leading dash positional: -x1, -1, -(x1*x2), and a lone -', () => {
    expect(parseArgs(['-x1'], SPEC).positionals).toEqual(['-x1']);
    expect(parseArgs(['-1', '--json'], SPEC).positionals).toEqual(['-1']);
    expect(parseArgs(['-(x1*x2)', '-'], SPEC).positionals).toEqual(['-(x1*x2)', '-']);
    expect(parseArgs(['-h1'], SPEC).positionals).toEqual(['-h1']);
  });

  it('treats everything after -- as positional, including --json', () => {
    const a = parseArgs(['--n', '2', '--', '-x1', '--json'], SPEC);
    expect(a.positionals).toEqual(['-x1', '--json']);
    expect(a.flags.json).toBeUndefined();
  });

  it('gives a string flag the next argument even when it starts with a dash (--seed -5)', () => {
    expect(stringFlag(parseArgs(['--seed', '-5'], SPEC), 'seed')).toBe('-5');
    expect(stringFlag(parseArgs(['--n', '-x1'], SPEC), 'n')).toBe('-x1');
  });

  it('refuses a missing value, also when the next argument is another known flag or --', () => {
    expect(message(['--n'])).toBe('option --n needs a value');
    expect(message(['--seed', '--json'])).toBe('option --seed needs a value (--seed S)');
    expect(message(['--n', '--'])).toBe('option --n needs a value');
  });

  it('suggests the nearest known flag for an unknown one', () => {
    expect(message(['--seeed', '3'])).toBe('unknown option --seeed; did you mean --seed?');
    expect(message(['--jsno'])).toBe('unknown option --jsno; did you mean --json?');
    expect(message(['--prog'])).toBe('unknown option --prog; did you mean --progress?');
    expect(message(['--frobnicate'])).toBe('unknown option --frobnicate (known: --n, --seed, --json, --progress)');
    expect(() => parseArgs(['--x'], {})).toThrow('unknown option --x (this command takes no options)');
  });

  it('refuses a value on a plain boolean flag, and --no- on a flag that is not negatable', () => {
    expect(message(['--json=yes'])).toBe("option --json takes no value, got '--json=yes'");
    expect(message(['--no-json'])).toMatch(/^unknown option --no-json/);
    expect(message(['--progress=fast'])).toBe("option --progress takes no value other than --progress=text or --progress=json, got '--progress=fast'");
  });

  it('reads --progress, --progress=json and --no-progress; the last one wins', () => {
    expect(parseArgs(['--progress'], SPEC).flags.progress).toBe(true);
    expect(parseArgs(['--progress=json'], SPEC).flags.progress).toBe('json');
    expect(parseArgs(['--no-progress'], SPEC).flags.progress).toBe(false);
    expect(parseArgs(['--progress=json', '--no-progress'], SPEC).flags.progress).toBe(false);
    expect(parseArgs(['--no-progress', '--progress'], SPEC).flags.progress).toBe(true);
    expect(parseArgs(['--n', '1', '--n', '2'], SPEC).flags.n).toBe('2');
  });

  it('accepts the old plain spec form unchanged (the API other commands call)', () => {
    const a = parseArgs(['--n', '3', 'f', '--json'], { n: 'string', json: 'boolean' });
    expect(a).toEqual({ positionals: ['f'], flags: { n: '3', json: true } });
  });

  it('intFlag refuses what is not a whole number in range, in one line', () => {
    const a = parseArgs(['--n', '-3'], SPEC);
    expect(() => intFlag(a, 'n', undefined)).toThrow("option --n needs a whole number, got '-3'");
    expect(() => intFlag(parseArgs(['--n', '99'], SPEC), 'n', undefined, 0, 24)).toThrow('option --n must be between 0 and 24, got 99');
    expect(() => intFlag(parseArgs(['--n', '9'.repeat(400)], SPEC), 'n', undefined)).toThrow(/needs a whole number, got '9{40}'$/);
  });
});

describe('did you mean', () => {
  it('edit distance counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('seed', 'seed')).toBe(0);
    expect(editDistance('seeed', 'seed')).toBe(1);
    expect(editDistance('sede', 'seed')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests only near names', () => {
    expect(nearest('chek', ['check', 'census'])).toBe('check');
    expect(nearest('cen', ['check', 'census'])).toBe('census');
    expect(nearest('zzzz', ['check', 'census'])).toBeNull();
  });
});

describe('expressions starting with - on the command line', () => {
  it("analyze '-x1' and analyze -- '-x1' both analyze the function -x1", async () => {
    for (const argv of [['analyze', '-x1', '--json'], ['analyze', '--json', '--', '-x1']]) {
      const r = await runCubecheck(argv);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out).values).toEqual(['-1', '1']);
    }
  });

  it('a check with a negative seed runs (the value is not taken for an option)', async () => {
    const r = await runCubecheck(['check', 'T4', '--n', '2', '--mode', 'random', '--runs', '5', '--seed', '-5']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('with seed -5');
  });

  it('an unknown flag of a command suggests the nearest one, exit 2, one line', async () => {
    const r = await runCubecheck(['check', 'T4', '--seeed', '3']);
    expect(r).toEqual({ code: 2, out: '', err: 'cubecheck: unknown option --seeed; did you mean --seed?\n' });
    const c = await runCubecheck(['chek', 'T4']);
    expect(c.code).toBe(2);
    expect(c.err).toBe("cubecheck: unknown command 'chek'; did you mean 'check'? (run 'cubecheck --help' for the list)\n");
  });
});
