/** `census --classes`: tables at n <= 4, Burnside counts at n = 5, one-line errors. */
import { describe, expect, it } from 'vitest';
import { runCubecheck } from '../cli/fakeIo.js';

describe('census --classes', () => {
  it('prints the class table at n <= 4 (JSON rows add up to 2^(2^n)) and the count at n = 5', async () => {
    const r = await runCubecheck(['census', '--classes', 'ea', '--n', '4', '--json']);
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.classes).toBe('8');
    expect(j.rows.reduce((acc: number, row: { size: number }) => acc + row.size, 0)).toBe(65536);
    expect(j.rows.find((row: { nonlinearity: number }) => row.nonlinearity === 6)).toMatchObject({ size: 896, gf2Degree: 2 });
    const text = await runCubecheck(['census', '--classes', 'npn', '--n', '3']);
    expect(text.out).toMatch(/under npn \(96 elements\): 14 \(orbit enumeration\)/);
    const five = await runCubecheck(['census', '--classes', 'ea,agl', '--n', '5', '--json']);
    expect(JSON.parse(five.out).map((x: { classes: string }) => x.classes)).toEqual(['48', '382']);
  });
  it('bad groups, n = 6 and engine flags are one-line errors with exit 2', async () => {
    for (const args of [['census', '--classes', 'xyz', '--n', '3'], ['census', '--classes', 'ea', '--n', '6'], ['census', '--classes', 'ea', '--n', '3', '--joint']]) {
      const r = await runCubecheck(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });
});
