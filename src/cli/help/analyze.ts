/** `cubecheck analyze`: flags and help. */
import { JSON_FLAG } from './common.js';
import type { CommandHelp } from './types.js';

export const ANALYZE_HELP = {
  name: 'analyze',
  summary: 'spectrum, degrees, ANF, influences, noise stability of one function',
  usage: ['analyze <function> [--n N] [--json] [--measures IDS|all]', 'analyze --stdin [--n N] [--measures IDS|all | --only IDS]'],
  arguments: [{ name: '<function>', description: 'an expression over x1..xn or a table (tt:, hex:, vals:); quote it. A leading - is part of it: analyze -x1' }],
  flags: {
    n: { type: 'string', value: 'N', description: 'the number of variables', default: 'the largest variable used' },
    ...JSON_FLAG,
    stdin: { type: 'boolean', description: 'read one function per line, write one JSON object per line' },
    measures: {
      type: 'string',
      value: 'IDS',
      description:
        "also compute these costly measures (comma-separated ids from 'list --measures') whatever n; all: every measure within its size limit. With --stdin the default is only the measures with no size limit",
    },
    only: { type: 'string', value: 'IDS', description: 'with --stdin: compute exactly these measures (add values to list the values); the fastest batch mode' },
  },
  examples: ["analyze 'maj(x1,x2,x3)'", "analyze --json -- '-x1'", "analyze 'x1*x2' --n 3 --json", 'analyze --stdin --only degree,gf2Degree < functions.txt'],
} as const satisfies CommandHelp;
