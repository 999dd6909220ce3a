/**
 * Help: every command has a page with its flags, their defaults and an example, and the flags it
 * shows are exactly the flags the command accepts (the command parses with the same spec).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flagDef, parseArgs } from '../../src/cli/args.js';
import { COMMAND_NAMES } from '../../src/cli/dispatch.js';
import { COMMAND_HELP, commandHelpText, helpFor } from '../../src/cli/help/index.js';
import { runCubecheck } from './fakeIo.js';

const UNKNOWN = '--zz-not-a-flag';

/** A shell line's words (single and double quotes; stops at a redirection). */
function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)) {
    if (m[3]?.startsWith('>')) break;
    out.push(m[1] ?? m[2] ?? m[3]!);
  }
  return out;
}

describe('cubecheck --help', () => {
  it('lists every command, and help exists for exactly the commands that dispatch knows', async () => {
    expect(COMMAND_HELP.map((h) => h.name).sort()).toEqual([...COMMAND_NAMES].sort());
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const r = await runCubecheck(argv);
      expect(r.code).toBe(0);
      for (const name of COMMAND_NAMES) expect(r.out).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
      expect(r.out).toContain('3 inconclusive or interrupted');
    }
  });
});

describe.each(COMMAND_HELP.map((h) => [h.name, h] as const))('cubecheck %s --help', (name, help) => {
  it('prints the same page as help <command>, with an example, exit 0', async () => {
    const a = await runCubecheck([name, '--help']);
    const b = await runCubecheck(['help', name]);
    const c = await runCubecheck([name, 'whatever', '-h']);
    expect(a.code).toBe(0);
    expect(a.out).toBe(commandHelpText(help));
    expect(b.out).toBe(a.out);
    expect(c.out).toBe(a.out);
    expect(a.out).toMatch(/^Examples?:\n {2}cubecheck /m);
    expect(help.examples.every((e) => e.startsWith(`${name}`))).toBe(true);
  });

  it('every example parses with the command\'s flags', () => {
    for (const e of help.examples) {
      const [command, ...argv] = words(e);
      expect(command).toBe(name);
      expect(() => parseArgs(argv, help.flags), e).not.toThrow();
    }
  });

  it('shows every flag the command accepts, with its description and default', () => {
    const text = commandHelpText(help);
    for (const [flag, def] of Object.entries(help.flags)) {
      expect(text).toMatch(new RegExp(`^ {2}--(\\[no-\\])?${flag.replace(/[+]/g, '\\+')}\\b`, 'm'));
      expect(def.description.length).toBeGreaterThan(5);
      if (def.default !== undefined) expect(text.replace(/\s+/g, ' ')).toContain(`(default: ${def.default})`);
    }
  });

  it('the command parses exactly these flags (each is accepted; an unknown one is refused by name)', async () => {
    for (const [flag, entry] of Object.entries(help.flags)) {
      const value = flagDef(entry).type === 'string' ? ['x'] : [];
      // the parser reads left to right: if the command did not know --flag it would be named first
      const r = await runCubecheck([name, `--${flag}`, ...value, UNKNOWN]);
      expect(r.code, `${name} --${flag}`).toBe(2);
      expect(r.err, `${name} --${flag}`).toContain(`unknown option ${UNKNOWN}`);
    }
  });

  it('the command file parses with this spec (no second, private flag list)', () => {
    const source = readFileSync(new URL(`../../src/cli/commands/${name}.ts`, import.meta.url), 'utf8');
    const constant = `${name.toUpperCase()}_HELP`;
    expect(source).toContain(`from '../help/${name}.js'`);
    expect(source).toMatch(new RegExp(`parseArgs\\(argv, (${constant}\\.flags|FLAGS)\\)`));
    if (!source.includes(`parseArgs(argv, ${constant}.flags)`)) expect(source).toContain(`const FLAGS = ${constant}.flags;`);
  });
});

describe('help for what does not exist', () => {
  it('help <unknown> exits 2 with a suggestion', async () => {
    const r = await runCubecheck(['help', 'chek']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("did you mean 'check'?");
    expect(helpFor('nope')).toBeUndefined();
  });

  it('--help after -- is a value, not a request for help', async () => {
    const r = await runCubecheck(['analyze', '--', '--help']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^cubecheck: /);
  });
});
