/** Keys (issue 15): Backspace inside a chunk, numeric fields that replace, `?` and F1 for help. */
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { type InkKey, keysFromInk } from '../../src/ui/keys.js';
import { KEYS, makeController, openCatalogue, press, tempDir, testEngine, type, waitForFrame } from './helpers.js';

const PLAIN: InkKey = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, return: false, escape: false, tab: false,
  shift: false, backspace: false, delete: false, ctrl: false, meta: false, pageUp: false, pageDown: false, home: false, end: false,
};

type Instance = ReturnType<typeof render>;
async function listening(app: Instance): Promise<void> {
  for (let i = 0; i < 100 && app.stdin.listenerCount('readable') === 0; i++) await new Promise<void>((r) => setImmediate(r));
  expect(app.stdin.listenerCount('readable')).toBeGreaterThan(0);
}

/** The rendered app on the Explorer screen, its input listening. */
async function openExplorer(): Promise<{ controller: ReturnType<typeof makeController>; app: Instance }> {
  const cwd = tempDir();
  const controller = makeController(testEngine(), cwd);
  const app = render(<App controller={controller} cwd={cwd} />);
  await waitForFrame(app.lastFrame, (f) => f.includes('> Catalogue'), 'the home menu');
  await listening(app);
  app.stdin.write(KEYS.down);
  app.stdin.write(KEYS.enter);
  await waitForFrame(app.lastFrame, (f) => f.includes('cubecheck · explorer'), 'the explorer');
  return { controller, app };
}

describe('a chunk of input', () => {
  it('Backspace followed by a key in one chunk is an erasure, then the text', () => {
    const keys = keysFromInk('\u007f3', PLAIN);
    expect(keys.map((k) => (k.erase ? 'BS' : k.text))).toEqual(['BS', '3']);
    expect(keysFromInk('ab\u007f\u007fc\u0008', PLAIN).map((k) => (k.erase ? 'BS' : k.text))).toEqual(['ab', 'BS', 'BS', 'c', 'BS']);
    expect(keysFromInk('\u007f\u007f', PLAIN).every((k) => k.erase)).toBe(true);
    expect(keysFromInk('x1', PLAIN).map((k) => k.text)).toEqual(['x1']);
  });

  it('a lone newline (Enter as a cooked terminal delivers it, typed before raw mode) is Enter', () => {
    expect(keysFromInk('\n', PLAIN).map((k) => k.enter)).toEqual([true]);
    expect(keysFromInk('a\nb', PLAIN).map((k) => (k.enter ? 'ENTER' : k.text))).toEqual(['ab']);
  });

  it('text typed ahead of Enter in one chunk is the text, then Enter; a newline inside a paste is dropped', () => {
    const keys = keysFromInk('mine.ts\r', PLAIN);
    expect(keys.map((k) => (k.enter ? 'ENTER' : k.text))).toEqual(['mine.ts', 'ENTER']);
    expect(keysFromInk('a\u007fb\r', PLAIN).map((k) => (k.enter ? 'ENTER' : k.erase ? 'BS' : k.text))).toEqual(['a', 'BS', 'b', 'ENTER']);
    expect(keysFromInk('x1\rx2', PLAIN).map((k) => (k.enter ? 'ENTER' : k.text))).toEqual(['x1x2']);
  });

  it('in the explorer: x1*x2, then Backspace+3 in one chunk, reads x1*x3', async () => {
    const { controller, app } = await openExplorer();
    app.stdin.write('x1*x2');
    await waitForFrame(app.lastFrame, (f) => f.includes('x1*x2'), 'the text');
    app.stdin.write('\u007f3');
    await waitForFrame(app.lastFrame, (f) => f.includes('x1*x3'), 'the edited text');
    expect(controller.getState().explorer.input.text).toBe('x1*x3');
    app.unmount();
  });
});

describe('type-ahead through ink', () => {
  it("'T4\\r' in one chunk filters the catalogue and opens T4's run form", async () => {
    const cwd = tempDir();
    const controller = makeController(testEngine(), cwd);
    const app = render(<App controller={controller} cwd={cwd} />);
    await waitForFrame(app.lastFrame, (f) => f.includes('> Catalogue'), 'the home menu');
    await listening(app);
    app.stdin.write(KEYS.enter);
    await controller.idle();
    await waitForFrame(app.lastFrame, (f) => f.includes('T4-gf2-degree-le-degree'), 'the catalogue');
    app.stdin.write('T4\r');
    await waitForFrame(app.lastFrame, (f) => f.includes('cubecheck · run'), 'the run form');
    expect(controller.getState().run.item?.id).toBe('T4-gf2-degree-le-degree');
    app.unmount();
  });
});

describe('numeric fields', () => {
  it('typing into n replaces the default; Backspace then edits', async () => {
    const c = makeController();
    await openCatalogue(c);
    type(c, 'T4');
    press(c, { enter: true });
    const before = c.getState().run.form.n.text;
    expect(before).not.toBe('');
    press(c, { up: true }, { up: true }, { up: true }, { up: true });
    type(c, '2');
    expect(c.getState().run.form.n.text).toBe('2');
    type(c, '1');
    expect(c.getState().run.form.n.text).toBe('21');
    press(c, { erase: true });
    expect(c.getState().run.form.n.text).toBe('2');
    // runs, seed: the same on arrival
    press(c, { down: true }, { down: true });
    type(c, '7');
    expect(c.getState().run.form.runs.text).toBe('7');
    press(c, { down: true });
    press(c, { erase: true });
    type(c, '-5');
    expect(c.getState().run.form.seed.text).toBe('-5');
    // a stepped value is selected again
    press(c, { right: true });
    type(c, '9');
    expect(c.getState().run.form.seed.text).toBe('9');
  });

  it('the recovery latents d: typing replaces the default 3', () => {
    const c = makeController();
    press(c, { down: true }, { down: true }, { enter: true });
    expect(c.getState().screen).toBe('recovery');
    for (let i = 0; i < 6; i++) press(c, { up: true });
    expect(c.getState().recovery.focus).toBe(0);
    type(c, '2');
    expect(c.getState().recovery.d.text).toBe('2');
  });
});

describe('help', () => {
  it('? opens help in the catalogue and the explorer when the field is empty; else it is a character', async () => {
    const c = makeController();
    await openCatalogue(c);
    type(c, '?');
    expect(c.getState().help).toBe(true);
    press(c, { escape: true });
    expect(c.getState().help).toBe(false);
    type(c, 'T?');
    expect(c.getState().help).toBe(false);
    expect(c.getState().catalogue.filter.text).toBe('T?');
    press(c, { help: true });
    expect(c.getState().help).toBe(true);
    press(c, { escape: true }, { escape: true }, { escape: true }, { down: true }, { enter: true });
    expect(c.getState().screen).toBe('explorer');
    type(c, '?');
    expect(c.getState().help).toBe(true);
  });

  it('F1 (ESC O P) opens help from a non-empty text field', async () => {
    const { controller, app } = await openExplorer();
    app.stdin.write('x1');
    await waitForFrame(app.lastFrame, (f) => f.includes('F1 help'), 'the F1 reminder');
    app.stdin.write('\u001bOP');
    await waitForFrame(app.lastFrame, (f) => f.includes('help: explorer'), 'the help');
    expect(controller.getState().explorer.input.text).toBe('x1');
    app.unmount();
  });
});
