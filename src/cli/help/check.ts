/** `cubecheck check`: flags and help. */
import { DEFAULT_BUDGET, DEFAULT_RUNS, DEFAULT_SEED } from '../../check/types.js';
import { JSON_FLAG, PROGRESS_FLAG, SEED_NOTE } from './common.js';
import type { CommandHelp } from './types.js';

export const CHECK_HELP = {
  name: 'check',
  summary: 'prove a claim on a scope or find a (shrunk) counterexample; --all runs the catalogue',
  usage: [
    'check <id | file.ts | formula | file.claims [id]> [--n N] [--mode exhaustive|random|auto] [--runs R] [--seed S|random]',
    '      [--budget B] [--workers K] [--timeout SECONDS] [--shard i/N] [--cert FILE] [--force] [--all] [--json] [--[no-]progress[=json]]',
    'check --all [--extended] [--out DIR] [--force] [--json] [--[no-]progress[=json]]',
  ],
  arguments: [
    { name: '<id | file.ts>', description: "a catalogue id or a unique prefix of one (T4), or a property module ('cubecheck list' shows the ids)" },
    { name: '<formula>', description: "a claim in the claim language, e.g. 'forall f in boolean(4): sens(f)^2 >= deg(f)' (docs/claims.md); an existing file or catalogue id wins, text with a blank, ( or : is a formula" },
    { name: '<file.claims> [id]', description: 'named formula claims; one of them (an id or a unique prefix), or all' },
  ],
  flags: {
    n: { type: 'string', value: 'N', description: 'the scope: functions on n variables, maps of C_n', default: "the claim's default scope" },
    mode: { type: 'string', value: 'MODE', description: 'exhaustive, random or auto (exhaustive when the enumeration cost is at most the budget)', default: 'auto' },
    runs: { type: 'string', value: 'R', description: 'random mode: the number of sampled cases', default: String(DEFAULT_RUNS) },
    seed: { type: 'string', value: 'S', description: 'random mode: a 32-bit integer seed, or random to draw one', default: String(DEFAULT_SEED) },
    budget: { type: 'string', value: 'B', description: 'auto mode: the largest enumeration cost run exhaustively, a whole number or 2^k', default: `2^${DEFAULT_BUDGET.toString(2).length - 1}` },
    workers: { type: 'string', value: 'K', description: 'threads of the census engine (exhaustive runs of claims with a census form at n <= 5); 0 = this thread', default: 'every core' },
    timeout: { type: 'string', value: 'SECONDS', description: 'the most one case of a property module\'s predicate may take in the sandbox worker (then the run is inconclusive, exit 3)', default: '60' },
    shard: { type: 'string', value: 'i/N', description: 'exhaustive: only the i-th of N slices of the canonical order (a partial certificate; join them with merge)' },
    cert: { type: 'string', value: 'FILE', description: 'write the certificate to FILE (a .claims file of several claims: a directory, one DIR/<id>.json per claim)' },
    out: { type: 'string', value: 'DIR', description: 'check --all: the directory of the certificates', default: 'certificates' },
    force: { type: 'boolean', description: 'replace an existing certificate that differs (without it the old one is kept and stderr says why)' },
    extended: { type: 'boolean', description: 'check --all: also run the extended claims of properties/extended.list (the S4 curves certified further; minutes)' },
    all: { type: 'boolean', description: 'with a claim: count every counterexample; alone: run the whole catalogue' },
    ...JSON_FLAG,
    ...PROGRESS_FLAG,
  },
  notes: [
    'An existing certificate is never silently overwritten: one that differs from the new one only in its "produced" fields (date, time, tool) is left untouched, one that differs otherwise is kept unless --force is given.',
    SEED_NOTE,
    'Formulas: --cert writes a formula certificate (the formula itself; verify re-checks it with its own parser and runs no foreign code); a run-time error (an undefined measure value used, a division by zero) names the case, exit 2.',
    'Exit codes: 0 holds (check --all: every result matches its status), 1 refuted (a theorem refuted), 2 bad input, 3 inconclusive or interrupted.',
  ],
  examples: ["check 'forall f in boolean(n): sens(f) >= deg(f)' --n 3 --all", "check 'forall T in bijections(3): differentialUniformity(T) >= 2'", 'check examples/claims.claims C1', 'check C1', 'check T4 --n 5 --mode random --seed random', 'check examples/composition-degree.ts --cert my.json', 'check --all --out certificates'],
} as const satisfies CommandHelp;
