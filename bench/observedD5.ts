/**
 * The rep biases at d = 5 with observations longer than the latents (m = 6): the coordinate list
 * (observedD5Coordinates.ts: its level L, length and build time) and the exact search on the
 * issue's d = 5 instance (5 dictators + 3 random 3-juntas, seed 1, as in bench/recovery.ts) for
 * psi padded with +1 (the m = d answer), psi with x6 = x1 x2, and a random injective psi (level 2:
 * head+rep / hier-sum beyond it, the time to answer "not exact"; hier-max exact by the cost
 * ceiling 3); m = 5 beside them (the padded answers must
 * equal its). Limit 60 s each.
 * Run with `npx tsx bench/observedD5.ts` or `npm run bench -- observedd5`.
 */
import { popcount } from '../src/core/cube.js';
import { type CubeFunction, fromSignBits } from '../src/core/cubeFunction.js';
import { type BoolMap, identityMap } from '../src/maps/boolMap.js';
import { sampleTask } from '../src/recovery/distributions.js';
import { recoverByTuples } from '../src/recovery/exact/exactRecovery.js';
import { coordinateCandidates } from '../src/recovery/exact/observedCoordinates.js';
import { OBSERVED_D5_TOP } from '../src/recovery/exact/observedD5Coordinates.js';
import { DEAR_SPLIT } from '../src/recovery/exact/observedD5Split.js';
import { makeRng } from '../src/recovery/rng.js';
import type { Bias, RecoveryProblem } from '../src/recovery/types.js';

function row(cells: readonly (string | number)[], widths: readonly number[]): string {
  return cells.map((c, i) => String(c).padEnd(widths[i]!)).join(' ');
}

const parity = (S: number): CubeFunction => fromSignBits(5, (x) => (popcount(x & S) & 1) === 1);
const psi6 = (extra: (z: number) => number): BoolMap => ({ n: 5, m: 6, image: Uint32Array.from({ length: 32 }, (_, z) => z | (extra(z) << 5)) });

/** A random injective psi: C_5 -> C_6 (seed 5 is the generic psi of the README's rows). */
export function randomPsi(seed: number): BoolMap {
  const rng = makeRng(seed);
  const pts = Array.from({ length: 64 }, (_, x) => x);
  for (let j = 63; j > 0; j--) {
    const k = rng.below(j + 1);
    [pts[j], pts[k]] = [pts[k]!, pts[j]!];
  }
  return { n: 5, m: 6, image: Uint32Array.from(pts.slice(0, 32)) };
}

export function run(): void {
  const rng5 = makeRng(1);
  const tasks = [...[1, 2, 4, 8, 16].map(parity), ...Array.from({ length: 3 }, () => sampleTask({ kind: 'junta', size: 3 }, 5, rng5))];
  const psis: [string, BoolMap][] = [
    ['m = 5, psi = identity', identityMap(5)],
    ['m = 6, psi padded with +1', psi6(() => 0)],
    ['m = 6, x6 = x1 x2', psi6((z) => (z ^ (z >>> 1)) & 1)],
    ['m = 6, random psi (seed 5)', randomPsi(5)],
  ];
  const out = ['observed d = 5: rep biases, 5 dictators + 3 junta:3 (seed 1); target d = 5 < 60 s (limit 60 s)'];
  const w = [28, 10, 16, 10, 10, 9, 11, 9];
  const square = new Map<Bias, string | null>();
  out.push(row(['psi', 'bias', 'list L/codes/ms', 'min (ms)', 'all (ms)', 'minimum', 'minimisers', 'recovers'], w));
  for (const [name, psi] of psis) {
    // The list is built once per psi (and cached): timed here, not in the searches below.
    const t = performance.now();
    const c = coordinateCandidates(psi);
    const list = psi.m === 5 ? `-/${c?.list.codes.length}/${(performance.now() - t).toFixed(0)}` : c === null ? 'none' : `${c.completeUpTo}/${c.list.codes.length}/${(performance.now() - t).toFixed(0)}`;
    for (const bias of ['head+rep', 'hier-sum', 'hier-max'] as Bias[]) {
      const p: RecoveryProblem = { d: 5, psi, tasks, bias, group: 'signed-permutation', support: null };
      const timed = (mode: boolean) => {
        const t = performance.now();
        const o = recoverByTuples(p, undefined, Date.now() + 60_000, mode);
        return { o, ms: (performance.now() - t).toFixed(0) };
      };
      const least = timed(true);
      const all = timed(false);
      const r = all.o;
      const key = r ? `${r.minimum} ${r.minimizers} ${r.recovers}` : null;
      if (name.includes('padded') && key !== square.get(bias)) throw new Error(`bench: observed d = 5 ${bias}: psi padded disagrees with m = 5`);
      if (psi.m === 5) square.set(bias, key);
      out.push(row([name, bias, list, least.o ? least.ms : `${least.ms} (n/e)`, r ? all.ms : `${all.ms} (n/e)`, r ? String(r.minimum) : 'not exact', r ? String(r.minimizers) : '?', r ? String(r.recovers) : '?'], w));
    }
  }
  // The generation past the list (observedD5Compatible.ts): z1 z2; z3; z4 z5 with x6 = x1 x2 under
  // head+rep, the list at level 2 (the minimum 9 below H + d + L) beside the list cut to level 1
  // (9 = H + d + L: the coordinate nodes generate their codes of cost 2; before, "not exact").
  const small = [3, 4, 24].map(parity);
  const x1x2 = psi6((z) => (z ^ (z >>> 1)) & 1);
  const cells: string[] = [];
  for (const level of [2, 1]) {
    OBSERVED_D5_TOP.level = level;
    const t = performance.now();
    const r = recoverByTuples({ d: 5, psi: x1x2, tasks: small, bias: 'head+rep', group: 'signed-permutation', support: null }, undefined, Date.now() + 60_000);
    cells.push(`L = ${level}: ${r ? `${r.minimum} ${r.minimizers} ${r.recovers}` : 'not exact'} in ${(performance.now() - t).toFixed(0)} ms`);
  }
  OBSERVED_D5_TOP.level = 3;
  out.push(`past the list, z1 z2; z3; z4 z5, x6 = x1 x2, head+rep: ${cells.join(' | ')}`);
  // The split by dear coordinates (observedD5Split.ts), list at level 2: totals >= H + d + 2 whose
  // first coordinate node has too many level-3 codes (6,297,030 after a first head z1). Off: as before.
  // Since the passes by cost class and the dear first head (observedD5Passes.ts) the parity
  // z1..z5 and z1 z2 z3; z3 z4 z5 are exact too ("split on").
  for (const [name, masks] of [['z1 z2 z3; z4 z5', [7, 24]], ['z1 z2 z3 z4', [15]], ['z3 z4 z5', [28]], ['z1 z2 z3; z3 z4 z5', [7, 28]], ['z1 z2 z3 z4 z5', [31]]] as const) {
    const split: string[] = [];
    for (const on of [false, true]) {
      DEAR_SPLIT.on = on;
      const t = performance.now();
      const r = recoverByTuples({ d: 5, psi: x1x2, tasks: masks.map(parity), bias: 'head+rep', group: 'signed-permutation', support: null }, undefined, Date.now() + 60_000);
      split.push(`split ${on ? 'on' : 'off'}: ${r ? `${r.minimum} ${r.minimizers} ${r.recovers}` : 'not exact'} in ${(performance.now() - t).toFixed(0)} ms`);
    }
    DEAR_SPLIT.on = true;
    out.push(`dear split, ${name}, x6 = x1 x2, head+rep: ${split.join(' | ')}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

if (process.argv[1]?.endsWith('observedD5.ts')) run();
