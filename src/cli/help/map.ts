/** `cubecheck map`: flags and help. */
import { JSON_FLAG } from './common.js';
import type { CommandHelp } from './types.js';
import { MAP_MEASURES, MAP_MEASURE_IDS } from '../../vocabulary/maps/index.js';

/** The table measures --tables accepts. */
export const TABLE_IDS = MAP_MEASURE_IDS.filter((id) => MAP_MEASURES[id].table === true);

export const MAP_HELP = {
  name: 'map',
  summary: 'a map C_n -> C_m: bijectivity, inverse, degrees, signed permutation / GF(2)-affine, P(T), S-box measures (DDT, LAT, BCT, ...)',
  usage: ['map <f1; f2; ...> | perm:i0,i1,... [--n N] [--json [--tables T1,T2]] [--measures IDS]', 'map --stdin [--n N] [--tables T1,T2] [--measures IDS|all]'],
  arguments: [{ name: '<map>', description: "coordinates separated by ';' (quote them), or perm: with the image of each point" }],
  flags: {
    n: { type: 'string', value: 'N', description: 'the number of input variables', default: 'the largest variable used' },
    ...JSON_FLAG,
    stdin: { type: 'boolean', description: 'read one map per line, write one JSON object per line' },
    tables: { type: 'string', value: 'T1,T2', description: `include these tables in --json (${TABLE_IDS.join(', ')}, or all); the text shows a summary of each`, default: 'none' },
    measures: {
      type: 'string',
      value: 'IDS',
      description: `compute these vectorial measures even above their default size limit (n, m <= 8 or 10), or all: ${MAP_MEASURE_IDS.join(', ')}. With --stdin only these (and --tables) are computed; all: every one within its size limit`,
    },
  },
  examples: ["map 'x1*x2; x2'", 'map perm:0,2,1,3 --json', 'map perm:12,5,6,11,9,0,10,13,3,14,15,8,4,7,1,2 --json --tables ddt,lat'],
} as const satisfies CommandHelp;
