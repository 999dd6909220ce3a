/** `cubecheck curve`: flags and help. */
import { BIASES, GROUPS } from '../../recovery/types.js';
import { JSON_FLAG, PROGRESS_FLAG, SEED_NOTE } from './common.js';
import type { CommandHelp } from './types.js';

export const CURVE_HELP = {
  name: 'curve',
  summary: 'the identifiability curve: how often k random tasks identify the latents',
  usage: [
    'curve --latents D --tasks-from DIST --k K|A..B [--samples M] [--bias B|all|B1,B2] [--up-to G] [--psi MAP]',
    '      [--seed S|random] [--time-limit S] [--timings] [--json] [--[no-]progress[=json]]',
  ],
  flags: {
    latents: { type: 'string', value: 'D', description: 'the number of latents, 1..4 (every instance is solved exactly: enumeration for D <= 3, the exact tuple search at D = 4; an instance it cannot settle within --time-limit is counted as undecided)' },
    'time-limit': { type: 'string', value: 'S', description: 'D = 4: seconds per instance and bias before it counts as undecided', default: '20' },
    'tasks-from': { type: 'string', value: 'DIST', description: 'uniform, parity:s, degree:q or junta:j' },
    k: { type: 'string', value: 'K|A..B', description: 'the numbers of tasks, K alone meaning 1..K' },
    samples: { type: 'string', value: 'M', description: 'sampled task sets per k', default: '100' },
    bias: { type: 'string', value: 'B', description: `one bias, a comma-separated list, or all (${BIASES.join(', ')})`, default: 'head-degree' },
    'up-to': { type: 'string', value: 'G', description: `recovery up to the group: ${GROUPS.join(', ')}`, default: 'signed-permutation' },
    psi: { type: 'string', value: 'MAP', description: 'the true representation, a bijection of C_D', default: 'the identity' },
    seed: { type: 'string', value: 'S', description: 'a seed, or random to draw one', default: '1' },
    timings: { type: 'boolean', description: 'add the wall time and each instance answer\'s time (JSON: ms per instance, wallMs)' },
    ...JSON_FLAG,
    ...PROGRESS_FLAG,
  },
  notes: [SEED_NOTE, 'Exit codes: 0 done, 2 bad input, 3 interrupted (the rows so far are printed).'],
  examples: ['curve --latents 3 --tasks-from uniform --k 1..4 --samples 50', 'curve --latents 2 --tasks-from parity:1 --k 3 --bias all --seed random'],
} as const satisfies CommandHelp;
