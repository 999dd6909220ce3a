/**
 * One key press as the controller sees it: ink's (input, key) pair reduced to what the screens
 * use. Backspace and Delete both delete left (terminals send DEL for Backspace, which ink reports
 * as "delete").
 */
export interface KeyPress {
  /** Printable text typed or pasted ('' for special keys). */
  readonly text: string;
  readonly up: boolean;
  readonly down: boolean;
  readonly left: boolean;
  readonly right: boolean;
  readonly enter: boolean;
  readonly escape: boolean;
  readonly tab: boolean;
  readonly shift: boolean;
  readonly erase: boolean;
  /** Ctrl-C, when it reaches the handler (ink normally exits on it by itself). */
  readonly interrupt: boolean;
  readonly pageUp: boolean;
  readonly pageDown: boolean;
  readonly home: boolean;
  readonly end: boolean;
  /** F1: help from anywhere, also inside a text field. */
  readonly help: boolean;
  /** Ctrl-O: open a property file (Catalogue). */
  readonly open: boolean;
  /** Ctrl-F: type a formula and run it (Catalogue). */
  readonly formula: boolean;
}

/** The subset of ink's Key this module reads. */
export interface InkKey {
  readonly upArrow: boolean;
  readonly downArrow: boolean;
  readonly leftArrow: boolean;
  readonly rightArrow: boolean;
  readonly return: boolean;
  readonly escape: boolean;
  readonly tab: boolean;
  readonly shift: boolean;
  readonly backspace: boolean;
  readonly delete: boolean;
  readonly ctrl: boolean;
  readonly meta: boolean;
  readonly pageUp: boolean;
  readonly pageDown: boolean;
  readonly home: boolean;
  readonly end: boolean;
}

const NONE: KeyPress = {
  text: '',
  up: false,
  down: false,
  left: false,
  right: false,
  enter: false,
  escape: false,
  tab: false,
  shift: false,
  erase: false,
  interrupt: false,
  pageUp: false,
  pageDown: false,
  home: false,
  end: false,
  help: false,
  open: false,
  formula: false,
};

/** Printable characters only: control characters (newlines of a paste included) are dropped. */
function printable(input: string): string {
  return input.replace(/[\u0000-\u001f\u007f]/g, '');
}

export function keyFromInk(input: string, key: InkKey): KeyPress {
  const special = key.ctrl || key.escape || key.return || key.tab || key.backspace || key.delete;
  return {
    text: special || key.meta ? '' : printable(input),
    up: key.upArrow,
    down: key.downArrow,
    left: key.leftArrow,
    right: key.rightArrow,
    enter: key.return,
    escape: key.escape,
    tab: key.tab,
    shift: key.shift,
    erase: key.backspace || key.delete,
    interrupt: key.ctrl && input === 'c',
    pageUp: key.pageUp,
    pageDown: key.pageDown,
    home: key.home,
    end: key.end,
    help: false,
    open: key.ctrl && input === 'o',
    formula: key.ctrl && input === 'f',
  };
}

const ERASERS = /[\u0008\u007f]/;

/**
 * The key presses in one chunk of input. ink hands over a run of Backspaces (key repeat, fast
 * typing) as one string, and also a Backspace together with the keys typed right after it
 * (`\x7f3`): each Backspace is one erasure, each run of other characters one piece of text, in
 * the order they came; a chunk ending in a carriage return ends with Enter.
 */
export function keysFromInk(input: string, key: InkKey): KeyPress[] {
  // Text typed ahead of Enter in one chunk (`mine.ts\r`, seen in tmux on a loaded machine): the
  // text, then Enter. A newline inside a paste stays dropped (a paste never presses Enter).
  if (input.length > 1 && input.endsWith('\r') && !key.ctrl && !key.meta) {
    return [...keysFromInk(input.slice(0, -1), key), { ...NONE, enter: true }];
  }
  // A lone newline is Enter as a cooked terminal delivers it (a key typed before raw mode was on).
  if (input === '\n' && !key.ctrl && !key.meta) return [{ ...NONE, enter: true }];
  if (input.length <= 1 || !ERASERS.test(input) || key.ctrl || key.meta) return [keyFromInk(input, key)];
  const out: KeyPress[] = [];
  for (const part of input.split(/([\u0008\u007f])/)) {
    if (part === '') continue;
    if (ERASERS.test(part)) out.push({ ...NONE, erase: true });
    else {
      const text = printable(part);
      if (text !== '') out.push({ ...NONE, text });
    }
  }
  return out;
}

/** The escape sequences terminals send for F1 (xterm, VT100/tmux, the Linux console, rxvt). */
export const F1_SEQUENCES: readonly string[] = ['\u001bOP', '\u001b[11~', '\u001b[[A', '\u001b[1P'];

export function isF1(data: string): boolean {
  return F1_SEQUENCES.includes(data);
}

/** A key press that carries nothing (a function key ink does not name, such as F1 in useInput). */
export function isEmptyKey(k: KeyPress): boolean {
  return k.text === '' && Object.entries(k).every(([name, v]) => name === 'text' || v === false);
}

/** A key press for tests and programmatic use: `keyOf({ down: true })`, `keyOf({ text: 'q' })`. */
export function keyOf(partial: Partial<KeyPress>): KeyPress {
  return { ...NONE, ...partial };
}
