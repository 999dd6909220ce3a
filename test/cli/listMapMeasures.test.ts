/** `list --measures` lists the map registry (src/vocabulary/maps) in its own group, text and JSON. */
import { describe, expect, it } from 'vitest';
import { MAP_MEASURE_IDS } from '../../src/vocabulary/maps/index.js';
import { runCubecheck } from './fakeIo.js';

describe('list --measures: map measures', () => {
  it('names every registered map measure once, under a "Map measures" heading after the function measures', async () => {
    const text = await runCubecheck(['list', '--measures']);
    expect(text.code).toBe(0);
    const at = text.out.indexOf('Map measures');
    expect(at).toBeGreaterThan(0);
    for (const id of MAP_MEASURE_IDS) expect(text.out.slice(at), id).toMatch(new RegExp(`\\n    ${id} `));
    expect(text.out).toMatch(new RegExp(`${MAP_MEASURE_IDS.length} map measures`));
    const json = JSON.parse((await runCubecheck(['list', '--measures', '--json'])).out);
    expect(json.mapMeasures.map((m: { id: string }) => m.id)).toEqual(MAP_MEASURE_IDS);
    expect(json.mapMeasures.find((m: { id: string }) => m.id === 'ddt')).toMatchObject({ group: 'differential', table: true });
    expect(json.measures.some((m: { id: string }) => m.id === 'ddt')).toBe(false);
  });
});
