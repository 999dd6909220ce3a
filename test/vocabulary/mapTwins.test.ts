/**
 * Every registered vectorial measure against its verifier twin: json(compute(T)) equals the
 * twin's compute(T), the claim-facing values agree, and so do the two kernels' measure(id, T)
 * (also on maps a 'bijection' measure refuses). Exhaustive over every map C_n -> C_m with
 * n, m <= 2 and every bijection of C_2 and C_3 (the cheap measures; the tables on a seeded sample
 * of C_3's), seeded random maps and bijections up to n = 6. Failures name measure, map and seed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fastKernel } from '../../src/check/kernel/index.js';
import type { CubeMap } from '../../src/model/values.js';
import { verifierKernel } from '../../src/verifier/kernel.js';
import { MAP_TWINS } from '../../src/verifier/measures/maps.js';
import type { MapTwin } from '../../src/verifier/measures/mapTwin.js';
import { type AnyMapMeasure, type Json, MAP_MEASURE_GROUPS } from '../../src/vocabulary/measure.js';
import { MAP_MEASURES, MAP_MEASURE_IDS } from '../../src/vocabulary/maps/index.js';
import { MEASURE_IDS } from '../../src/vocabulary/measures/index.js';
import { mapSubjectOf } from '../../src/vocabulary/mapSubject.js';
import { allBijections, allMaps, randomBijections, randomMaps, specialMaps } from './mapInputs.js';

const SEED = 20261212;
const show = (t: CubeMap): string => `C_${t.n} -> C_${t.m}, image ${Array.from(t.image).join(',')}`;
const BIJECTIONS_3 = allBijections(3);

function inputs(def: AnyMapMeasure): { label: string; maps: CubeMap[] }[] {
  const out: { label: string; maps: CubeMap[] }[] = [];
  for (let n = 0; n <= 2; n++) for (let m = 0; m <= 2; m++) out.push({ label: `every map C_${n} -> C_${m}`, maps: allMaps(n, m) });
  out.push({ label: 'every bijection of C_2', maps: allBijections(2) });
  const step = def.id === 'cycleType' ? 1 : def.group === 'differential' || def.group === 'cycles' ? 29 : 97;
  out.push({ label: step === 1 ? 'every bijection of C_3' : `every ${step}th bijection of C_3`, maps: BIJECTIONS_3.filter((_, i) => i % step === 0) });
  for (let n = 0; n <= 5; n++) out.push({ label: `special maps, n = ${n}`, maps: specialMaps(n) });
  for (let n = 3; n <= 6; n++) {
    out.push({ label: `random bijections of C_${n}, seed ${SEED + n}`, maps: randomBijections(n, n <= 4 ? 8 : 2, SEED + n) });
    for (const m of [1, n - 1, n, n + 1]) out.push({ label: `random maps C_${n} -> C_${m}, seed ${SEED + 10 * n + m}`, maps: randomMaps(n, m, n <= 4 ? 4 : 1, SEED + 10 * n + m) });
  }
  return out;
}

describe('map registry', () => {
  it('every map measure is registered under its id, in a known group, with a twin of the same input, ids disjoint from the function measures', () => {
    for (const id of MAP_MEASURE_IDS) {
      const def: AnyMapMeasure = MAP_MEASURES[id];
      expect(def.id).toBe(id);
      expect(MAP_MEASURE_GROUPS).toContain(def.group);
      expect(/^[a-z][A-Za-z0-9]*$/.test(id), id).toBe(true);
      expect(MAP_TWINS[id].input, id).toBe(def.input);
      expect((MEASURE_IDS as readonly string[]).includes(id), `${id} is also a function measure`).toBe(false);
    }
    expect(Object.keys(MAP_TWINS).sort()).toEqual([...MAP_MEASURE_IDS].sort());
  });
  it('docs/math.md has a "### <id>" section for every map measure, under "## Measures"', () => {
    const docs = readFileSync(new URL('../../docs/math.md', import.meta.url), 'utf8');
    const section = docs.slice(docs.indexOf('\n## Measures\n'), docs.indexOf('\n## Operations\n'));
    for (const id of MAP_MEASURE_IDS) expect(section, id).toContain(`\n### ${id}\n`);
    expect(section).toContain('\n### Maps as S-boxes\n');
  });
  it('a bijection-only measure declares a nullable value (the kernels return null on other maps)', () => {
    for (const id of MAP_MEASURE_IDS) if (MAP_MEASURES[id].input === 'bijection') expect(MAP_MEASURES[id].type.nullable, id).toBe(true);
  });
});

describe.each(MAP_MEASURE_IDS)('map measure %s', (id) => {
  const def: AnyMapMeasure = MAP_MEASURES[id];
  const twin = MAP_TWINS[id] as MapTwin<Json>;
  it.each(inputs(def))('agrees with its twin: $label', ({ maps }) => {
    for (const t of maps) {
      const s = mapSubjectOf(t);
      const fast = fastKernel.measure(id, t);
      expect(verifierKernel.measure(id, t), `${id} kernels, ${show(t)}`).toEqual(fast);
      if (def.input === 'bijection' && !s.bijective) {
        expect(fast, `${id} on a non-bijection, ${show(t)}`).toBeNull();
        continue;
      }
      const v = def.compute(s);
      const j = twin.compute(t);
      expect(def.json(v), `${id} json, ${show(t)}`).toEqual(j);
      expect(twin.value(j, t), `${id} value, ${show(t)}`).toEqual(def.value(v));
      expect(typeof def.text(v)).toBe('string');
    }
  });
});
