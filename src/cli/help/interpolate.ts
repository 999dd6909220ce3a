/** `cubecheck interpolate`: flags and help. */
import { JSON_FLAG } from './common.js';
import type { CommandHelp } from './types.js';

export const INTERPOLATE_HELP = {
  name: 'interpolate',
  summary: "the min-degree interpolator of a function's values on a set of points",
  usage: ['interpolate <function> --support SPEC [--n N] [--json]'],
  arguments: [{ name: '<function>', description: 'an expression or a table, as for analyze (n <= 7)' }],
  flags: {
    support: { type: 'string', value: 'SPEC', description: "the points: all, points:0,3,5, or a predicate such as 'x1' (its -1 points)" },
    n: { type: 'string', value: 'N', description: 'the number of variables', default: 'the largest variable used' },
    ...JSON_FLAG,
  },
  examples: ["interpolate 'and(x1,x2)' --support 'x1'", "interpolate 'maj(x1,x2,x3)' --support points:0,3,5 --json"],
} as const satisfies CommandHelp;
