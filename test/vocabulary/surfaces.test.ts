/**
 * Every registered measure reaches every surface with no edit outside its own files: a field of
 * analyze --json, a line of analyze's text under its group, an entry of list --measures, the
 * claim kernels, and the UI explorer's measures view.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFunction } from '../../src/analysis/functionAnalysis.js';
import { fastKernel } from '../../src/check/kernel/index.js';
import { runCli } from '../../src/cli/dispatch.js';
import { parseFunction } from '../../src/expr/index.js';
import { functionJson } from '../../src/report/functionJson.js';
import { functionText } from '../../src/report/functionText.js';
import { functionModel } from '../../src/ui/model/functionView.js';
import { verifierKernel } from '../../src/verifier/kernel.js';
import type { AnyMeasure } from '../../src/vocabulary/measure.js';
import { outcomeJson, outcomeText } from '../../src/vocabulary/evaluate.js';
import { GROUP_TITLES } from '../../src/vocabulary/measureGroups.js';
import { MEASURES, MEASURE_IDS } from '../../src/vocabulary/measures/index.js';
import { fakeIo } from '../cli/fakeIo.js';

function parsed(text: string, n?: number) {
  const p = parseFunction(text, { n });
  if (!p.ok) throw new Error(p.error.message);
  return p.value;
}

describe('every registered measure appears everywhere', () => {
  const maj = analyzeFunction(parsed('maj(x1,x2,x3)'), { all: true });
  const json = functionJson(maj) as Record<string, unknown>;
  const text = functionText(maj);

  it.each(MEASURE_IDS)('%s', async (id) => {
    const def: AnyMeasure = MEASURES[id];
    if (!def.listing) {
      expect(json, id).toHaveProperty(id);
      expect(text).toContain(`  ${def.title}: `);
      expect(text).toContain(`${GROUP_TITLES[def.group]}:`);
    }
    const f = { n: 3, values: Int32Array.from([1, 1, 1, -1, 1, -1, -1, -1]) };
    expect(verifierKernel.measure(id, f)).toEqual(fastKernel.measure(id, f));
    const view = functionModel(parsed('maj(x1,x2,x3)'), 200).views.find((v) => v.title === 'Measures');
    expect(view, 'the UI has a measures view').toBeDefined();
    if (!def.listing) expect(JSON.stringify(view)).toContain(def.title);
    const rec = fakeIo('');
    expect(await runCli(['list', '--measures', '--json'], rec.io)).toBe(0);
    expect(JSON.parse(rec.out()).measures.map((m: { id: string }) => m.id)).toContain(id);
  });

  it('docs/math.md has a "### <id>" section for every measure, under "## Measures"', () => {
    const docs = readFileSync(new URL('../../docs/math.md', import.meta.url), 'utf8');
    const section = docs.slice(docs.indexOf('\n## Measures\n'), docs.indexOf('\n## Operations\n'));
    expect(section.length).toBeGreaterThan(100);
    for (const id of MEASURE_IDS) expect(section, id).toContain(`\n### ${id}\n`);
  });

  it('a Boolean-only measure is null in JSON and n/a in text for a real-valued function', () => {
    const a = analyzeFunction(parsed('x1/2 + 1/3'));
    const j = functionJson(a) as Record<string, unknown>;
    for (const id of MEASURE_IDS.filter((k) => MEASURES[k].input === 'boolean' && !MEASURES[k].listing)) {
      expect(j[id], id).toBeNull();
      expect(functionText(a)).toContain(`  ${MEASURES[id].title}: n/a (not Boolean)`);
    }
  });

  it('a measure skipped above its maxN is absent from JSON and says how to get it in text', () => {
    const skipped = { id: 'degree', def: MEASURES.degree, status: 'skipped', maxN: 3 } as const;
    expect(outcomeJson(skipped)).toBeUndefined();
    expect(outcomeText(skipped)).toBe('not computed for n > 3 (analyze --measures degree)');
    const a = analyzeFunction(parsed('x1'));
    const json = functionJson({ ...a, measures: a.measures.map((o) => (o.id === 'degree' ? skipped : o)) }) as Record<string, unknown>;
    expect(json).not.toHaveProperty('degree');
    expect(json).toHaveProperty('gf2Degree');
  });

  it('analyze --measures refuses an unknown measure with exit 2', async () => {
    const rec = fakeIo('');
    expect(await runCli(['analyze', 'x1', '--measures', 'nope'], rec.io)).toBe(2);
    expect(rec.err()).toMatch(/unknown measure 'nope'/);
  });
});
