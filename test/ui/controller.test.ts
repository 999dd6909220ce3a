import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../src/analysis/mapAnalysis.js';
import { defineProperty, domains } from '../../src/claim/index.js';
import type { Property } from '../../src/claim/property.js';
import { parseMap } from '../../src/expr/index.js';
import { CATALOGUE, makeController, openCatalogue, press, runAt, tempDir, testEngine, type, waitForState } from './helpers.js';

describe('catalogue', () => {
  it('lists the properties with the verdict of an existing certificate, unverified', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'certificates'));
    const cert = { format: 'cubecheck-certificate', verdict: 'holds', scope: { n: 3 }, method: { mode: 'exhaustive' } };
    writeFileSync(join(cwd, 'certificates', 'T4-gf2-degree-le-degree.json'), JSON.stringify(cert));
    writeFileSync(join(cwd, 'certificates', 'C1-inverse-coordinate-degree.json'), '{ not json');
    const c = makeController(testEngine(), cwd);
    await openCatalogue(c);
    const items = c.getState().catalogue.items;
    expect(items.map((i) => i.id)).toEqual(CATALOGUE.map((l) => l.property.id));
    expect(items[1]!.certificate).toMatchObject({ kind: 'present', verdict: 'holds', n: 3, check: { kind: 'unverified' } });
    expect(items[3]!.certificate.kind).toBe('unreadable');
    expect(items[0]!.certificate.kind).toBe('none');
  });

  it('filters by typing, q being a character there; Esc clears, then goes home', async () => {
    const c = makeController();
    await openCatalogue(c);
    type(c, 'inverse q');
    expect(c.getState().quit).toBe(false);
    expect(c.getState().catalogue.filter.text).toBe('inverse q');
    press(c, { erase: true }, { erase: true });
    expect(c.getState().catalogue.filter.text).toBe('inverse');
    press(c, { escape: true });
    expect(c.getState().catalogue.filter.text).toBe('');
    press(c, { escape: true });
    expect(c.getState().screen).toBe('home');
  });

  it('shows a load failure as an error, not as an empty catalogue', async () => {
    const c = makeController(testEngine({ loadCatalogue: async () => Promise.reject(new Error('broken module\nstack')) }));
    await openCatalogue(c).catch(() => undefined);
    expect(c.getState().catalogue).toMatchObject({ load: 'error', error: 'broken module' });
  });
});

describe('runs and results', () => {
  it('T4 at n = 3 holds on all 2^8 = 256 Boolean functions', async () => {
    const s = await runAt(makeController(), 'T4', 3);
    expect(s.screen).toBe('result');
    expect(s.result).toMatchObject({ verdict: 'holds', headline: 'HOLDS on all 256 cases (a proof at n = 3)', caseKind: null });
  });

  it('C1 at n = 3 is refuted, and the counterexample really is one', async () => {
    const s = await runAt(makeController(), 'C1', 3);
    const r = s.result!;
    expect(r.verdict).toBe('refuted');
    expect(r.caseKind).toBe('counterexample');
    const v = r.variables[0]!;
    expect(v.views.map((x) => x.title)).toEqual(['Table', 'Spectrum', 'Degrees', 'Inverse spectrum']);
    const t = parseMap(v.notation);
    if (!t.ok) throw new Error(v.notation);
    const a = analyzeMap(t.value);
    expect(Math.max(...a.inverseComponentDegrees!)).toBeGreaterThan(Math.max(...a.componentDegrees));
  });

  it('rejects a scope outside the property range with a message, not a crash', async () => {
    const c = makeController();
    await openCatalogue(c);
    type(c, 'T4');
    press(c, { enter: true }, { up: true }, { up: true }, { up: true }, { up: true }, { erase: true }, '9', '9', { enter: true });
    expect(c.getState().run.error).toBe('n must be a whole number in 0..24');
    expect(c.getState().screen).toBe('run');
  });

  it('Esc cancels a long run and keeps what was found', async () => {
    const c = makeController();
    await openCatalogue(c);
    type(c, 'T1');
    press(c, { enter: true }, { up: true }, { up: true }, { up: true }, { right: true }); // mode: exhaustive
    press(c, { up: true }, { erase: true }, '5', { enter: true }); // n = 5: 2^32 cases
    const running = await waitForState(c, (s) => (s.run.progress?.done ?? 0) > 0);
    expect(running.run.progress!.total).toBe(2 ** 32);
    press(c, { escape: true });
    await c.idle();
    const r = c.getState().result!;
    expect(r.verdict).toBe('inconclusive');
    expect(r.headline).toMatch(/^INCONCLUSIVE: cancelled after [\d,]+ of 4,294,967,296 cases/);
    expect(r.certificate.available).toBe(false);
  });

  it('shows every variable of a case: left/right switch between them', async () => {
    const pair = defineProperty({
      id: 'X-pair',
      statement: 'no f with f(0) = -1 together with a map T moving point 0 (false on purpose)',
      status: 'conjecture',
      variables: { f: domains.booleanFunctions(), T: domains.maps() },
      predicate: ({ f, T }) => !(f.values[0] === -1 && T.image[0] !== 0),
      defaultScope: { n: 2 },
    }) as unknown as Property;
    const c = makeController(testEngine({ loadCatalogue: async () => [{ property: pair, sourcePath: '/nonexistent.ts' }] }));
    const s = await runAt(c, 'X-pair', 1);
    expect(s.result!.variables.map((v) => v.name)).toEqual(['f', 'T']);
    press(c, { tab: true });
    expect(c.getState().result!.view).toBe(1);
    press(c, { right: true });
    expect(c.getState().result!).toMatchObject({ variable: 1, view: 0 });
    expect(c.getState().result!.variables[1]!.views[0]!.title).toBe('Table');
  });
});
