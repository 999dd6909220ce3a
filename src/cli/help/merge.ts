/** `cubecheck merge`: flags and help. */
import { JSON_FLAG } from './common.js';
import type { CommandHelp } from './types.js';

export const MERGE_HELP = {
  name: 'merge',
  summary: 'combine the shards of a census, or the partial certificates of check --shard into one',
  usage: ['merge <partial.json...> [--out FILE] [--force] [--json]'],
  arguments: [{ name: '<partial.json...>', description: 'every shard: census partials, or partial certificates (not both)' }],
  flags: {
    out: { type: 'string', value: 'FILE', description: 'certificates: write the merged certificate to FILE', default: 'print it' },
    force: { type: 'boolean', description: 'replace an existing --out FILE that differs (without it the old one is kept)' },
    ...JSON_FLAG,
  },
  notes: ['Gaps, overlaps and mismatched shards are refused (exit 2).'],
  examples: ['merge part-*.json', 'merge shard-*.json --out merged.json'],
} as const satisfies CommandHelp;
