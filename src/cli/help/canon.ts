/** `cubecheck canon`: flags and help (and the --group flag `equivalent` shares). */
import { JSON_FLAG } from './common.js';
import type { CommandHelp } from './types.js';

export const GROUP_FLAG = {
  group: { type: 'string', value: 'G', description: 'npn (negate and permute inputs, negate the output), np (the hyperoctahedral group: inputs only), affine (x -> Ax + b on the inputs, and output complement; n <= 5), ea (extended affine: also adding affine functions a.x + c; n <= 5) or agl (x -> Ax + b alone; n <= 5)', default: 'npn' },
} as const;

export const CANON_HELP = {
  name: 'canon',
  summary: 'the canonical form of a Boolean function under NPN, the hyperoctahedral, the affine or the extended-affine group, or of a bijection under affine equivalence, with the transforming element',
  usage: ['canon <function> [--group npn|np|affine|ea|agl] [--n N] [--json]', 'canon perm:S0,S1,... | <f1; ...; fn> [--group affine] [--json]'],
  arguments: [{ name: '<function>', description: 'a Boolean function on n <= 6 variables (expression or table; quote it)' }],
  flags: {
    n: { type: 'string', value: 'N', description: 'the number of variables', default: 'the largest variable used' },
    ...GROUP_FLAG,
    ...JSON_FLAG,
  },
  examples: ["canon 'x1*x2' --n 3", "canon 'maj(x1,x2,x3)' --group np --json", "canon 'maj(x1,x2,x3,x4,x5)' --group ea", 'canon perm:12,5,6,11,9,0,10,13,3,14,15,8,4,7,1,2'],
  notes: ['A bijection of C_n (n <= 5; perm: or coordinates) is classified under affine equivalence R = A o T o B: the least such table, A and B as tables and matrices, and the number of self-equivalences (docs/math.md, "Affine equivalence of bijections"; exit 3 when the n = 5 search bound is hit).', 'The representative is the least truth table (point 0 first, + before -) in the orbit; the witness e satisfies e.f = representative (docs/math.md, "Equivalence of Boolean functions" and "Affine equivalence of Boolean functions").'],
} as const satisfies CommandHelp;
