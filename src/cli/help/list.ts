/** `cubecheck list`: flags and help. */
import { JSON_FLAG } from './common.js';
import type { CommandHelp } from './types.js';

export const LIST_HELP = {
  name: 'list',
  summary: 'the catalogue of claims (status, statement, formula or module, domains, default scope), or the vocabulary of measures',
  usage: ['list [--json]', 'list --measures [--json]'],
  flags: { ...JSON_FLAG, measures: { type: 'boolean', description: 'list the vocabulary: every measure (id, title, group, input, summary) and operation' } },
  examples: ['list', 'list --json', 'list --measures'],
} as const satisfies CommandHelp;
