/**
 * Formula claims in the UI: the catalogue shows a formula claim's statement and formula (and says
 * when a claim is a TypeScript module); Ctrl-F takes a typed formula to its run form and result,
 * through the engine (the components only display); a bad formula is its one-line error.
 */
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { loadCatalogue } from '../../src/lang/catalogue.js';
import { KEYS, makeController, openCatalogue, press, tempDir, testEngine, type, waitForFrame } from './helpers.js';

const real = (await loadCatalogue()).filter((l) => ['T4', 'T11'].some((p) => l.property.id.startsWith(`${p}-`)));
const engine = () => testEngine({ loadCatalogue: async () => real });
const CTRL_F = '\u0006';

async function listening(app: ReturnType<typeof render>): Promise<void> {
  for (let i = 0; i < 100 && app.stdin.listenerCount('readable') === 0; i++) await new Promise<void>((r) => setImmediate(r));
  expect(app.stdin.listenerCount('readable')).toBeGreaterThan(0);
}

describe('formula claims in the catalogue screen', () => {
  it('the selected formula claim shows its statement and its formula; a module says it is one', async () => {
    const cwd = tempDir();
    const controller = makeController(engine(), cwd);
    const app = render(<App controller={controller} cwd={cwd} />);
    await waitForFrame(app.lastFrame, (f) => f.includes('> Catalogue'), 'the home menu');
    await listening(app);
    app.stdin.write(KEYS.enter);
    await controller.idle();
    const t4 = await waitForFrame(app.lastFrame, (f) => f.includes('> T4-gf2-degree-le-degree'), 'the catalogue');
    expect(t4).toContain('For every Boolean f on C_n the GF(2) degree is at most');
    expect(t4).toContain('formula: forall f in boolean(n): defined(deg2(f)) implies deg2(f) <=');
    expect(t4).toContain('^F formula');
    app.stdin.write(KEYS.down);
    const t11 = await waitForFrame(app.lastFrame, (f) => f.includes('> T11-half-cube'), 'T11 selected');
    expect(t11).toContain('TypeScript module (a claim formulas cannot say)');
    app.unmount();
  });

  it('Ctrl-F, a formula, Enter, Enter: its run form, then its verdict and witness', async () => {
    const cwd = tempDir();
    const controller = makeController(engine(), cwd);
    const app = render(<App controller={controller} cwd={cwd} />);
    await waitForFrame(app.lastFrame, (f) => f.includes('> Catalogue'), 'the home menu');
    await listening(app);
    app.stdin.write(KEYS.enter);
    await controller.idle();
    await waitForFrame(app.lastFrame, (f) => f.includes('T4-gf2'), 'the catalogue');
    app.stdin.write(CTRL_F);
    await waitForFrame(app.lastFrame, (f) => f.includes('  formula:') && f.includes("as for check '<formula>'"), 'the formula prompt');
    app.stdin.write('exists T in bijections(3): apn(T)');
    await waitForFrame(app.lastFrame, (f) => f.includes('formula: exists T in bijections(3): apn(T)'), 'the typed formula');
    app.stdin.write(KEYS.enter);
    await controller.idle();
    await waitForFrame(app.lastFrame, (f) => f.includes('cubecheck · run') && f.includes('exists T in bijections(3): apn(T)'), 'the run form');
    app.stdin.write(KEYS.enter);
    await controller.idle();
    const result = await waitForFrame(app.lastFrame, (f) => /HOLDS/.test(f), 'the verdict');
    expect(result).toContain('perm:0,1,2,4,3,6,7,5');
    expect(controller.getState().result).toMatchObject({ id: 'formula', verdict: 'holds', caseKind: 'witness' });
    app.unmount();
  });

  it('a bad formula stays in the prompt with its one-line error; Esc closes the prompt', async () => {
    const c = makeController(engine());
    await openCatalogue(c);
    press(c, { formula: true });
    type(c, 'forall f in boolean(3): deg(f) >= frob');
    press(c, { enter: true });
    await c.idle();
    const s = c.getState();
    expect(s.screen).toBe('catalogue');
    expect(s.catalogue.notice).toEqual({ text: "formula: column 35: expected a bound variable or n, got the unknown name 'frob'", tone: 'bad' });
    expect(s.catalogue.formula?.text).toBe('forall f in boolean(3): deg(f) >= frob');
    press(c, { escape: true });
    expect(c.getState().catalogue.formula).toBeNull();
    expect(c.getState().screen).toBe('catalogue');
  });

  it('a formula over n runs at the scope of the run form (default 3); s saves its formula certificate', async () => {
    const c = makeController(engine());
    await openCatalogue(c);
    press(c, { formula: true });
    type(c, 'forall T in bijections(n): differentialUniformity(T) >= 2');
    press(c, { enter: true });
    await c.idle();
    expect(c.getState().run.form.n.text).toBe('3');
    press(c, { enter: true });
    await c.idle();
    const s = c.getState();
    expect(s.result).toMatchObject({ verdict: 'holds' });
    expect(s.result!.details.join('\n')).toContain('40,320');
    press(c, 's');
    await c.idle();
    expect(c.getState().result!.certificate.message).toMatch(/^saved certificates\/formula\.json/);
  });
});
