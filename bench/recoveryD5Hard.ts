/**
 * Hard full-support d = 5 instances (issue 13): the exact tuple search with the d = 5 cuts
 * (parityCapacity.ts, the look-ahead past the lists, lookahead.ts) against the same search
 * without them (PARITY_CAPACITY, D5_LOOKAHEAD off; cut off at LIMIT_MS). "5 dict + 3 junta:3"
 * is bench/recovery.ts's instance (seed 1): x1..x5, hex:ff00ffaa, hex:ff333333, hex:66bb66bb.
 * Times are wall clock on a shared machine: compare the two columns of one run; the plain run
 * comes second and finds the caches of the first warm (orbits of the first head, coordinate
 * lists), so a row where both are fast says little. Run with
 * `npx tsx bench/recoveryD5Hard.ts` or `npm run bench -- recoveryd5hard`.
 */
import { identityMap } from '../src/maps/boolMap.js';
import { recoverByTuples } from '../src/recovery/exact/exactRecovery.js';
import { PARITY_CAPACITY } from '../src/recovery/exact/parityCapacity.js';
import { D5_LOOKAHEAD } from '../src/recovery/exact/lookahead.js';
import type { Bias, RecoveryProblem } from '../src/recovery/types.js';
import { GF2_CUBICS, candidateStore } from '../src/recovery/exact/candidates.js';
import { chainTasks } from './stabiliserChain.js';
import { GF2_DICTATORS } from '../src/recovery/exact/gf2Dictators.js';

const LIMIT_MS = Number(process.env.CUBECHECK_BENCH_LIMIT_MS ?? 150_000);

const JUNTAS = 'x1; x2; x3; x4; x5; hex:ff00ffaa; hex:ff333333; hex:66bb66bb';
const PARITIES = 'x1; x2; x3; x4; x5; x1*x2; x3*x4*x5';
const ROWS: [string, string, Bias, boolean][] = [
  ['5 dict + x1*x2 + x3*x4*x5', PARITIES, 'head-degree', true],
  ['5 dict + x1*x2 + x3*x4*x5', PARITIES, 'hier-max', true],
  ['5 dict + 3 junta:3', JUNTAS, 'hier-max', true],
  ['5 dict + 3 junta:3', JUNTAS, 'head-gf2', false],
  ['x1..x4, x1*x2, x3*x4, x1*x2*x3*x4', 'x1; x2; x3; x4; x1*x2; x3*x4; x1*x2*x3*x4', 'head-degree', true],
];

function timed(p: RecoveryProblem, on: boolean): { ms: number; text: string } {
  PARITY_CAPACITY.on = on;
  D5_LOOKAHEAD.on = on;
  const t = performance.now();
  const r = recoverByTuples(p, undefined, Date.now() + LIMIT_MS);
  PARITY_CAPACITY.on = true;
  D5_LOOKAHEAD.on = true;
  return { ms: performance.now() - t, text: r ? `${r.minimum} ${r.minimizers} ${r.recovers} ${r.nodes}` : '?' };
}

const fmt = (ms: number, done: boolean): string => (done ? (ms / 1000).toFixed(1) : `>${(ms / 1000).toFixed(0)}`);

export function run(): void {
  console.log(`recovery exact at d = 5, full support, psi = identity: with the d = 5 cuts vs without (cut off at ${LIMIT_MS / 1000} s)`);
  const w = [34, 12, 9, 9, 34];
  const row = (cells: string[]): string => cells.map((c, i) => c.padEnd(w[i]!)).join(' ');
  console.log(row(['instance', 'bias', 'cuts s', 'plain s', 'minimum minimisers recovers nodes']));
  // Warm-up: the d = 5 lists (807,980 Fourier-degree-3 functions, RM(2,5)) are built once, outside the times.
  for (const m of ['fourier', 'gf2'] as const) for (let w = 0; w <= 32; w++) candidateStore(5, m).byWeight(w);
  for (const [name, text, bias, plainToo] of ROWS) {
    const p: RecoveryProblem = { d: 5, psi: identityMap(5), tasks: chainTasks(5, text), bias, group: 'signed-permutation', support: null };
    const fast = timed(p, true);
    const plain = plainToo ? timed(p, false) : null;
    if (plain && plain.text !== '?' && fast.text !== '?' && plain.text.split(' ').slice(0, 3).join() !== fast.text.split(' ').slice(0, 3).join()) throw new Error(`bench: ${name} ${bias}: the cuts change the answer`);
    console.log(row([name, bias, fmt(fast.ms, fast.text !== '?'), plain ? fmt(plain.ms, plain.text !== '?') : '-', fast.text]));
  }
  // Issue 13's head-gf2 row with the RM(3,5) lists (gf2Cubics.ts; list building included) vs RM(2,5), both with the cuts,
  // the tuple search alone (the dictator route off; with it on the row is bench/gf2Dictators.ts's first).
  GF2_DICTATORS.on = false;
  const p: RecoveryProblem = { d: 5, psi: identityMap(5), tasks: chainTasks(5, JUNTAS), bias: 'head-gf2', group: 'signed-permutation', support: null };
  GF2_CUBICS.on = true;
  let cub: { ms: number; text: string } = { ms: 0, text: '?' };
  try {
    cub = timed(p, true);
  } catch (e) {
    cub = { ms: 0, text: `? (${(e as Error).message})` };
  } finally {
    GF2_CUBICS.on = false;
  }
  const rm2 = timed(p, true);
  GF2_DICTATORS.on = true;
  console.log(row(['5 dict + 3 junta:3 RM(3,5) vs RM(2,5)', 'head-gf2', fmt(cub.ms, !cub.text.startsWith('?')), fmt(rm2.ms, rm2.text !== '?'), `${cub.text} | ${rm2.text}`]));
}

if (import.meta.url === `file://${process.argv[1]}`) run();
