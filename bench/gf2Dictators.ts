/**
 * The dictator route (src/recovery/exact/gf2Dictators.ts, issue 13): head-gf2 at d = 5 with every
 * x_i a task, the engine as it runs (route first, then side by side with the tuple search) against
 * the tuple search alone (GF2_DICTATORS off, cut off at LIMIT_MS). The first row is issue 13's
 * target, "5 dict + 3 junta:3" of bench/recovery.ts (seed 1): x1..x5, hex:ff00ffaa, hex:ff333333,
 * hex:66bb66bb. Wall clock on a shared machine: compare the columns of one row. Run with
 * `npx tsx bench/gf2Dictators.ts` or `npm run bench -- gf2dictators`.
 */
import { identityMap } from '../src/maps/boolMap.js';
import { fromSignBits } from '../src/core/cubeFunction.js';
import type { CubeFunction } from '../src/core/cubeFunction.js';
import { recoverByTuples } from '../src/recovery/exact/exactRecovery.js';
import { GF2_DICTATORS } from '../src/recovery/exact/gf2Dictators.js';
import type { Group, RecoveryProblem } from '../src/recovery/types.js';
import { chainTasks } from './stabiliserChain.js';

const LIMIT_MS = Number(process.env.CUBECHECK_BENCH_LIMIT_MS ?? 60_000);

/** A task as a GF(2) polynomial in x1..x5 (monomials as lists of variables). */
const poly = (ms: number[][]): CubeFunction => fromSignBits(5, (z) => ms.reduce((acc, m) => acc ^ (m.every((v) => (z >>> (v - 1)) & 1) ? 1 : 0), 0) === 1);
const DICT = chainTasks(5, 'x1; x2; x3; x4; x5');
const times = (n: number, f: CubeFunction): CubeFunction[] => new Array<CubeFunction>(n).fill(f);

const ROWS: [string, CubeFunction[], Group][] = [
  ['5 dict + 3 junta:3 (seed 1)', chainTasks(5, 'x1; x2; x3; x4; x5; hex:ff00ffaa; hex:ff333333; hex:66bb66bb'), 'signed-permutation'],
  ['5 dict + 3 junta:3 (seed 1)', chainTasks(5, 'x1; x2; x3; x4; x5; hex:ff00ffaa; hex:ff333333; hex:66bb66bb'), 'gf2-affine'],
  ['x1..x5; x1*x2*x3', chainTasks(5, 'x1; x2; x3; x4; x5; x1*x2*x3'), 'signed-permutation'],
  ['x1..x5; 3 x (x5 + x1x2)', [...DICT, ...times(3, poly([[5], [1, 2]]))], 'signed-permutation'],
  ['x1..x5; 2 x (x5 + x1x2)', [...DICT, ...times(2, poly([[5], [1, 2]]))], 'gf2-affine'],
  ['x1..x5; x5 + x1x2', [...DICT, poly([[5], [1, 2]])], 'signed-permutation'],
  ['x1..x5; x5+x1x2, 2 x (x4+x2x3)', [...DICT, poly([[5], [1, 2]]), ...times(2, poly([[4], [2, 3]]))], 'signed-permutation'],
  ['x1..x5; 3 x (x5 + x1x2x3x4)', [...DICT, ...times(3, poly([[5], [1, 2, 3, 4]]))], 'gf2-affine'],
];

function timed(p: RecoveryProblem, route: boolean): { ms: number; text: string } {
  GF2_DICTATORS.on = route;
  const t = performance.now();
  try {
    const r = recoverByTuples(p, undefined, Date.now() + LIMIT_MS);
    return { ms: performance.now() - t, text: r ? `${r.minimum} ${r.minimizers} ${r.recovers} [${r.infeasible.join(',')}]` : '?' };
  } finally {
    GF2_DICTATORS.on = true;
  }
}

const fmt = (ms: number, done: boolean): string => (done ? (ms / 1000).toFixed(2) : `>${(ms / 1000).toFixed(0)}`);

export function run(): void {
  console.log(`head-gf2 at d = 5, every x_i a task: the engine with the dictator route vs the tuple search alone (cut off at ${LIMIT_MS / 1000} s)`);
  const w = [32, 19, 9, 9, 7, 40];
  const row = (cells: string[]): string => cells.map((c, i) => c.padEnd(w[i]!)).join(' ');
  console.log(row(['instance', 'up to', 'route s', 'tuples s', 'ratio', 'minimum minimisers recovers [infeasible]']));
  for (const [name, tasks, group] of ROWS) {
    const p: RecoveryProblem = { d: 5, psi: identityMap(5), tasks, bias: 'head-gf2', group, support: null };
    const on = timed(p, true);
    const off = timed(p, false);
    if (on.text !== '?' && off.text !== '?' && on.text !== off.text) throw new Error(`bench: ${name} (${group}): the route says ${on.text}, the tuple search ${off.text}`);
    const ratio = on.text !== '?' ? `${off.text === '?' ? '>' : ''}${(off.ms / Math.max(on.ms, 1)).toFixed(0)}x` : '-';
    console.log(row([name, group, fmt(on.ms, on.text !== '?'), fmt(off.ms, off.text !== '?'), ratio, on.text]));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) run();
