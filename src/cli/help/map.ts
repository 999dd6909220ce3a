/** `cubecheck map`: flags and help. */
import { JSON_FLAG } from './common.js';
import type { CommandHelp } from './types.js';

export const MAP_HELP = {
  name: 'map',
  summary: 'a map C_n -> C_m: bijectivity, inverse, degrees, signed permutation / GF(2)-affine, P(T)',
  usage: ['map <f1; f2; ...> | perm:i0,i1,... [--n N] [--json]', 'map --stdin [--n N]'],
  arguments: [{ name: '<map>', description: "coordinates separated by ';' (quote them), or perm: with the image of each point" }],
  flags: {
    n: { type: 'string', value: 'N', description: 'the number of input variables', default: 'the largest variable used' },
    ...JSON_FLAG,
    stdin: { type: 'boolean', description: 'read one map per line, write one JSON object per line' },
  },
  examples: ["map 'x1*x2; x2'", 'map perm:0,2,1,3 --json'],
} as const satisfies CommandHelp;
