/** `cubecheck ui`: flags and help. */
import type { CommandHelp } from './types.js';

export const UI_HELP = {
  name: 'ui',
  summary: 'the interactive terminal UI (also: cubecheck with no arguments, in a terminal)',
  usage: ['ui [--no-color]'],
  flags: {
    'no-color': { type: 'boolean', description: 'no colours (as NO_COLOR=1)' },
  },
  notes: ['It needs a terminal on stdin and stdout. Keys: arrows and Enter, Esc back, ? help, q quit.'],
  examples: ['ui', 'ui --no-color'],
} as const satisfies CommandHelp;
