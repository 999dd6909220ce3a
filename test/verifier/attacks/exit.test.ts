/**
 * Attack: `process.exit(0)` when the module is imported. The old verifier imported it in its own
 * process, which then ended with exit code 0 before printing a verdict for anything. Now the module
 * runs in a child without `process`; and a child that ends early is a failed check, never a verdict.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { verifyCommand } from '../../../src/cli/commands/verify.js';
import type { CommandIo } from '../../../src/cli/io.js';
import { removeTempDirs, tempDir } from '../helpers/files.js';
import { C1_TEXT, forgedC1Holds, put } from './forge.js';

afterAll(removeTempDirs);

describe('attack: process.exit(0) at import', () => {
  it('ends nothing but the module: verify exits 1 and says why', async () => {
    const dir = tempDir();
    put(dir, 'c1.json', forgedC1Holds(`process.exit(0);\n${C1_TEXT}`));
    put(dir, 'c1-global.json', forgedC1Holds(`(globalThis as { process?: { exit(c: number): void } }).process?.exit(0);\n${C1_TEXT}`));
    let out = '';
    const io = { stdout: (s: string) => void (out += s), stderr: () => undefined, signal: new AbortController().signal, cwd: dir, env: {} } as unknown as CommandIo;
    const code = await verifyCommand(['c1.json', 'c1-global.json', '--no-progress'], io);
    expect(code).toBe(1);
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^invalid c1\.json {2}claim\.sourceText cannot be loaded: it threw process is not defined \[ran the certificate's/);
    expect(lines[1]).toMatch(/^invalid c1-global\.json {2}evidence\.satisfied = 40320 but the re-enumeration finds \d+ \[ran/);
  });
});
