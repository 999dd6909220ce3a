/** `cubecheck census`: flags and help. */
import { MEASURES } from '../../census/measures.js';
import { JSON_FLAG, PROGRESS_FLAG } from './common.js';
import type { CommandHelp } from './types.js';

export const CENSUS_HELP = {
  name: 'census',
  summary: 'exact counts of all Boolean functions on n <= 6 variables by degree, gf2Degree, ... (by counting identities, or by enumeration at n <= 5)',
  usage: [
    `census --n N [--measures ${MEASURES.join(',')}] [--joint] [--method auto|counting|enumerate]`,
    '       [--certificate FILE] [--workers K] [--shard i/N] [--checkpoint FILE] [--resume] [--json] [--[no-]progress[=json]]',
    'census --classes npn|np|affine|ea|agl|all --n N [--json]',
  ],
  flags: {
    n: { type: 'string', value: 'N', description: 'the number of variables, 0..6 (n = 6 by counting only)' },
    measures: { type: 'string', value: 'M1,M2', description: `the measures to count by: ${MEASURES.join(', ')} (the engines), or any registered scalar measure (list --measures; plain enumeration, n <= 4)`, default: 'all' },
    classes: { type: 'string', value: 'G', description: 'count the classes of functions under a group (npn, np, affine, ea, agl, a comma list, or all): the class table (representative, size, degree, gf2Degree, nonlinearity) for n <= 4, the count by Burnside\'s lemma at n = 5' },
    joint: { type: 'boolean', description: 'also count jointly by all the measures' },
    method: { type: 'string', value: 'M', description: 'counting (identities, n <= 6), enumerate (the Gray-code engine, n <= 5, any table), or auto: counting unless a shard, checkpoint, resume or workers flag asks for the engine', default: 'auto' },
    certificate: { type: 'string', value: 'FILE', description: 'write a census-count certificate (counting only) that verify re-checks independently' },
    workers: { type: 'string', value: 'K', description: 'worker threads; 0 = this thread', default: 'every core' },
    shard: { type: 'string', value: 'i/N', description: 'only the i-th of N slices (1-based); prints a census-partial document for merge' },
    checkpoint: { type: 'string', value: 'FILE', description: 'save progress to FILE at intervals and on Ctrl-C' },
    resume: { type: 'boolean', description: 'continue from --checkpoint FILE' },
    'bijection-classes': { type: 'boolean', description: 'instead: the affine classes A o T o B of bijections of C_n (n <= 4; 4 and 302 classes) with degree, DU, linearity, BU, sizes' },
    ...JSON_FLAG,
    ...PROGRESS_FLAG,
  },
  notes: [
    'Registry measures (sensitivity, nonlinearity, monotone, ...; any scalar in list --measures, mixable with the five) are counted by enumerating every function through the measure itself: n <= 4 only (n = 5 has 2^32 functions); the engine-only flags do not apply.',
    'Exit codes: 0 complete, 2 bad input, 3 interrupted (what was counted is printed, and saved with --checkpoint).'],
  examples: ['census --n 4', 'census --classes ea --n 4', 'census --classes all --n 5', 'census --bijection-classes --n 4', 'census --n 4 --measures sensitivity,degree --joint', 'census --n 6 --measures degree,bent --certificate c6.json', 'census --n 5 --measures degree,relevant --joint --checkpoint c5.json --progress', 'census --n 5 --shard 3/8 --json > part-3.json'],
} as const satisfies CommandHelp;
