/**
 * `canon` / `equivalent` on bijections under --group affine and `census --bijection-classes`
 * (src/cli/commands/canonMap.ts, censusBijections.ts): outputs re-checked from the printed
 * witness, exit codes 0 / 1 / 2 / 3, one-line errors.
 */
import { describe, expect, it } from 'vitest';
import { composePerm } from '../../src/equivalence/affineGroup.js';
import { runCubecheck } from './fakeIo.js';

const PRESENT = 'perm:12,5,6,11,9,0,10,13,3,14,15,8,4,7,1,2';
const table = (perm: string): number[] => perm.slice('perm:'.length).split(',').map(Number);

describe('canon on maps', () => {
  it('prints a representative and a witness with A o T o B = R (JSON), and text naming both', async () => {
    const c = await runCubecheck(['canon', PRESENT, '--json']);
    expect(c.code).toBe(0);
    const j = JSON.parse(c.out);
    expect([j.n, j.group, j.groupOrder, j.selfEquivalences, j.classSize]).toEqual([4, 'affine', 322560, 4, '26011238400']);
    const r = composePerm(table(j.witness.outer.table), composePerm(table(PRESENT), table(j.witness.inner.table)));
    expect(`perm:${Array.from(r).join(',')}`).toBe(j.representative);
    expect(j.witness.outer.matrix).toHaveLength(4);
    const text = await runCubecheck(['canon', PRESENT, '--group', 'affine']);
    expect(text.out).toMatch(/representative R: perm:0,1,2,3,/);
    expect(text.out).toMatch(/witness A: perm:.* \(y = L x \+ c, L rows [01]{4} /);
  });
  it('coordinate lists are maps too; bad maps are one line and exit 2', async () => {
    expect((await runCubecheck(['canon', 'x2; x1'])).out).toMatch(/representative R: perm:0,1,2,3/);
    for (const [argv, msg] of [
      [['canon', 'perm:0,1,2,2'], /not a bijection/],
      [['canon', 'perm:0,1,3,2', '--group', 'npn'], /--group affine/],
      [['canon', 'perm:0,1,2'], /power of two/],
      [['equivalent', 'perm:0,1,3,2', 'perm:0,1,2,3,4,5,6,7'], /C_2 but g one of C_3|entries/],
    ] as const) {
      const r = await runCubecheck([...argv]);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(msg);
    }
  });
});

describe('equivalent on maps', () => {
  it('finds g = A o f o B and prints a witness that reproduces g', async () => {
    const a = [10, 11, 14, 15, 4, 5, 0, 1, 3, 2, 7, 6, 13, 12, 9, 8];
    const b = [2, 13, 4, 11, 12, 3, 10, 5, 1, 14, 7, 8, 15, 0, 9, 6];
    const g = composePerm(a, composePerm(table(PRESENT), b));
    const r = await runCubecheck(['equivalent', PRESENT, `perm:${Array.from(g).join(',')}`, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.equivalent).toBe(true);
    const again = composePerm(table(j.witness.outer.table), composePerm(table(PRESENT), table(j.witness.inner.table)));
    expect(Array.from(again)).toEqual(Array.from(g));
  });
  it('says why not: the first differing invariant, exit 1', async () => {
    const r = await runCubecheck(['equivalent', PRESENT, 'perm:0,1,2,3,4,5,6,7,8,9,10,11,12,13,15,14']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/not equivalent under affine: the GF\(2\) degrees of the nonzero components differ \(f: 2\^3 3\^12; g: 1\^7 3\^8\)/);
  });
});

describe('census --bijection-classes', () => {
  it('n = 3: 4 classes with sizes and measures (JSON), n = 4: 302 classes, 16 optimal (text)', async () => {
    const r = await runCubecheck(['census', '--bijection-classes', '--n', '3', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect([j.classes, j.totalBijections]).toEqual([4, '40320']);
    expect(j.rows.map((row: { size: number }) => row.size)).toEqual([1344, 9408, 18816, 10752]);
    const t = await runCubecheck(['census', '--bijection-classes', '--n', '4']);
    expect(t.out).toMatch(/302 classes, 16 optimal \(DU 4, linearity 8\); sizes sum to 20922789888000/);
    expect(t.out.trim().split('\n')).toHaveLength(3 + 302);
  });
  it('refuses n = 5 and the engine flags in one line, exit 2', async () => {
    for (const argv of [['--n', '5'], ['--n', '4', '--workers', '2']]) {
      const r = await runCubecheck(['census', '--bijection-classes', ...argv]);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });
});
