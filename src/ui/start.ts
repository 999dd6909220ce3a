/**
 * Runs the UI on a terminal until the user quits: the alternate screen while it runs, ink's exit
 * on q or Ctrl-C (raw mode off, cursor shown), and the terminal restored on the way out, also if
 * the process exits abruptly. Returns 0 after q, 130 after Ctrl-C or a signal.
 */
import { render } from 'ink';
import { createElement } from 'react';
import { App } from './App.js';
import { UiController } from './controller/controller.js';
import { type Engine, realEngine } from './engine.js';
import { themeFromEnv } from './theme.js';

export interface StartOptions {
  readonly stdin: NodeJS.ReadStream;
  readonly stdout: NodeJS.WriteStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Raised by SIGINT/SIGTERM: the UI quits. */
  readonly signal: AbortSignal;
  /** The tool name certificates record, e.g. "cubecheck 0.1.0". */
  readonly tool: string;
  readonly noColor?: boolean;
  readonly engine?: Engine;
}

const ENTER_ALT_SCREEN = '\u001b[?1049h\u001b[2J\u001b[H';
const LEAVE_ALT_SCREEN = '\u001b[?1049l';
const SHOW_CURSOR = '\u001b[?25h';

export async function startUi(o: StartOptions): Promise<number> {
  const dims = () => ({ columns: o.stdout.columns || 80, rows: o.stdout.rows || 24 });
  const controller = new UiController(o.engine ?? realEngine(o.tool), { cwd: o.cwd, dims: dims(), theme: themeFromEnv(o.env, o.noColor) });
  let restored = false;
  const restore = (): void => {
    if (restored) return;
    restored = true;
    if (o.stdin.isTTY && o.stdin.isRaw) o.stdin.setRawMode(false);
    o.stdout.write(LEAVE_ALT_SCREEN + SHOW_CURSOR);
  };
  const onResize = (): void => controller.resize(dims());
  const onAbort = (): void => controller.quit();
  o.stdout.write(ENTER_ALT_SCREEN);
  process.once('exit', restore);
  // Raw mode before the first frame: ink turns it on only in an effect after its first render, and
  // a key pressed in that gap reached the cooked terminal, which turns Enter into a newline that
  // ink does not report as Enter (seen in tmux on a loaded machine: the first Enter was lost).
  if (o.stdin.isTTY) o.stdin.setRawMode(true);
  o.stdout.on('resize', onResize);
  o.signal.addEventListener('abort', onAbort);
  try {
    const instance = render(createElement(App, { controller, cwd: o.cwd }), { stdin: o.stdin, stdout: o.stdout, exitOnCtrlC: true });
    if (o.signal.aborted) controller.quit();
    await instance.waitUntilExit();
  } finally {
    controller.dispose();
    o.signal.removeEventListener('abort', onAbort);
    o.stdout.off('resize', onResize);
    process.off('exit', restore);
    restore();
  }
  return controller.getState().quit && !o.signal.aborted ? 0 : 130;
}
