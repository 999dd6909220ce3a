/**
 * Attack: two certificates verified in one call, the first one's predicate overwriting the
 * kernel's degree (`k.degree = () => 0`), so that the second, a forged C1 "holds", passes (with
 * degree 0 everywhere its inequality is 0 <= 0). The old verifier handed every predicate the same
 * mutable kernel object in its own process. Now each certificate gets a fresh child process with a
 * fresh, frozen kernel: the overwrite does not even reach the first certificate's own later cases.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyCommand } from '../../../src/cli/commands/verify.js';
import type { CommandIo } from '../../../src/cli/io.js';
import { removeTempDirs, tempDir } from '../helpers/files.js';
import { C1_TEXT, closedHolds, closedModule, forgedC1Holds, put } from './forge.js';

afterAll(removeTempDirs);

async function run(dir: string, files: readonly string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const io = { stdout: (s: string) => void (out += s), stderr: () => undefined, signal: new AbortController().signal, cwd: dir, env: {} } as unknown as CommandIo;
  const code = await verifyCommand([...files, '--no-progress'], io);
  return { code, out };
}

describe('attack: one certificate changes the kernel for the next', () => {
  it('the overwrite of k.degree stays in its own process; the forged C1 is invalid', async () => {
    const dir = tempDir();
    const evil = closedModule('overwrites-degree', '    try { (k as { degree: unknown }).degree = () => 0; } catch {}\n    return true;');
    put(dir, 'a.json', closedHolds(evil, 'overwrites-degree'));
    put(dir, 'b.json', forgedC1Holds());
    const { code, out } = await run(dir, ['a.json', 'b.json']);
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^valid {3}a\.json {2}overwrites-degree holds on n = 2/);
    expect(lines[1]).toMatch(/^invalid b\.json {2}evidence\.satisfied = 40320 but the re-enumeration finds \d+ \[ran the certificate's embedded TypeScript predicate in an isolated process\]$/);
    expect(code).toBe(1);
  });

  it('and within one certificate the kernel a predicate sees is frozen', async () => {
    const text = C1_TEXT.replace('const inverse = k.inverse(T);', 'try { (k as { degree: unknown }).degree = () => 0; } catch {}\n    const inverse = k.inverse(T);');
    const dir = tempDir();
    put(dir, 'c1.json', forgedC1Holds(text));
    expect((await run(dir, ['c1.json'])).out).toMatch(/^invalid c1\.json {2}evidence\.satisfied = 40320 but the re-enumeration finds/);
  });
});
