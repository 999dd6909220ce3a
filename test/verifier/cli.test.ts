import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyCommand } from '../../src/cli/commands/verify.js';
import type { CommandIo } from '../../src/cli/io.js';
import { catalog } from './helpers/catalog.js';
import { removeTempDirs, tempDir, writeCertificate } from './helpers/files.js';

afterAll(removeTempDirs);

const dir = tempDir();
writeCertificate(dir, 'ok.json', catalog[0]!.cert);
writeCertificate(dir, 'witness.json', catalog.find((e) => e.name.startsWith('bent witness'))!.cert);
writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...catalog[0]!.cert, verdict: 'refuted' }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CommandIo = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    readStdin: async () => '',
    isTTY: false,
    signal: new AbortController().signal,
    cwd: dir,
    env: {},
  };
  const code = await verifyCommand(argv, io);
  return { code, out, err };
}

describe('cubecheck verify', () => {
  it('prints one line per valid file and exits 0', async () => {
    expect(await run('ok.json', 'witness.json')).toEqual({
      code: 0,
      out:
        "valid   ok.json  vf-gf2-le-deg holds on n = 3 (exhaustive, 256 cases) [ran the certificate's embedded TypeScript predicate in an isolated process]\n" +
        "valid   witness.json  vf-bent-exists holds on n = 2 (witness f = hex:1) [ran the certificate's embedded TypeScript predicate in an isolated process]\n",
      err: '',
    });
  });

  it('exits 1 when a file is invalid, 2 when one is unreadable (2 wins)', async () => {
    const one = await run('ok.json', 'bad.json');
    expect(one.code).toBe(1);
    expect(one.out.split('\n')[1]).toBe('invalid bad.json  integrity hash mismatch [no foreign code]');
    const two = await run('bad.json', 'missing.json', 'ok.json');
    expect(two.code).toBe(2);
    expect(two.out.split('\n').map((l) => l.split(' ')[0])).toEqual(['invalid', 'unreadable', 'valid', '']);
  });

  it('writes a JSON array with --json', async () => {
    const { code, out } = await run('--json', 'ok.json', 'missing.json');
    expect(code).toBe(2);
    const parsed = JSON.parse(out) as { file: string; status: string }[];
    expect(parsed.map((r) => [r.file, r.status])).toEqual([['ok.json', 'valid'], ['missing.json', 'unreadable']]);
    expect(parsed[0]).toMatchObject({ summary: 'vf-gf2-le-deg holds on n = 3 (exhaustive, 256 cases)' });
  });

  it('treats no files or an unknown option as bad input, with one line on stderr', async () => {
    for (const argv of [[], ['--json'], ['--strict', 'ok.json']]) {
      const { code, out, err } = await run(...argv);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});
