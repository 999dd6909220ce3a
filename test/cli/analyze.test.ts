import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/dispatch.js';
import { MEASURES, MEASURE_IDS } from '../../src/vocabulary/measures/index.js';
import { MAP_MEASURES, MAP_MEASURE_IDS } from '../../src/vocabulary/maps/index.js';
import { fakeIo } from './fakeIo.js';

async function run(args: string[], stdin = '') {
  const rec = fakeIo(stdin);
  const code = await runCli(args, rec.io);
  return { code, out: rec.out(), err: rec.err() };
}

const FIELDS = [
  'n', 'boolean', 'values', 'spectrum', 'degree', 'gf2Degree', 'degreeProfile', 'totalInfluence',
  'influences', 'relevantVariables', 'balanced', 'bent', 'anf', 'noiseStability',
];

describe('cubecheck analyze', () => {
  it('reports and(x1,x2) exactly as docs/math.md states it', async () => {
    const { code, out } = await run(['analyze', 'and(x1,x2)', '--json']);
    expect(code).toBe(0);
    const j = JSON.parse(out);
    // The documented fields first, in this order; then every other registered measure.
    const rest = MEASURE_IDS.filter((id) => !FIELDS.includes(id) && !MEASURES[id].listing);
    expect(Object.keys(j)).toEqual([...FIELDS, ...rest]);
    expect(rest).toContain('sparsity');
    expect(j.n).toBe(2);
    expect(j.values).toEqual(['1', '1', '1', '-1']);
    expect(j.spectrum).toEqual([
      { set: [], coefficient: '1/2' },
      { set: [1], coefficient: '1/2' },
      { set: [2], coefficient: '1/2' },
      { set: [1, 2], coefficient: '-1/2' },
    ]);
    expect([j.degree, j.gf2Degree]).toEqual([2, 2]);
    expect(j.degreeProfile).toEqual(['1/4', '1/2', '1/4']);
    expect(j.totalInfluence).toBe('1');
    expect(j.anf).toEqual([[1, 2]]);
    expect(j.bent).toBe(true);
    expect(j.balanced).toBe(false);
  });

  it('gives hex:6 = x1*x2 the same analysis as the expression', async () => {
    const a = await run(['analyze', 'hex:6', '--json']);
    const b = await run(['analyze', 'x1*x2', '--json']);
    expect(a.out).toBe(b.out);
    expect(JSON.parse(a.out).spectrum).toEqual([{ set: [1, 2], coefficient: '1' }]);
  });

  it('handles real-valued functions: null gf2 degree and anf, exact fractions', async () => {
    const j = JSON.parse((await run(['analyze', 'x1/2 + 1/3', '--json'])).out);
    expect(j.boolean).toBe(false);
    expect(j.gf2Degree).toBeNull();
    expect(j.anf).toBeNull();
    expect(j.values).toEqual(['5/6', '-1/6']);
    expect(j.degreeProfile).toEqual(['1/9', '1/4']);
  });

  it('gives degree null for the zero function and gf2Degree null for f = +1', async () => {
    expect(JSON.parse((await run(['analyze', '0', '--n', '2', '--json'])).out).degree).toBeNull();
    const one = JSON.parse((await run(['analyze', '1', '--n', '2', '--json'])).out);
    expect([one.degree, one.gf2Degree]).toEqual([0, null]);
  });

  it('extends to --n variables', async () => {
    const j = JSON.parse((await run(['analyze', 'x1', '--n', '3', '--json'])).out);
    expect(j.n).toBe(3);
    expect(j.relevantVariables).toEqual([1]);
  });

  it('reads --stdin line by line and reports bad lines without stopping', async () => {
    const { code, out } = await run(['analyze', '--stdin'], 'x1\n\nmaj(x1,x2,x3)\nand(x1\n');
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].n).toBe(1);
    expect(lines[1].degree).toBe(3);
    expect(lines[2]).toEqual({ line: 4, error: expect.stringMatching(/^column 7: /) });
    expect(code).toBe(2);
  });

  it('rejects bad input with one line and exit 2', async () => {
    for (const args of [['analyze', 'and(x1,'], ['analyze'], ['analyze', 'x1', '--n', '25'], ['analyze', 'x25'], ['analyze', 'x1', '--bogus']]) {
      const { code, err, out } = await run(args);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toMatch(/^cubecheck: /);
    }
  });

  it('prints readable text with the spectrum by level', async () => {
    const { out } = await run(['analyze', 'maj(x1,x2,x3)']);
    expect(out).toContain('level 1: fhat({1}) = 1/2');
    expect(out).toContain('level 3: fhat({1,2,3}) = -1/2');
    expect(out).toContain('f = 1/2 x1 + 1/2 x2 + 1/2 x3 - 1/2 x1x2x3');
  });
});

describe('cubecheck map', () => {
  const MAP_FIELDS = [
    'n', 'm', 'image', 'bijective', 'collision', 'inverse', 'componentDegrees', 'componentGf2Degrees',
    'inverseComponentDegrees', 'inverseComponentGf2Degrees', 'signedPermutation', 'gf2Affine', 'parityDegreeSum',
  ];

  it('recognises a signed permutation and inverts it', async () => {
    const j = JSON.parse((await run(['map', 'x2; -x1', '--json'])).out);
    // then one field per vectorial measure (src/vocabulary/maps), tables only under --tables
    expect(Object.keys(j)).toEqual([...MAP_FIELDS, ...MAP_MEASURE_IDS.filter((id) => !MAP_MEASURES[id].table)]);
    expect(j.image).toEqual([2, 0, 3, 1]);
    expect(j.inverse).toEqual([1, 3, 0, 2]);
    expect(j.signedPermutation).toEqual({ permutation: [2, 1], signs: [1, -1] });
    expect(j.parityDegreeSum).toBe(4);
  });

  it('names a colliding pair for a non-bijection', async () => {
    const j = JSON.parse((await run(['map', 'x1; x1', '--n', '2', '--json'])).out);
    expect(j.bijective).toBe(false);
    expect(j.collision).toEqual([0, 2]);
    const [p, q] = j.collision;
    expect(j.image[p]).toBe(j.image[q]);
    expect(p).not.toBe(q);
    expect([j.inverse, j.parityDegreeSum, j.signedPermutation, j.gf2Affine]).toEqual([null, null, null, null]);
  });

  it('says a map C_1 -> C_2 is not a bijection without inventing a collision', async () => {
    const j = JSON.parse((await run(['map', 'x1; x1', '--json'])).out);
    expect([j.n, j.m, j.bijective, j.collision]).toEqual([1, 2, false, null]);
  });

  it('finds a GF(2)-affine map that is not a signed permutation', async () => {
    const j = JSON.parse((await run(['map', 'x1*x2; x2', '--json'])).out);
    expect(j.signedPermutation).toBeNull();
    expect(j.gf2Affine).toEqual({ matrix: [[1, 1], [0, 1]], translation: [0, 0] });
    expect(j.componentDegrees).toEqual([2, 1]);
    expect(j.parityDegreeSum).toBe(4);
  });

  it('accepts perm: tables and rejects malformed ones', async () => {
    const j = JSON.parse((await run(['map', 'perm:0,1,2,4,5,3,7,6', '--json'])).out);
    expect(j.componentDegrees).toEqual([2, 2, 2]);
    expect(j.inverseComponentDegrees).toEqual([2, 3, 3]);
    const bad = await run(['map', 'perm:0,1,2']);
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('sizes beyond memory', () => {
  it('says why n is capped, for functions and maps', async () => {
    const f = await run(['analyze', 'x1', '--n', '30']);
    expect(f.code).toBe(2);
    expect(f.err).toMatch(/n = 30 is too large: a table of 2\^n exact values is held in memory, so n <= 24/);
    const m = await run(['map', 'x1', '--n', '21']);
    expect(m.err).toMatch(/n = 21 is too large: .* n <= 20/);
  });
});
