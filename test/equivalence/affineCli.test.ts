/** `canon` and `equivalent` with --group affine | ea | agl: the printed witness does what it says. */
import { describe, expect, it } from 'vitest';
import { actTable, tableOf } from '../../src/equivalence/affineElement.js';
import { parseFunction } from '../../src/expr/index.js';
import { runCubecheck } from '../cli/fakeIo.js';

function table(text: string, n: number): number {
  const p = parseFunction(text, { n });
  if (!p.ok) throw new Error(p.error.message);
  return tableOf(Array.from(p.value.numerators as ArrayLike<number>, Number));
}

function elementOf(w: { matrix: number[][]; translation: number[]; linear: number[]; complement: boolean }) {
  const n = w.matrix.length;
  return {
    cols: Array.from({ length: n }, (_, j) => w.matrix.reduce((acc, row, i) => acc | (row[j]! << i), 0)),
    translation: w.translation.reduce((acc, b, i) => acc | (b << i), 0),
    linear: w.linear.reduce((acc, i) => acc | (1 << (i - 1)), 0),
    constant: (w.complement ? 1 : 0) as 0 | 1,
  };
}

describe('canon --group affine|ea', () => {
  it('prints a representative its witness reaches, and the class size', async () => {
    for (const group of ['affine', 'ea', 'agl']) {
      const r = await runCubecheck(['canon', 'maj(x1,x2,x3,x4,x5)', '--group', group, '--json']);
      expect(r.code, r.err).toBe(0);
      const j = JSON.parse(r.out);
      expect(actTable(table('maj(x1,x2,x3,x4,x5)', 5), 5, elementOf(j.witness))).toBe(table(j.representative, 5));
    }
    const text = await runCubecheck(['canon', 'and(x1,x2)', '--group', 'ea']);
    // on 2 variables the EA classes are the 8 affine functions and the 8 of odd weight: |EA| = 24 * 8 = 192
    expect(text.out).toMatch(/class size: 8 \(stabilizer of f: 24 elements\)/);
  });
  it('equivalent prints a witness taking f to g (exit 0) or the two forms (exit 1)', async () => {
    const yes = await runCubecheck(['equivalent', 'maj(x1,x2,x3)', 'and(x1,x2)', '--group', 'ea', '--json']);
    expect(yes.code).toBe(0);
    const j = JSON.parse(yes.out);
    expect(actTable(table('maj(x1,x2,x3)', 3), 3, elementOf(j.witness))).toBe(table('and(x1,x2)', 3));
    const no = await runCubecheck(['equivalent', 'maj(x1,x2,x3)', 'and(x1,x2)', '--group', 'affine']);
    expect(no.code).toBe(1);
    expect(no.out).toMatch(/^not equivalent under affine: the canonical forms differ/);
  });
  it('n > 5 and unknown groups are one-line errors, exit 2', async () => {
    for (const args of [['canon', 'x1*x6', '--group', 'ea'], ['equivalent', 'x1', 'x6', '--group', 'affine'], ['canon', 'x1', '--group', 'affne']]) {
      const r = await runCubecheck(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });
});
