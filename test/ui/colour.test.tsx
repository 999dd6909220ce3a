/**
 * NO_COLOR: frames carry no colour codes at all (bold and inverse are not colours). Colours are
 * forced on for ink here (before it loads), so the test sees what a colour terminal would get.
 */
import { describe, expect, it } from 'vitest';
import { COLOR, NO_COLOR, makeController, press, testEngine, type } from './helpers.js';

process.env.FORCE_COLOR = '1';
const { render } = await import('ink-testing-library');
const { Root } = await import('../../src/ui/Root.js');

const COLOUR_CODE = /\u001b\[(?:3\d|9[0-7]|4\d|10[0-7])(?:;\d+)*m/;

async function frames(theme: typeof COLOR): Promise<string[]> {
  const c = makeController(testEngine(), undefined, theme);
  const out: string[] = [];
  const snap = (): void => {
    const app = render(<Root state={c.getState()} cwd="/tmp" />);
    out.push(app.lastFrame() ?? '');
    app.unmount();
  };
  snap();
  press(c, { enter: true });
  await c.idle();
  snap();
  type(c, 'C1');
  press(c, { enter: true }, { enter: true });
  await c.idle();
  snap();
  press(c, { tab: true });
  snap();
  press(c, { escape: true }, { escape: true }, { escape: true }, { escape: true }, { down: true }, { enter: true });
  type(c, 'maj(x1,');
  snap();
  return out;
}

describe('colours', () => {
  it('are used on a colour terminal', async () => {
    const all = await frames(COLOR);
    expect(all.length).toBe(5);
    for (const f of all) expect(f).toMatch(COLOUR_CODE);
  });

  it('are never used when NO_COLOR is set', async () => {
    const all = await frames(NO_COLOR);
    expect(all.join('\n')).toContain('REFUTED');
    for (const f of all) expect(f).not.toMatch(COLOUR_CODE);
  });
});
