/** `cubecheck list`: flags and help. */
import { JSON_FLAG } from './common.js';
import type { CommandHelp } from './types.js';

export const LIST_HELP = {
  name: 'list',
  summary: 'the catalogue of claims, with status, statement, domains and default scope',
  usage: ['list [--json]'],
  flags: { ...JSON_FLAG },
  examples: ['list', 'list --json'],
} as const satisfies CommandHelp;
