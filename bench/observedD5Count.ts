/**
 * The counted dear coordinates (observedD5Count.ts, observedD5CountPass.ts): head+rep at d = 5,
 * m = 6 under the generic psi of bench/observedD5.ts (seed 5: L = 2, every balanced code costs
 * <= 3), counting off / on side by side (interleaved, CPU and wall), 60 s limit each: the parity
 * z1..z5 (not exact before), and z1, z1 z2 z3 where both routes answer (the cross-check: equal
 * answers); the 8 tasks (5 dictators + 3 random 3-juntas, seed 1) with counting on, 200 s.
 * Run with `npx tsx bench/observedD5Count.ts` or `npm run bench -- observedd5count`.
 */
import { popcount } from '../src/core/cube.js';
import { fromSignBits, type CubeFunction } from '../src/core/cubeFunction.js';
import type { BoolMap } from '../src/maps/boolMap.js';
import { sampleTask } from '../src/recovery/distributions.js';
import { recoverByTuples } from '../src/recovery/exact/exactRecovery.js';
import { coordinateCandidates } from '../src/recovery/exact/observedCoordinates.js';
import { COUNT_DEAR } from '../src/recovery/exact/observedD5CountPass.js';
import { makeRng } from '../src/recovery/rng.js';
import { randomPsi } from './observedD5.js';

const parity = (S: number): CubeFunction => fromSignBits(5, (x) => (popcount(x & S) & 1) === 1);

function timed(psi: BoolMap, tasks: readonly CubeFunction[], on: boolean, limit = 60): string {
  COUNT_DEAR.on = on;
  const t = performance.now();
  const c0 = process.cpuUsage();
  const r = recoverByTuples({ d: 5, psi, tasks, bias: 'head+rep', group: 'signed-permutation', support: null }, undefined, Date.now() + limit * 1000);
  const c = process.cpuUsage(c0);
  COUNT_DEAR.on = true;
  const answer = r ? `${r.minimum} ${r.minimizers} ${r.recovers}` : 'not exact';
  return `${answer} (${((performance.now() - t) / 1000).toFixed(1)} s wall, ${((c.user + c.system) / 1e6).toFixed(1)} s CPU)`;
}

export function run(): void {
  const psi = randomPsi(5);
  const t = performance.now();
  const c = coordinateCandidates(psi)!;
  const out = [`observed d = 5, generic psi (seed 5): L = ${c.completeUpTo}, K = ${c.costCeiling}, ${c.list.codes.length} listed codes (${(performance.now() - t).toFixed(0)} ms); head+rep, counting off | on, limit 60 s`];
  const rng = makeRng(1);
  const eight = [...[1, 2, 4, 8, 16].map(parity), ...Array.from({ length: 3 }, () => sampleTask({ kind: 'junta', size: 3 }, 5, rng))];
  for (const [name, tasks] of [['z1', [parity(1)]], ['z1 z2 z3', [parity(7)]], ['z1..z5', [parity(31)]]] as const) {
    out.push(`${name}: off ${timed(psi, tasks, false)} | on ${timed(psi, tasks, true)}`);
  }
  out.push(`5 dictators + 3 junta:3 (seed 1), limit 200 s: on ${timed(psi, eight, true, 200)}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

if (process.argv[1]?.endsWith('observedD5Count.ts')) run();
