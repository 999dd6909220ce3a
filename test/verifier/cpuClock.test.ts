/** The child's CPU clock (Linux /proc): it grows with work, not with waiting, and is null for no process. */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { childCpuMs } from '../../src/verifier/isolate/cpuClock.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(process.platform !== 'linux')('childCpuMs', () => {
  it('counts a busy child and not a sleeping one; null once it is gone', async () => {
    const busy = spawn(process.execPath, ['-e', 'const t = Date.now(); while (Date.now() - t < 4000) {}']);
    const idle = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 4000)']);
    await wait(1000);
    const busy0 = childCpuMs(busy.pid!)!;
    const idle0 = childCpuMs(idle.pid!)!;
    await wait(1500);
    const busyGain = childCpuMs(busy.pid!)! - busy0;
    const idleGain = childCpuMs(idle.pid!)! - idle0;
    busy.kill('SIGKILL');
    idle.kill('SIGKILL');
    await Promise.all([new Promise((r) => busy.on('exit', r)), new Promise((r) => idle.on('exit', r))]);
    expect(busyGain).toBeGreaterThanOrEqual(200); // at least a share of one core, even on a loaded machine
    expect(idleGain).toBeLessThan(busyGain);
    expect(idleGain).toBeLessThanOrEqual(150);
    expect(childCpuMs(busy.pid!)).toBeNull();
  });
});
