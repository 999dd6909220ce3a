/**
 * The keys of each screen: a one-line reminder at the bottom of every screen and the full list
 * behind `?`. In a text field every printable key is text (q and ? included).
 */
import type { KeyPress } from './keys.js';
import { TOOL_SPECS, type ToolId } from './model/tools/spec.js';
import type { AppState } from './state/types.js';

const isTool = (screen: AppState['screen']): screen is ToolId => screen === 'census' || screen === 'curve' || screen === 'interpolate';

export type KeyHelp = readonly (readonly [string, string])[];

/** Recovery fields that take free text. */
export const RECOVERY_TEXT_FIELDS: readonly number[] = [1, 2, 5];

/** Whether printable keys go into a text field on this screen right now. */
export function isTyping(s: AppState): boolean {
  if (s.help) return false;
  if (s.screen === 'catalogue' || s.screen === 'explorer') return true;
  if (s.screen === 'recovery') return s.recovery.phase === 'form' && RECOVERY_TEXT_FIELDS.includes(s.recovery.focus);
  if (isTool(s.screen)) {
    const t = s.tools[s.screen];
    const f = TOOL_SPECS[s.screen].fields[t.focus];
    return t.phase === 'form' && f !== undefined && !f.numeric;
  }
  return false;
}

/** The text of the field printable keys go into right now ('' when none or empty). */
function typedText(s: AppState): string {
  switch (s.screen) {
    case 'catalogue':
      return (s.catalogue.prompt ?? s.catalogue.formula ?? s.catalogue.filter).text;
    case 'explorer':
      return s.explorer.input.text;
    case 'recovery':
      return [s.recovery.d, s.recovery.tasks, s.recovery.psi, null, null, s.recovery.support][s.recovery.focus]?.text ?? '';
    case 'census':
    case 'curve':
    case 'interpolate':
      return s.tools[s.screen].fields[s.tools[s.screen].focus]?.text ?? '';
    default:
      return '';
  }
}

/**
 * Whether this key opens the help: F1 always; `?` when printable keys do not go into a text
 * field, or the field is empty (in a non-empty field `?` is a character).
 */
export function opensHelp(s: AppState, k: KeyPress): boolean {
  if (k.help) return true;
  return k.text === '?' && (!isTyping(s) || typedText(s) === '');
}

const COMMON: KeyHelp = [
  ['?', 'this help (in a text field: when it is empty)'],
  ['F1', 'this help, always'],
  ['q', 'quit (not in a text field: there q is a character)'],
  ['Ctrl-C', 'quit from anywhere'],
];

export function keysFor(s: AppState): KeyHelp {
  switch (s.screen) {
    case 'home':
      return [['Up/Down', 'move'], ['Enter', 'open'], ...COMMON];
    case 'catalogue':
      return [['type', 'filter by id, status or statement words'], ['Up/Down', 'move'], ['Enter', 'choose: set the scope and run'], ['Tab', "verify the selected property's certificate"], ['Ctrl-O', 'open your own property file (a path; loaded as check FILE loads it)'], ['Ctrl-F', "type a formula and run it, as check '<formula>' does (docs/claims.md)"], ['Right', 'a refuted certificate: open its counterexample in the Explorer'], ['Esc', 'clear the filter, then back'], ...COMMON];
    case 'run':
      return s.run.phase === 'form'
        ? [['Up/Down', 'move between fields'], ['0-9, Backspace', 'edit n, runs, seed'], ['Left/Right', 'n, runs, seed -1/+1; mode'], ['Enter', 'run'], ['Esc', 'back to the catalogue'], ...COMMON]
        : [['Esc', 'cancel the run: keep what was found'], ...COMMON];
    case 'result':
      return [['Tab/Shift-Tab', 'next/previous view'], ['Left/Right', 'previous/next variable'], ['Up/Down, PgUp/PgDn', 'scroll'], ['s', 'save the certificate to ./certificates (a different existing one is kept unless you then press y)'], ['v', 'verify the saved certificate'], ['e, Enter', 'open the shown variable in the Explorer (Esc comes back)'], ['Esc', 'back to the run settings'], ...COMMON];
    case 'explorer':
      return [['type', 'a function (maj(x1,x2,x3), hex:e8) or a map (x1*x2; x2, perm:...)'], ['Left/Right, Home/End', 'move in the text'], ['Tab/Shift-Tab', 'next/previous view'], ['Up/Down, PgUp/PgDn', 'scroll'], ['Esc', 'back'], ['?', 'this help (when the field is empty)'], ['F1', 'this help, always'], ['Ctrl-C', 'quit']];
    case 'recovery':
      return s.recovery.phase === 'form'
        ? [['Up/Down', 'move between fields'], ['type', 'edit latents, tasks (h1; h2), psi (a map; empty: identity; m > D coordinates: observations in C_m), support'], ['Left/Right', 'bias, group; move in text'], ['Enter', 'run the recovery engine'], ['PgUp/PgDn', 'scroll the result'], ['Esc', 'back'], ...COMMON]
        : [['Esc', 'cancel the search'], ...COMMON];
    case 'census':
    case 'curve':
    case 'interpolate':
      return s.tools[s.screen].phase === 'form'
        ? [['Up/Down', 'move between fields'], ['type', TOOL_HELP[s.screen]], ['Enter', 'run'], ['PgUp/PgDn', 'scroll the result'], ['Esc', 'back'], ...COMMON]
        : [['Esc', 'stop: keep and show what was found'], ...COMMON];
  }
}

const TOOL_HELP: Readonly<Record<ToolId, string>> = {
  census: 'n (0..5; a digit replaces the value) and the measures (empty: all)',
  curve: 'latents d, task distribution, k (K or A..B), samples, biases (or all), group, seed',
  interpolate: "a function and the support (points:0,3,5, a predicate such as 'x1', or all)",
};

function short(s: AppState): string {
  switch (s.screen) {
    case 'home':
      return '↑↓ move  Enter open';
    case 'catalogue':
      if (s.catalogue.prompt !== null) return 'type a path  Enter open  Esc cancel';
      if (s.catalogue.formula !== null) return 'type a formula  Enter set scope and run  Esc cancel';
      return 'filter  ↑↓ move  Enter run  Tab verify  ^O file  ^F formula';
    case 'run':
      return s.run.phase === 'form' ? '↑↓ field  0-9 edit  ←→ change  Enter run  Esc back' : 'Esc cancel (keeps what was found)';
    case 'result':
      return 'Tab view  ←→ var  ↑↓ scroll  s save  v verify  e explore  Esc';
    case 'explorer':
      return 'type a function or map  Tab view  ↑↓ scroll  Esc back';
    case 'recovery':
      return s.recovery.phase === 'form' ? '↑↓ field  ←→ change  Enter run  PgUp/PgDn scroll  Esc back' : 'Esc cancel';
    case 'census':
    case 'curve':
    case 'interpolate':
      return s.tools[s.screen].phase === 'form' ? '↑↓ field  type edit  Enter run  PgUp/PgDn scroll  Esc back' : 'Esc stop';
  }
}

/** The reminder line: `? help  q quit` unless typing, where only Ctrl-C quits. */
export function helpLine(s: AppState): string {
  if (s.help) return 'any key closes this help  q quit';
  if (!isTyping(s)) return `${short(s)}  ? help  q quit`;
  return `${short(s)}  ${typedText(s) === '' ? '? help' : 'F1 help'}  ^C quit`;
}
