/** `cubecheck map` with the vectorial measures: JSON fields, --tables, text summaries, bad flags. */
import { describe, expect, it } from 'vitest';
import { runCubecheck } from '../cli/fakeIo.js';
import { MAP_MEASURES, MAP_MEASURE_IDS } from '../../src/vocabulary/maps/index.js';
import { PRESENT } from './sboxes.js';

const present = `perm:${PRESENT.join(',')}`;
const TABLES = MAP_MEASURE_IDS.filter((id) => MAP_MEASURES[id].table);

describe('map --json', () => {
  it('has one field per non-table measure and no table unless asked', async () => {
    const r = await runCubecheck(['map', present, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    for (const id of MAP_MEASURE_IDS) expect(id in j, id).toBe(!MAP_MEASURES[id].table);
    expect(j.differentialUniformity).toBe(4);
    expect(j.mapNonlinearity).toBe(4);
    expect(j.boomerangUniformity).toBe(16);
    expect(j.cycleType).toEqual([[2, 1], [3, 1], [4, 1], [7, 1]]);
  });
  it('--tables ddt,lat adds exactly those two, as 2^n rows of 2^m cells; --tables all adds all four', async () => {
    const j = JSON.parse((await runCubecheck(['map', present, '--json', '--tables', 'ddt,lat'])).out);
    expect(j.ddt).toHaveLength(16);
    expect(j.ddt[0]).toEqual([16, ...new Array(15).fill(0)]);
    expect(j.lat[0][0]).toBe(16);
    expect('bct' in j || 'act' in j).toBe(false);
    const all = JSON.parse((await runCubecheck(['map', present, '--json', '--tables', 'all'])).out);
    for (const id of TABLES) expect(all[id], id).toHaveLength(16);
  });
  it('gives null for bijection-only measures on a map that is not a bijection, and --stdin takes --measures all and --tables', async () => {
    const r = await runCubecheck(['map', '--stdin', '--measures', 'all', '--tables', 'ddt'], { stdin: 'perm:0,0,1,2\nx1; x1*x2\n' });
    expect(r.code).toBe(0);
    const [a, b] = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(a.boomerangUniformity).toBeNull();
    expect(a.cycleType).toBeNull();
    expect(a.ddt[1]).toEqual([2, 0, 0, 2]);
    expect(b.m).toBe(2);
    expect(b.fixedPoints).toEqual({ count: 2, points: [0, 2] }); // image 0, 3, 2, 1 (x1*x2 is the sign product)
  });
});

describe('map text', () => {
  it('summarises the tables and groups the measures', async () => {
    const r = await runCubecheck(['map', present]);
    expect(r.out).toContain('Differential:');
    expect(r.out).toMatch(/DDT\(a, b\): 16 x 16; cells a != 0, b != 0: max 4; entries 0 x129, 2 x72, 4 x24/);
    expect(r.out).toMatch(/boomerang uniformity .*: 16/);
  });
  it('skips the costly measures above their limit and says how to force them', async () => {
    const r = await runCubecheck(['map', `perm:${Array.from({ length: 2048 }, (_, x) => x).join(',')}`]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/not computed for n or m > 10 \(map --measures ddt\)/);
    expect(r.out).toMatch(/fixed points .*: 2048/);
  });
});

describe('bad flags', () => {
  it('an unknown table or measure is bad input (exit 2, one line)', async () => {
    for (const args of [['--tables', 'ddt,nope'], ['--measures', 'degree'], ['--tables', 'differentialUniformity']]) {
      const r = await runCubecheck(['map', present, '--json', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });
});
