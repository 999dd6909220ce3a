/** Batch `map --stdin`: vectorial measures only when asked; each field as `map --json` writes it. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/dispatch.js';
import { SCALABLE_MAP_MEASURE_IDS } from '../../src/vocabulary/maps/evaluate.js';
import { MAP_MEASURES } from '../../src/vocabulary/maps/index.js';
import { fakeIo } from './fakeIo.js';

const MAPS = ['perm:12,5,6,11,9,0,10,13,3,14,15,8,4,7,1,2', 'perm:0,1,3,6,7,4,5,2', 'x1*x2; x2', 'x1; x1'];

async function run(args: string[], stdin = '') {
  const rec = fakeIo(stdin);
  const code = await runCli(args, rec.io);
  return { code, out: rec.out(), err: rec.err() };
}

async function single(map: string, extra: string[] = []): Promise<Record<string, unknown>> {
  const { code, out } = await run(['map', map, '--json', ...extra]);
  expect(code).toBe(0);
  return JSON.parse(out) as Record<string, unknown>;
}

describe('map --stdin measure selection', () => {
  it('by default: the structural fields and the vectorial measures with no size limit', async () => {
    for (const id of SCALABLE_MAP_MEASURE_IDS) expect(MAP_MEASURES[id].maxN).toBeUndefined();
    const { code, out } = await run(['map', '--stdin'], MAPS.join('\n'));
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const [k, map] of MAPS.entries()) {
      const full = await single(map);
      expect(lines[k]).not.toHaveProperty('differentialUniformity');
      const keep = Object.fromEntries(Object.entries(full).filter(([key]) => !(key in MAP_MEASURES) || SCALABLE_MAP_MEASURE_IDS.includes(key as never)));
      expect(JSON.stringify(lines[k])).toBe(JSON.stringify(keep));
    }
  });

  it('--measures all equals map --json; --measures IDS and --tables add those', async () => {
    const all = await run(['map', '--stdin', '--measures', 'all'], MAPS.join('\n'));
    const lines = all.out.trim().split('\n');
    for (const [k, map] of MAPS.entries()) expect(lines[k]).toBe(JSON.stringify(await single(map)));
    const some = await run(['map', '--stdin', '--measures', 'differentialUniformity', '--tables', 'ddt'], MAPS[0]!);
    const j = JSON.parse(some.out) as Record<string, unknown>;
    expect(j.differentialUniformity).toBe(4); // PRESENT
    expect(j).toHaveProperty('ddt');
    expect(j).not.toHaveProperty('mapLinearity');
  });
});
