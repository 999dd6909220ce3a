import { describe, expect, it } from 'vitest';
import { uiCommand } from '../../src/cli/commands/ui.js';
import { InputError } from '../../src/core/result.js';
import { fakeIo } from '../cli/fakeIo.js';

describe('cubecheck ui', () => {
  it('needs a terminal: without one it is bad input (exit 2 through dispatch), with a clear message', async () => {
    const rec = fakeIo('', { isTTY: false });
    await expect(uiCommand([], rec.io)).rejects.toThrow(InputError);
    await expect(uiCommand([], rec.io)).rejects.toThrow('the interactive UI needs a terminal');
    expect(rec.out()).toBe('');
  });

  it('takes no arguments and no unknown options', async () => {
    const rec = fakeIo('', { isTTY: true });
    await expect(uiCommand(['T4'], rec.io)).rejects.toThrow("ui takes no arguments, got 'T4'");
    await expect(uiCommand(['--colour'], rec.io)).rejects.toThrow(/unknown option --colour/);
  });
});
