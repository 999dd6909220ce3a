/**
 * Files named on the command line that are not regular files (FIFOs, devices, directories) are
 * refused with one line instead of hanging, and reads are bounded. Writes to a directory, under a
 * file, or to an unwritable place are bad input (exit 2), not internal errors.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { censusCommand } from '../../src/cli/commands/census.js';
import { mergeCommand } from '../../src/cli/commands/merge.js';
import { runCli } from '../../src/cli/dispatch.js';
import { InputError } from '../../src/core/result.js';
import { readRegularText } from '../../src/fs/readRegularFile.js';
import { writeFileAtomic } from '../../src/fs/writeFileAtomic.js';
import { fakeIo } from '../cli/fakeIo.js';
import { MODULES_DIR } from '../fixtures/catalogueModules.js';

const T4_FILE = join(MODULES_DIR, 'T4-gf2-degree-le-degree.ts');

const dir = mkdtempSync(join(tmpdir(), 'cubecheck-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fifo = join(dir, 'pipe');
execFileSync('mkfifo', [fifo]);

describe('bounded regular-file reading', () => {
  it('refuses a FIFO, a device and a directory at once (no writer is waited for)', async () => {
    await expect(readRegularText(fifo)).rejects.toThrow(/is a FIFO \(named pipe\), not a regular file/);
    await expect(readRegularText('/dev/zero')).rejects.toThrow(/is a device, not a regular file/);
    await expect(readRegularText(dir)).rejects.toThrow(/is a directory, not a regular file/);
    await expect(readRegularText(join(dir, 'none'))).rejects.toThrow(/no such file/);
  });

  it('refuses a file over the limit with a message naming the limit', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, 'x'.repeat(5000));
    await expect(readRegularText(big, { maxBytes: 4096 })).rejects.toThrow(/has 5000 bytes, more than the limit of 4 KiB/);
    expect((await readRegularText(big, { maxBytes: 5000 })).length).toBe(5000);
  });

  it('census --checkpoint FIFO and --resume from a FIFO are refused', async () => {
    for (const extra of [[], ['--resume']]) {
      const run = censusCommand(['--n', '2', '--workers', '0', '--checkpoint', fifo, ...extra], fakeIo().io);
      await expect(run).rejects.toThrow(/checkpoint .*pipe: it is a FIFO/);
    }
  });

  it('merge FIFO is refused (census partials and certificates alike)', async () => {
    await expect(mergeCommand([fifo], fakeIo().io)).rejects.toThrow(InputError);
    await expect(mergeCommand([fifo], fakeIo().io)).rejects.toThrow(/is a FIFO/);
  });
});

describe('writing to places that cannot be written is bad input', () => {
  it('a directory, a path under a file, an unwritable directory: one line, InputError', async () => {
    writeFileSync(join(dir, 'afile'), 'x');
    await expect(writeFileAtomic(dir, 'x')).rejects.toThrow(/cannot write .*: it is a directory/);
    await expect(writeFileAtomic(join(dir, 'afile', 'x.json'), 'x')).rejects.toThrow(InputError);
    await expect(writeFileAtomic('/proc/cubecheck-x.json', 'x')).rejects.toThrow(InputError);
  });

  it('check --cert DIR and merge --out DIR exit 2 with one line', async () => {
    const f = fakeIo('', { cwd: dir });
    expect(await runCli(['check', T4_FILE, '--n', '2', '--cert', dir], f.io)).toBe(2);
    expect(f.err()).toMatch(/^cubecheck: cannot write .*: it is a directory[^\n]*\n$/);
    const g = fakeIo('', { cwd: dir });
    expect(await runCli(['check', T4_FILE, '--n', '2', '--cert', join(dir, 'afile', 'c.json')], g.io)).toBe(2);
    expect(g.err()).toMatch(/^cubecheck: cannot write .*\n$/);
  });
});
