/** `cubecheck recover`: flags and help. */
import { BIASES, GROUPS } from '../../recovery/types.js';
import { JSON_FLAG, PROGRESS_FLAG, SEED_NOTE } from './common.js';
import type { CommandHelp } from './types.js';

export const RECOVER_HELP = {
  name: 'recover',
  summary: 'minimisers of a low-degree bias and whether they recover the latents',
  usage: [
    'recover --latents D --tasks "h1; h2; ..." [--psi MAP] [--observed M] [--bias B] [--up-to G] [--support SPEC]',
    '        [--method auto|exhaustive|tuples|search] [--time-limit S] [--seed S|random] [--evaluations N] [--json]',
    '        [--cert FILE [--force]] [--[no-]progress[=json]]',
  ],
  flags: {
    latents: { type: 'string', value: 'D', description: 'the number of latents, 1..6 (exact at D <= 3 by enumeration, at D = 4 and 5 by the tuple search where it applies, a seeded search otherwise)' },
    tasks: { type: 'string', value: '"h1; h2; ..."', description: 'the tasks, functions of x1..xD (the latents)' },
    psi: { type: 'string', value: 'MAP', description: 'the data-generating map x = psi(z): a bijection of C_D, or with --observed M an injective map C_D -> C_M (M expressions in x1..xD)', default: 'the identity (padded with +1 coordinates when M > D)' },
    observed: { type: 'string', value: 'M', description: "the paper's setting: observations x in C_M, D <= M <= 6; the representation Phi: C_M -> C_D is free off psi's image (hier-max, hier-sum, head+rep cost its least-degree extension; exact at D = 5 where the coordinates of observed degree <= 3, or 2, decide it; head+rep / hier-sum past that by passes per coordinate cost, within --time-limit)", default: 'D' },
    bias: { type: 'string', value: 'B', description: `the bias: ${BIASES.join(', ')}`, default: 'head-degree' },
    'up-to': { type: 'string', value: 'G', description: `recovery up to the group: ${GROUPS.join(', ')}`, default: 'signed-permutation' },
    support: { type: 'string', value: 'SPEC', description: "the points the heads must fit: all, points:0,3,5, or a predicate such as 'x1' (exact up to D = 5, for head+rep, hier-sum, hier-max at D = 5 with M = 5 or 6 while no coordinate of Phi beyond degree 3 could matter, within --time-limit)", default: 'all' },
    method: { type: 'string', value: 'M', description: 'auto, exhaustive (D <= 3), tuples (the exact search over head tuples, D = 4, 5) or search (local search: an upper bound)', default: 'auto' },
    'time-limit': { type: 'string', value: 'S', description: 'tuples: give up the exact search after S seconds (then the local search answers, marked not exact)', default: '60' },
    seed: { type: 'string', value: 'S', description: 'search: a seed, or random to draw one', default: '1' },
    evaluations: { type: 'string', value: 'N', description: 'search: the most objective evaluations', default: '200000' },
    cert: { type: 'string', value: 'FILE', description: 'write a recovery certificate of the exact answer to FILE (d <= 4: head-degree / head-gf2 / head-max / head-profile, also with partial support or rational tasks; head+rep / hier-sum / hier-max with full support and Boolean tasks; d = 5, full support, Boolean tasks: head-degree / head-gf2 / head-max when the minimum leaves every head Fourier degree <= 3, GF(2) degree <= 2 (head-gf2 past that when every x_i is a task and the minimum is within 3 of the floors: the dictator route), head-profile with no weight above level 3, head+rep / hier-sum / hier-max with M = 5 or 6, heads or coordinates past the verifier lists searched exactly (the writer then runs the verifier check first and declines with its reason); d = 5 with partial support or rational tasks: the head-only biases on at most 9 support points, 4 for head-profile, head+rep / hier-sum / hier-max with M = 5 on at most 8, the verifier rejecting as out of class one where a coordinate of degree >= 4 could matter); `verify FILE` re-checks it' },
    force: { type: 'boolean', description: 'replace an existing certificate that differs' },
    ...JSON_FLAG,
    ...PROGRESS_FLAG,
  },
  notes: [SEED_NOTE, 'Exit codes: 0 done, 2 bad input, 3 interrupted (the best found so far is printed) or --cert asked of an answer it cannot certify.'],
  examples: ["recover --latents 3 --tasks 'x1; x2; x3' --bias head-gf2", "recover --latents 2 --observed 3 --psi 'x1; x2; x1*x2' --tasks 'x1; x2' --bias hier-max", "recover --latents 2 --tasks 'x1; x2' --bias head+rep --psi 'x1*x2; x2' --json"],
} as const satisfies CommandHelp;
