/** Counterexamples from the catalogue and the Result screen open in the Explorer; a map's inverse spectrum. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/check/catalogue.js';
import { explore } from '../../src/ui/model/explorer.js';
import { makeController, openCatalogue, press, runAt, tempDir, testEngine, type } from './helpers.js';

const C1_CASE = 'perm:0,1,2,4,5,3,7,6';

describe('a refuted certificate in the catalogue', () => {
  it('Right opens its counterexample in the Explorer; Esc returns to the catalogue', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'certificates'));
    const cert = { format: 'cubecheck-certificate', verdict: 'refuted', scope: { n: 3 }, method: { mode: 'exhaustive' }, evidence: { kind: 'counterexample', values: { T: C1_CASE } } };
    writeFileSync(join(cwd, 'certificates', 'C1-inverse-coordinate-degree.json'), JSON.stringify(cert));
    const c = makeController(testEngine(), cwd);
    await openCatalogue(c);
    type(c, 'C1');
    press(c, { right: true });
    const s = c.getState();
    expect(s.screen).toBe('explorer');
    expect(s.explorer.input.text).toBe(C1_CASE);
    expect(s.explorer.analysis).toMatchObject({ kind: 'ok', what: 'map' });
    press(c, { escape: true });
    expect(c.getState().screen).toBe('catalogue');
  });

  it('a holding certificate has no counterexample: Right only moves the caret', async () => {
    const c = makeController();
    await openCatalogue(c);
    type(c, 'T4');
    press(c, { right: true });
    expect(c.getState().screen).toBe('catalogue');
  });
});

describe('the Result screen', () => {
  it('e opens the shown variable of a counterexample in the Explorer', async () => {
    const c = makeController();
    await runAt(c, 'C1', 3);
    expect(c.getState().result!.verdict).toBe('refuted');
    press(c, 'e');
    expect(c.getState().screen).toBe('explorer');
    expect(c.getState().explorer.input.text).toBe(c.getState().result!.variables[0]!.notation);
    press(c, { escape: true });
    expect(c.getState().screen).toBe('result');
    // saved in this session: the catalogue item knows its counterexample at once
    press(c, 's');
    await c.idle();
    const item = c.getState().catalogue.items.find((i) => i.id.startsWith('C1'))!;
    expect(item.certificate).toMatchObject({ kind: 'present', verdict: 'refuted', counterexample: [['T', c.getState().result!.variables[0]!.notation]] });
  });
});

describe('a map in the Explorer', () => {
  it("has the inverse's spectrum as a view; its degrees agree with the Degrees view", () => {
    const a = explore(C1_CASE, 76);
    if (a.kind !== 'ok') throw new Error('no analysis');
    const titles = a.views.map((v) => v.title);
    expect(titles).toContain('Inverse spectrum');
    const inv = a.views.find((v) => v.title === 'Inverse spectrum')!.rows.map((r) => (r.kind === 'text' ? r.text : ''));
    const degrees = inv.map((l) => /^T\^-1_\d \(degree (\d+)\)/.exec(l)?.[1]).filter((d) => d !== undefined);
    const stated = a.views.find((v) => v.title === 'Degrees')!.rows.map((r) => (r.kind === 'text' ? r.text : '')).join('\n');
    expect(stated).toContain(`inverse coordinate degrees: ${degrees.join(', ')}`);
    expect(degrees).toEqual(['2', '3', '3']);
  });

  it('a map that is not a bijection has no inverse view', () => {
    const a = explore('x1; x1', 76);
    if (a.kind !== 'ok') throw new Error('no analysis');
    expect(a.views.map((v) => v.title)).not.toContain('Inverse spectrum');
  });
});

describe('a property file', () => {
  it('Ctrl-O, a path, Enter: loaded as check FILE loads it, listed, and its run form opens', async () => {
    const cwd = tempDir();
    const api = relative(cwd, join(packageRoot(), 'src/claim/index.js')).split('\\').join('/');
    writeFileSync(join(cwd, 'mine.ts'), `import { defineProperty, domains } from '${api}';\nexport default defineProperty({ id: 'mine-deg-le-n', statement: 'deg f <= n', status: 'conjecture', variables: { f: domains.booleanFunctions() }, predicate: ({ f }, k) => (k.degree(f) ?? 0) <= f.n, defaultScope: { n: 2 } });\n`);
    writeFileSync(join(cwd, 'broken.ts'), 'export default {{{;\n');
    const c = makeController(testEngine(), cwd);
    await openCatalogue(c);
    press(c, { open: true });
    expect(c.getState().catalogue.prompt).not.toBeNull();
    type(c, 'broken.ts');
    press(c, { enter: true });
    await c.idle();
    expect(c.getState().catalogue.notice).toMatchObject({ tone: 'bad' });
    expect(c.getState().catalogue.notice!.text).toMatch(/^property file broken.ts does not load/);
    for (let i = 0; i < 9; i++) press(c, { erase: true });
    type(c, 'mine.ts');
    press(c, { enter: true });
    await c.idle();
    const s = c.getState();
    expect(s.screen).toBe('run');
    expect(s.run.item?.id).toBe('mine-deg-le-n');
    expect(s.catalogue.items.map((i) => i.id)).toContain('mine-deg-le-n');
    press(c, { enter: true });
    await c.idle();
    expect(c.getState().result).toMatchObject({ id: 'mine-deg-le-n', verdict: 'holds' });
  });
});
