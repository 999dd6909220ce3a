/**
 * Recovery engine figures: d = 3 with 8 tasks over all 40320 bijections for each bias (plain
 * enumeration, and the coset shortcut), and d = 4 search figures (time, evaluations, best found
 * vs proven). Run with `npx tsx bench/recovery.ts` or from the bench runner.
 */
import { identityMap } from '../src/maps/boolMap.js';
import { recover, recoverExhaustive } from '../src/recovery/engine.js';
import { type TaskDistribution, sampleTask } from '../src/recovery/distributions.js';
import { objectiveText } from '../src/recovery/reportText.js';
import { makeRng } from '../src/recovery/rng.js';
import { BIASES, type RecoveryProblem } from '../src/recovery/types.js';
import { type CubeFunction, fromSignBits } from '../src/core/cubeFunction.js';
import { popcount } from '../src/core/cube.js';

function tasksFrom(dist: TaskDistribution, d: number, k: number, seed: number): CubeFunction[] {
  const rng = makeRng(seed);
  return Array.from({ length: k }, () => sampleTask(dist, d, rng));
}

function row(cells: readonly (string | number)[], widths: readonly number[]): string {
  return cells.map((c, i) => String(c).padEnd(widths[i]!)).join(' ');
}

export async function runRecoveryBench(): Promise<void> {
  const out: string[] = [];
  out.push('recovery: d = 3, 8 uniform random tasks (seed 1), psi = identity, full support');
  const w3 = [13, 16, 13, 10, 22, 10];
  out.push(row(['bias', 'all 40320 (ms)', 'cosets (ms)', 'evaluated', 'minimum', 'minimisers'], w3));
  const tasks3 = tasksFrom({ kind: 'uniform' }, 3, 8, 1);
  for (const bias of BIASES) {
    const p: RecoveryProblem = { d: 3, psi: identityMap(3), tasks: tasks3, bias, group: 'signed-permutation', support: null };
    recoverExhaustive(p, { symmetry: false }); // warm-up (lookup tables, orbit lists, JIT)
    recoverExhaustive(p, { symmetry: true });
    let t = performance.now();
    const plain = recoverExhaustive(p, { symmetry: false });
    const plainMs = performance.now() - t;
    t = performance.now();
    const cos = recoverExhaustive(p, { symmetry: true });
    const cosMs = performance.now() - t;
    if (objectiveText(plain.minimum) !== objectiveText(cos.minimum) || plain.minimizers !== cos.minimizers) throw new Error(`bench: ${bias}: the shortcut disagrees`);
    const min = objectiveText(plain.minimum).replace(/^profile W\^0..W\^3 = /, '');
    out.push(row([bias, plainMs.toFixed(0), cosMs.toFixed(1), cos.stats.evaluations, min, plain.minimizers ?? '?'], w3));
  }
  out.push('');
  out.push('recovery search: d = 4, psi = identity, full support, at most 200000 evaluations, seed 1, theorem certificates off');
  const w4 = [12, 13, 10, 12, 32, 6, 6];
  out.push(row(['tasks', 'bias', 'time (ms)', 'evaluations', 'best', 'bound', 'proven'], w4));
  const families: [string, CubeFunction[]][] = [
    ['8 uniform', tasksFrom({ kind: 'uniform' }, 4, 8, 1)],
    ['8 junta:2', tasksFrom({ kind: 'junta', size: 2 }, 4, 8, 1)],
    ['4 dictators', [1, 2, 4, 8].map((S) => parityTask(4, S))],
    ['15 parities', Array.from({ length: 15 }, (_, S) => parityTask(4, S + 1))],
  ];
  for (const [name, tasks] of families) {
    for (const bias of BIASES) {
      const p: RecoveryProblem = { d: 4, psi: identityMap(4), tasks, bias, group: 'signed-permutation', support: null };
      const t = performance.now();
      const r = await recover(p, { seed: 1, maxEvaluations: 200_000, theorems: false });
      const ms = performance.now() - t;
      const best = objectiveText(r.minimum).replace(/^profile W\^0..W\^4 = /, '');
      out.push(row([name, bias, ms.toFixed(0), r.stats.evaluations, best, r.stats.lowerBound ?? '-', r.exact ? 'yes' : 'no'], w4));
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

function parityTask(d: number, S: number): CubeFunction {
  return fromSignBits(d, (x) => (popcount(x & S) & 1) === 1);
}

if (import.meta.url === `file://${process.argv[1]}`) await runRecoveryBench();
