/** Flags several commands share, declared once. */
import type { HelpFlag } from './types.js';

export const JSON_FLAG = { json: { type: 'boolean', description: 'machine-readable output on stdout' } } as const satisfies Record<string, HelpFlag>;

export const PROGRESS_FLAG = {
  progress: {
    type: 'boolean',
    negatable: true,
    values: ['text', 'json'],
    default: 'live line on a terminal stderr, else none',
    description: 'progress on stderr: --progress (text lines, also without a terminal; every CUBECHECK_PROGRESS_INTERVAL seconds, default 5), --progress=json (JSON lines), --no-progress',
  },
} as const satisfies Record<string, HelpFlag>;

export const SEED_NOTE = "--seed random draws a seed and prints it; every random run prints the seed it used, so it can be repeated";
