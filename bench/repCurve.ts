/**
 * The rep biases' hardest instances of the README's d = 4 curve (seed 2025, uniform tasks, 10 sets
 * per k, k:sample counted from 0): the curve's 'verdict' mode with the head+rep / hier-max
 * speed-ups off (REP_SPEEDUPS.on = false: the search before them) and on, side by side, each with
 * the same wall-clock limit. `npm run bench -- repcurve`.
 */
import { identityMap } from '../src/maps/boolMap.js';
import type { CubeFunction } from '../src/core/cubeFunction.js';
import { recoverByTuples } from '../src/recovery/exact/exactRecovery.js';
import { REP_SPEEDUPS } from '../src/recovery/exact/headRep.js';
import { REP_CELLS } from '../src/recovery/exact/repCellBound.js';
import { sampleTask } from '../src/recovery/distributions.js';
import { makeRng } from '../src/recovery/rng.js';
import type { Bias, RecoveryProblem } from '../src/recovery/types.js';

const LIMIT_MS = 30_000;
const PICKS: [string, Bias][] = [
  ['3:3', 'hier-max'],
  ['5:4', 'hier-max'],
  ['4:0', 'head+rep'],
  ['7:6', 'head+rep'],
];

export function repCurveRows(): string[] {
  const rng = makeRng(2025);
  const sets = new Map<string, CubeFunction[]>();
  for (let k = 1; k <= 8; k++) for (let s = 0; s < 10; s++) sets.set(`${k}:${s}`, Array.from({ length: k }, () => sampleTask({ kind: 'uniform' }, 4, rng)));
  const out = [`rep-bias curve instances at d = 4 (seed 2025, k:sample), verdict mode: speed-ups off vs on (limit ${LIMIT_MS / 1000} s)`];
  const w = [10, 10, 12, 12, 10, 9];
  const row = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(w[i]!)).join(' ');
  out.push(row(['instance', 'bias', 'before (ms)', 'after (ms)', 'ratio', 'recovers']));
  for (const [key, bias] of PICKS) {
    const p: RecoveryProblem = { d: 4, psi: identityMap(4), tasks: sets.get(key)!, bias, group: 'signed-permutation', support: null };
    const time = (on: boolean): [number, boolean | null] => {
      REP_SPEEDUPS.on = on;
      const t = performance.now();
      const r = recoverByTuples(p, undefined, Date.now() + LIMIT_MS, 'verdict');
      REP_SPEEDUPS.on = true;
      return [performance.now() - t, r?.recovers ?? null];
    };
    const [before, a] = time(false);
    const [after, b] = time(true);
    if (a !== null && b !== null && a !== b) throw new Error(`bench: curve ${key} ${bias}: the speed-ups change the verdict`);
    const cell = (ms: number, v: boolean | null) => (v === null ? `>${ms.toFixed(0)}` : ms.toFixed(0));
    const ratio = a === null && b === null ? '?' : `${a === null ? '>' : ''}${(before / after).toFixed(1)}x`;
    out.push(row([key, bias, cell(before, a), cell(after, b), ratio, String(b ?? a)]));
  }
  return out;
}

/** Sets the correlation bound left open or slow, the cell bound and least degrees (repCellCut.ts) off vs on. */
const CELL_PICKS = ['4:2', '7:8', '5:4', '4:3'];

export function repCellRows(): string[] {
  const rng = makeRng(2025);
  const sets = new Map<string, CubeFunction[]>();
  for (let k = 1; k <= 8; k++) for (let s = 0; s < 10; s++) sets.set(`${k}:${s}`, Array.from({ length: k }, () => sampleTask({ kind: 'uniform' }, 4, rng)));
  const out = [`head+rep curve instances at d = 4 (seed 2025), verdict mode: cell bound off vs on (CPU ms, limit ${LIMIT_MS / 1000} s wall)`];
  const w = [10, 14, 14, 10, 10, 8];
  const row = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(w[i]!)).join(' ');
  out.push(row(['instance', 'off (ms)', 'on (ms)', 'ratio', 'minimum', 'recovers']));
  for (const key of CELL_PICKS) {
    const p: RecoveryProblem = { d: 4, psi: identityMap(4), tasks: sets.get(key)!, bias: 'head+rep', group: 'signed-permutation', support: null };
    const time = (on: boolean) => {
      REP_CELLS.on = on;
      const t = process.cpuUsage();
      const r = recoverByTuples(p, undefined, Date.now() + LIMIT_MS, 'verdict');
      const used = process.cpuUsage(t);
      REP_CELLS.on = true;
      return { ms: (used.user + used.system) / 1000, r };
    };
    const off = time(false);
    const on = time(true);
    const a = off.r?.recovers ?? null;
    const b = on.r?.recovers ?? null;
    if (a !== null && b !== null && (a !== b || off.r!.minimum !== on.r!.minimum)) throw new Error(`bench: curve ${key}: the cell bound changes the answer`);
    const cell = (ms: number, v: boolean | null) => (v === null ? `>${ms.toFixed(0)}` : ms.toFixed(0));
    const ratio = b === null ? '?' : `${a === null ? '>' : ''}${(off.ms / on.ms).toFixed(1)}x`;
    out.push(row([key, cell(off.ms, a), cell(on.ms, b), ratio, String(on.r?.minimum ?? '?'), String(b ?? a)]));
  }
  return out;
}

export function run(): void {
  console.log(repCurveRows().join('\n') + '\n');
  console.log(repCellRows().join('\n') + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) run();
