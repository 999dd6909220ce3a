/**
 * From the command line: `check '<formula>' --cert FILE` and `check F.claims --cert DIR` write
 * formula certificates that `verify` accepts, saying it ran no foreign code, wherever the files
 * are moved; a tampered one is invalid (exit 1).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCubecheck } from '../../cli/fakeIo.js';
import { removeTempDirs, tempDir } from '../helpers/files.js';

afterAll(removeTempDirs);
const claimsFile = resolve('examples/claims.claims');

describe('formula certificates from the CLI', () => {
  it("check '<formula>' --cert FILE, then verify elsewhere", async () => {
    const dir = tempDir();
    const made = await runCubecheck(['check', 'forall T in bijections(3): maxdeg(inv(T)) <= maxdeg(T)', '--cert', 'c1.json'], { cwd: dir });
    expect([made.code, made.out.includes('certificate: c1.json')]).toEqual([1, true]);
    mkdirSync(join(dir, 'far', 'away'), { recursive: true });
    copyFileSync(join(dir, 'c1.json'), join(dir, 'far', 'away', 'moved.json'));
    const v = await runCubecheck(['verify', 'far/away/moved.json'], { cwd: dir });
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/^valid {3}far\/away\/moved\.json {2}formula refuted on n = 3 \(counterexample T = perm:0,1,2,4,5,3,7,6\); the verifier parsed and evaluated the formula itself \[no foreign code\]/);
  });

  it('check F.claims --cert DIR: one certificate per claim, DIR/<id>.json', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const r = await runCubecheck(['check', claimsFile, '--cert', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    const names = readdirSync(join(dir, 'out')).sort();
    expect(names).toEqual(['C1.json', 'bent-quadratic.json', 'huang.json', 'sens-ge-deg.json']);
    const v = await runCubecheck(['verify', ...names.map((n) => `out/${n}`)], { cwd: dir });
    expect(v.code).toBe(0);
    expect(v.out.match(/\[no foreign code\]/g)).toHaveLength(4);
    // one claim of the file: --cert is the file
    const one = await runCubecheck(['check', claimsFile, 'C1', '--cert', 'one.json'], { cwd: dir });
    expect([one.code, existsSync(join(dir, 'one.json'))]).toEqual([1, true]);
  });

  it('check --shard i/N --cert, merge, verify', async () => {
    const dir = tempDir();
    for (const i of [1, 2, 3]) {
      const r = await runCubecheck(['check', 'forall f in boolean(3): deg(f) <= 3', '--mode', 'exhaustive', '--shard', `${i}/3`, '--cert', `s${i}.json`], { cwd: dir });
      expect(r.code).toBe(0);
    }
    const m = await runCubecheck(['merge', 's3.json', 's1.json', 's2.json', '--out', 'm.json'], { cwd: dir });
    expect(m.code).toBe(0);
    const v = await runCubecheck(['verify', 'm.json'], { cwd: dir });
    expect([v.code, v.out]).toEqual([0, 'valid   m.json  formula holds on n = 3 (exhaustive in 3 slices, 256 cases); the verifier parsed and evaluated the formula itself [no foreign code]\n']);
  });

  it('a tampered formula certificate is invalid, exit 1', async () => {
    const dir = tempDir();
    await runCubecheck(['check', 'forall f in boolean(2): deg(f) <= 2', '--cert', 'c.json'], { cwd: dir });
    const cert = JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8')) as { claim: { formula: string } };
    cert.claim.formula = 'forall f in boolean(2): deg(f) <= 1';
    writeFileSync(join(dir, 't.json'), JSON.stringify(cert));
    const v = await runCubecheck(['verify', 't.json'], { cwd: dir });
    expect([v.code, v.out]).toEqual([1, 'invalid t.json  integrity hash mismatch [no foreign code]\n']);
  });
});
