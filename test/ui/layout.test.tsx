/** Every screen fits 80x24: at most 23 rows (ink never clears the screen) of at most 80 columns. */
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { defineProperty, domains } from '../../src/claim/index.js';
import type { Property } from '../../src/claim/property.js';
import type { UiController } from '../../src/ui/controller/controller.js';
import { helpLine } from '../../src/ui/help.js';
import { Root } from '../../src/ui/Root.js';
import type { AppState } from '../../src/ui/state/types.js';
import { CATALOGUE, makeController, press, testEngine, type } from './helpers.js';

function measure(state: AppState): { rows: number; widest: number; frame: string } {
  const app = render(<Root state={state} cwd="/tmp" />);
  const frame = app.lastFrame() ?? '';
  app.unmount();
  const lines = frame.split('\n');
  return { rows: lines.length, widest: Math.max(...lines.map((l) => [...l].length)), frame };
}

function expectFits(c: UiController, what: string): void {
  const s = c.getState();
  for (const state of [s, { ...s, help: true }]) {
    const m = measure(state);
    expect(m.rows, `${what}${state.help ? ' (help)' : ''}:\n${m.frame}`).toBeLessThanOrEqual(23);
    expect(m.widest, `${what}${state.help ? ' (help)' : ''}:\n${m.frame}`).toBeLessThanOrEqual(80);
    expect([...helpLine(state)].length, helpLine(state)).toBeLessThanOrEqual(80);
  }
}

const broken = defineProperty({
  id: 'X-broken-theorem-with-a-rather-long-identifier-to-truncate',
  statement: 'A theorem that is false on purpose, with a statement long enough to need wrapping and cutting. '.repeat(4),
  status: 'theorem',
  variables: { h: domains.booleanFunctions(), T: domains.maps() },
  predicate: ({ h }) => h.values[0] === 1,
  defaultScope: { n: 3 },
}) as unknown as Property;

describe('80x24', () => {
  it('home, catalogue, run form and a running run fit', async () => {
    const c = makeController(testEngine({ loadCatalogue: async () => [...CATALOGUE, { property: broken, sourcePath: '/x.ts' }] }));
    expectFits(c, 'home');
    press(c, { enter: true });
    expectFits(c, 'catalogue loading');
    await c.idle();
    expectFits(c, 'catalogue');
    type(c, 'a filter text that is far longer than the field could ever show on one line of eighty');
    expectFits(c, 'catalogue with a long filter');
    press(c, { escape: true });
    type(c, 'X-broken');
    press(c, { enter: true });
    expectFits(c, 'run form');
    press(c, { up: true }, { up: true }, { up: true }, { up: true }, { erase: true }, '99', { enter: true });
    expectFits(c, 'run form with an error');
    press(c, { erase: true }, { erase: true }, '3', { enter: true });
    await c.idle();
    expectFits(c, 'a refuted theorem with two variables');
    expect(c.getState().result!.warning).toMatch(/a theorem was refuted/);
    press(c, { right: true }, { tab: true });
    expectFits(c, 'the spectrum of a map');
    const s = c.getState();
    const progress = { done: 123_456_789, total: 2 ** 32, rate: 1_234_567.8, etaMs: 3_600_000 };
    for (const phase of ['running', 'cancelling'] as const) {
      const running = { ...s, screen: 'run' as const, run: { ...s.run, phase, progress, error: 'a long error message '.repeat(6) } };
      const m = measure(running);
      expect(m.frame).toContain('123,456,789 of 4,294,967,296 cases, 1,234,568 cases/s, about 1 h 0 min left');
      expect(m.rows).toBeLessThanOrEqual(23);
      expect(m.widest).toBeLessThanOrEqual(80);
    }
  });

  it('the explorer fits with long inputs, errors and big tables', () => {
    const c = makeController();
    press(c, { down: true }, { enter: true });
    type(c, 'and(x1, x2, x3, x4, x5, x6, x7, x8, x9, x10) + or(x1, x2, x3, x4, x5, x6, x7, x8, x9, x10) + x1*x2*x3*x4*x5 +');
    expectFits(c, 'explorer, error at the end of a long input');
    press(c, { erase: true }, { erase: true });
    expect(c.getState().explorer.analysis).toMatchObject({ kind: 'ok', summary: expect.stringMatching(/^n = 10, real-valued/) });
    expectFits(c, 'explorer, n = 10');
    press(c, { tab: true }, { tab: true });
    expectFits(c, 'explorer, ANF at n = 10');
    for (let i = 0; i < 300; i++) press(c, { erase: true });
    type(c, 'x1*x2; x2*x3; x3*x4; x4*x5; x5*x6; x6*x7; x7*x8; x8*x1');
    expect(c.getState().explorer.analysis.kind).toBe('ok');
    expectFits(c, 'explorer, a map at n = 8');
    press(c, { pageDown: true }, { pageDown: true }, { tab: true });
    expectFits(c, 'explorer, map spectrum');
  });

  it('the recovery screen fits, with a result and with an error', async () => {
    const c = makeController();
    press(c, { down: true }, { down: true }, { enter: true });
    expectFits(c, 'recovery form');
    press(c, { up: true }, { up: true }, { up: true }, { right: true }, { enter: true });
    await c.idle();
    expect(c.getState().recovery.outcome.kind).toBe('done');
    expectFits(c, 'recovery result');
    press(c, { pageDown: true });
    expectFits(c, 'recovery result, scrolled');
    press(c, { up: true }, { up: true });
    type(c, 'x1*x2*x3*x4 + and(x1, x2, x3) + or(x1, x2) + maj(x1, x2, x3) + xor(x1, x2, x3)');
    press(c, { enter: true });
    await c.idle();
    expect(c.getState().recovery.outcome.kind).toBe('error');
    expectFits(c, 'recovery error');
  });
});

describe('80x24, the research screens', () => {
  it('census, curve and interpolate fit, with results and errors; so does the file prompt', async () => {
    const c = makeController();
    press(c, { enter: true });
    await c.idle();
    press(c, { open: true });
    type(c, 'a/path/that/is/long/enough/to/need/scrolling/in/the/field/of/eighty/columns/mine.ts');
    press(c, { enter: true });
    await c.idle();
    expectFits(c, 'the file prompt with an error');
    expect(c.getState().catalogue.notice?.tone).toBe('bad');
    press(c, { escape: true }, { escape: true });
    for (const [steps, what] of [[3, 'census'], [4, 'curve'], [5, 'interpolate']] as const) {
      press(c, { escape: true });
      while (c.getState().home.index !== steps) press(c, { down: true });
      press(c, { enter: true });
      expect(c.getState().screen).toBe(what);
      expectFits(c, `${what} form`);
      press(c, { enter: true });
      await c.idle();
      expect(c.getState().tools[what].outcome.kind).toBe('done');
      expectFits(c, `${what} result`);
      press(c, { pageDown: true });
      expectFits(c, `${what} result, scrolled`);
      press(c, { up: true });
      for (let i = 0; i < 40; i++) press(c, { text: 'x' });
      press(c, { down: true });
      press(c, { enter: true });
      await c.idle();
      expectFits(c, `${what} with an error`);
    }
  });
});
