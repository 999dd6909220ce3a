import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { KEYS, makeController, tempDir, testEngine, waitForFrame } from './helpers.js';

type Instance = ReturnType<typeof render>;

/** Waits until the app listens to input (ink attaches its stdin listener in an effect). */
async function listening(app: Instance): Promise<void> {
  for (let i = 0; i < 100 && app.stdin.listenerCount('readable') === 0; i++) await new Promise<void>((r) => setImmediate(r));
  expect(app.stdin.listenerCount('readable')).toBeGreaterThan(0);
}

function start(cwd = tempDir()) {
  const controller = makeController(testEngine(), cwd);
  const app = render(<App controller={controller} cwd={cwd} />);
  return { controller, app, frame: () => app.lastFrame() ?? '' };
}

describe('the app, driven by keys', () => {
  it('catalogue -> run T4 at n = 3 -> its verdict; q quits', async () => {
    const { controller, app, frame } = start();
    await waitForFrame(app.lastFrame, (f) => f.includes('> Catalogue'), 'the home menu');
    await listening(app);
    app.stdin.write(KEYS.enter);
    await controller.idle();
    await waitForFrame(app.lastFrame, (f) => f.includes('T4-gf2-degree-le-degree') && f.includes('C1-inverse-coordinate-degree'), 'the catalogue');
    expect(frame()).toContain('no certificate');
    app.stdin.write('T4');
    const filtered = await waitForFrame(app.lastFrame, (f) => f.includes('filter: T4') && !f.includes('C1-inverse'), 'the filtered list');
    expect(filtered).toMatch(/> T4-gf2-degree-le-degree\s+theorem/);
    app.stdin.write(KEYS.enter);
    await waitForFrame(app.lastFrame, (f) => f.includes('cubecheck · run'), 'the run form');
    for (let i = 0; i < 4; i++) app.stdin.write(KEYS.up);
    app.stdin.write(KEYS.left);
    await waitForFrame(app.lastFrame, (f) => /> n\s+3 /.test(f), 'n = 3');
    app.stdin.write(KEYS.enter);
    await controller.idle();
    const result = await waitForFrame(app.lastFrame, (f) => f.includes('HOLDS on all 256 cases (a proof at n = 3)'), 'the verdict');
    expect(result).toContain('certificate: not saved (s saves it to certificates/T4-gf2-degree-le-degree.json)');
    app.stdin.write('q');
    await waitForFrame(() => String(controller.getState().quit), (f) => f === 'true', 'quit');
    app.unmount();
  });

  it('a counterexample shows its table, spectrum bars and degrees', async () => {
    const { controller, app } = start();
    await waitForFrame(app.lastFrame, (f) => f.includes('> Catalogue'), 'the home menu');
    await listening(app);
    app.stdin.write(KEYS.enter);
    await controller.idle();
    app.stdin.write('C1');
    await waitForFrame(app.lastFrame, (f) => f.includes('filter: C1'), 'the filter');
    app.stdin.write(KEYS.enter);
    app.stdin.write(KEYS.enter);
    await controller.idle();
    const table = await waitForFrame(app.lastFrame, (f) => f.includes('REFUTED: counterexample'), 'the verdict');
    expect(table).toContain('counterexample: T = perm:0,1,2,4,5,3,7,6');
    expect(table).toMatch(/ 3\s+\(-,-,\+\) ->\s+4\s+\(\+,\+,-\)/);
    app.stdin.write(KEYS.tab);
    const spectrum = await waitForFrame(app.lastFrame, (f) => f.includes('[Spectrum]'), 'the spectrum');
    expect(spectrum).toMatch(/W\^1\s+█+\s+1\/2/);
    expect(spectrum).toMatch(/W\^3\s+0/);
    app.stdin.write(KEYS.tab);
    const degrees = await waitForFrame(app.lastFrame, (f) => f.includes('[Degrees]'), 'the degrees');
    expect(degrees).toContain('inverse coordinate degrees: 2, 3, 3');
    app.stdin.write(KEYS.escape);
    await waitForFrame(app.lastFrame, (f) => f.includes('cubecheck · run'), 'back to the run form');
    app.unmount();
  });

  it('the explorer puts a caret under the column of a parse error', async () => {
    const { app } = start();
    await waitForFrame(app.lastFrame, (f) => f.includes('> Catalogue'), 'the home menu');
    await listening(app);
    app.stdin.write(KEYS.down);
    app.stdin.write(KEYS.enter);
    await waitForFrame(app.lastFrame, (f) => f.includes('cubecheck · explorer'), 'the explorer');
    app.stdin.write('maj(x1,,x2)');
    const f = await waitForFrame(app.lastFrame, (x) => x.includes('column 8:'), 'the parse error');
    const lines = f.split('\n');
    const at = lines.findIndex((l) => l.includes('f or T: maj(x1,,x2)'));
    expect(lines[at + 1]!.indexOf('^')).toBe(lines[at]!.indexOf(',,') + 1);
    app.stdin.write(KEYS.backspace.repeat(11));
    app.stdin.write('maj(x1,x2,x3)');
    await waitForFrame(app.lastFrame, (x) => x.includes('function: n = 3, Boolean'), 'the analysis');
    app.stdin.write(KEYS.shiftTab);
    const anf = await waitForFrame(app.lastFrame, (x) => x.includes('[ANF & degrees]'), 'the ANF view');
    expect(anf).toContain('ANF: F = b1b2 + b1b3 + b2b3');
    app.unmount();
  });

  it('? shows the keys of the screen; q in the help quits', async () => {
    const { controller, app } = start();
    await waitForFrame(app.lastFrame, (f) => f.includes('> Catalogue'), 'the home menu');
    await listening(app);
    app.stdin.write('?');
    const help = await waitForFrame(app.lastFrame, (f) => f.includes('help: home'), 'the help');
    expect(help).toContain('quit (not in a text field: there q is a character)');
    app.stdin.write('q');
    await waitForFrame(() => String(controller.getState().quit), (f) => f === 'true', 'quit');
    app.unmount();
  });
});
