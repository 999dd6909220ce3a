/** `cubecheck equivalent`: flags and help. */
import { GROUP_FLAG } from './canon.js';
import { JSON_FLAG } from './common.js';
import type { CommandHelp } from './types.js';

export const EQUIVALENT_HELP = {
  name: 'equivalent',
  summary: 'decide whether two Boolean functions are NPN, NP, affine or extended-affine equivalent; print a transforming element',
  usage: ['equivalent <f> <g> [--group npn|np|affine|ea|agl] [--n N] [--json]'],
  arguments: [
    { name: '<f>', description: 'a Boolean function on n <= 6 variables' },
    { name: '<g>', description: 'another on the same n' },
  ],
  flags: {
    n: { type: 'string', value: 'N', description: 'the number of variables of both', default: 'the largest variable used in either' },
    ...GROUP_FLAG,
    ...JSON_FLAG,
  },
  examples: ["equivalent 'x1*x2' '-x1*x2'", "equivalent 'maj(x1,x2,x3)' 'x1*x2' --group ea", "equivalent 'x1*x2*x3' 'maj(x1,x2,x3)' --json"],
  notes: ['Exit 0 when equivalent (with e, e.f = g), 1 when not (the two canonical forms differ), 2 on bad input.'],
} as const satisfies CommandHelp;
