/** `cubecheck verify`: flags and help. */
import { JSON_FLAG, PROGRESS_FLAG } from './common.js';
import type { CommandHelp } from './types.js';

export const VERIFY_HELP = {
  name: 'verify',
  summary: 're-check certificates with the independent verifier',
  usage: ['verify <certificate.json...> [--json] [--[no-]progress[=json]]'],
  arguments: [{ name: '<certificate.json...>', description: 'one or more certificate files' }],
  flags: { ...JSON_FLAG, ...PROGRESS_FLAG },
  notes: ['Exit codes: 0 every file valid, 1 some file invalid (naming the first check that failed), 2 some file unreadable (2 wins), 3 interrupted.'],
  examples: ['verify certificates/*.json', 'verify my.json --json'],
} as const satisfies CommandHelp;
