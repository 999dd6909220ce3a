/** `cubecheck equivalent`: flags and help. */
import { GROUP_FLAG } from './canon.js';
import { JSON_FLAG } from './common.js';
import type { CommandHelp } from './types.js';

export const EQUIVALENT_HELP = {
  name: 'equivalent',
  summary: 'decide whether two Boolean functions are NPN, NP, affine or extended-affine equivalent, or two bijections affine equivalent; print a transforming element',
  usage: ['equivalent <f> <g> [--group npn|np|affine|ea|agl] [--n N] [--json]', 'equivalent perm:... perm:... [--group affine] [--json]'],
  arguments: [
    { name: '<f>', description: 'a Boolean function on n <= 6 variables' },
    { name: '<g>', description: 'another on the same n' },
  ],
  flags: {
    n: { type: 'string', value: 'N', description: 'the number of variables of both', default: 'the largest variable used in either' },
    ...GROUP_FLAG,
    ...JSON_FLAG,
  },
  examples: ["equivalent 'x1*x2' '-x1*x2'", "equivalent 'maj(x1,x2,x3)' 'x1*x2' --group ea", "equivalent 'x1*x2*x3' 'maj(x1,x2,x3)' --json", 'equivalent perm:0,1,3,6,7,4,5,2 perm:0,1,2,4,3,6,7,5'],
  notes: ['Two bijections of C_n (n <= 5): exit 0 with A, B such that g = A o f o B, 1 when not, naming the first differing invariant (component degrees, inverse degrees, DDT spectrum, |Walsh| spectrum) or else both canonical forms.', 'Exit 0 when equivalent (with e, e.f = g), 1 when not (the two canonical forms differ), 2 on bad input.'],
} as const satisfies CommandHelp;
