/**
 * Recovery engine figures: d = 3 with 8 tasks over all 40320 bijections for each bias (plain
 * enumeration, and the coset shortcut), and the exact tuple search at d = 4 and 5 (time to prove
 * the minimum, time with the count of minimisers, and the local search's best for comparison),
 * the general exact search (partial support, rational tasks; head+rep / hier-sum / hier-max there), and the verifier's S1-d3 re-check
 * with and without its coset shortcut. Run with `npx tsx bench/recovery.ts` or from the bench runner.
 */
import { identityMap } from '../src/maps/boolMap.js';
import { recover, recoverExhaustive } from '../src/recovery/engine.js';
import { recoverByTuples } from '../src/recovery/exact/exactRecovery.js';
import { LOOKAHEAD } from '../src/recovery/exact/exactSwitches.js';
import { type TaskDistribution, sampleTask } from '../src/recovery/distributions.js';
import { objectiveText } from '../src/report/recoveryText.js';
import { makeRng } from '../src/recovery/rng.js';
import { BIASES, type Bias, type RecoveryProblem } from '../src/recovery/types.js';
import { type CubeFunction, fromRationals, fromSignBits } from '../src/core/cubeFunction.js';
import { Rational } from '../src/core/rational.js';
import { popcount } from '../src/core/cube.js';
import { recoverySummary as verifierRecoverySummary } from '../src/verifier/recovery.js';
import { verifierKernel } from '../src/verifier/index.js';
import { d5GeneralRepRows, d5GeneralRows } from './recoveryD5General.js';

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
  out.push('recovery exact (tuple search): psi = identity, full support; targets: min 8 tasks d = 4 < 1 s, counts d = 4 < 10 s, d = 5 < 60 s');
  const we = [26, 13, 10, 10, 26, 14, 9, 8];
  out.push(row(['instance', 'bias', 'min (ms)', 'all (ms)', 'minimum', 'minimisers', 'recovers', 'search'], we));
  const rng5 = makeRng(1);
  const d5 = [...[1, 2, 4, 8, 16].map((S) => parityTask(5, S)), ...Array.from({ length: 3 }, () => sampleTask({ kind: 'junta', size: 3 }, 5, rng5))];
  const instances: [string, number, CubeFunction[], readonly string[]][] = [
    ['d=4 8 uniform (seed 1)', 4, tasksFrom({ kind: 'uniform' }, 4, 8, 1), ['head-degree', 'head-gf2', 'head-max', 'head-profile']],
    ['d=4 8 uniform (seed 2)', 4, tasksFrom({ kind: 'uniform' }, 4, 8, 2), ['head-degree', 'head-gf2']],
    ['d=4 8 junta:2 (seed 1)', 4, tasksFrom({ kind: 'junta', size: 2 }, 4, 8, 1), BIASES],
    ['d=5 5 dict + 3 junta:3', 5, d5, ['head-degree', 'head+rep', 'head-profile']],
  ];
  for (const [name, d, tasks, biases] of instances) {
    for (const bias of biases as Bias[]) {
      const p: RecoveryProblem = { d, psi: identityMap(d), tasks, bias, group: 'signed-permutation', support: null };
      let t = performance.now();
      const numeric = bias !== 'head-profile' && bias !== 'head+rep';
      const least = numeric ? recoverByTuples(p, undefined, Date.now() + 60_000, true) : null;
      const minMs = numeric ? (performance.now() - t).toFixed(0) : '-';
      t = performance.now();
      const r = await recover(p, { method: 'tuples', exactTimeLimitMs: 60_000, maxEvaluations: 20_000 });
      const allMs = (performance.now() - t).toFixed(0);
      if (least && r.exact && objectiveText(r.minimum) !== String(least.minimum)) throw new Error(`bench: ${name} ${bias}: the minimum-only run disagrees`);
      const sr = d === 4 ? await recover(p, { method: 'search', seed: 1, maxEvaluations: 20_000 }) : null;
      const min = objectiveText(r.minimum).replace(/^profile W\^0..W\^\d = /, '');
      out.push(row([name, bias, minMs, r.exact ? allMs : `>${allMs}`, r.exact ? min : `(${min})`, String(r.minimizerCount ?? r.minimizers ?? '?'), String(r.recovers ?? '?'), sr ? objectiveText(sr.minimum).replace(/^profile W\^0..W\^\d = /, '').slice(0, 8) : '-'], we));
    }
  }
  out.push('');
  out.push(...repBenchRows());
  out.push('');
  out.push('recovery exact, partial support and rational tasks (general.ts, twoValued.ts): d = 4, psi = identity; no target in the issue, the 60 s limit applies');
  const wg = [34, 13, 10, 10, 22, 9];
  out.push(row(['instance', 'bias', 'ms', 'method', 'minimum', 'recovers'], wg));
  const rngG = makeRng(7);
  const uni = (k: number): CubeFunction[] => Array.from({ length: k }, () => sampleTask({ kind: 'uniform' }, 4, rngG));
  const zeroOne = (h: CubeFunction): CubeFunction => fromRationals(4, Array.from({ length: 16 }, (_, z) => Rational.fromInt(Number(h.numerators[z]) === -1 ? 1 : 0)));
  const pointTask = (plus: number[], minus: number[]): CubeFunction => fromRationals(4, Array.from({ length: 16 }, (_, z) => Rational.fromInt(plus.includes(z) ? 1 : minus.includes(z) ? -1 : 0)));
  const half = Array.from({ length: 8 }, (_, i) => 2 * i);
  const general: [string, CubeFunction[], number[] | null, Bias][] = [
    ['4 uniform, |U| = 8 (even points)', uni(4), half, 'head-degree'],
    ['4 uniform, |U| = 8', uni(4), half, 'head-profile'],
    ['8 uniform, |U| = 8', uni(8), half, 'head-degree'],
    ['8 uniform, |U| = 4', uni(8), [0, 3, 5, 6], 'head-max'],
    ['8 tasks with values 0/1, full', uni(8).map(zeroOne), null, 'head-degree'],
    ['2 tasks with values 1, -1, 0 (2, 2, 12 points)', [pointTask([0, 15], [5, 10]), pointTask([3, 12], [6, 9])], null, 'head-degree'],
    ['3 such tasks', [pointTask([0, 15], [5, 10]), pointTask([3, 12], [6, 9]), pointTask([1, 2], [4, 8])], null, 'head-profile'],
  ];
  for (const [name, tasks, support, bias] of general) {
    const p: RecoveryProblem = { d: 4, psi: identityMap(4), tasks, bias, group: 'signed-permutation', support };
    const t = performance.now();
    const r = await recover(p, { method: 'tuples', exactTimeLimitMs: 60_000, maxEvaluations: 20_000 });
    const ms = (performance.now() - t).toFixed(0);
    const min = objectiveText(r.minimum).replace(/^profile W\^0..W\^\d = /, '');
    out.push(row([name, bias, r.exact ? ms : `>${ms}`, r.exact ? 'exact' : 'best found', min.slice(0, 22), String(r.recovers ?? '?')], wg));
  }
  out.push('');
  out.push('recovery exact, representation biases with partial support / rational tasks (generalRep.ts, via recoverByTuples): d = 4');
  const wr = [34, 9, 10, 10, 8, 12, 9];
  out.push(row(['instance', 'bias', 'wall ms', 'cpu ms', 'minimum', 'minimisers', 'recovers'], wr));
  const rngR = makeRng(7);
  const uniR = (k: number): CubeFunction[] => Array.from({ length: k }, () => sampleTask({ kind: 'uniform' }, 4, rngR));
  const rep: [string, CubeFunction[], number[] | null, Bias][] = [
    ['4 uniform, |U| = 8 (even points)', uniR(4), half, 'head+rep'],
    ['2 tasks with values 1, -1, 0, full', [pointTask([0, 15], [5, 10]), pointTask([3, 12], [6, 9])], null, 'hier-sum'],
    ['the same 2 tasks', [pointTask([0, 15], [5, 10]), pointTask([3, 12], [6, 9])], null, 'hier-max'],
  ];
  for (const [name, tasks, support, bias] of rep) {
    const p: RecoveryProblem = { d: 4, psi: identityMap(4), tasks, bias, group: 'signed-permutation', support };
    const t = performance.now();
    const c = process.cpuUsage();
    const r = recoverByTuples(p, undefined, Date.now() + 60_000);
    const cpu = process.cpuUsage(c);
    const ms = (performance.now() - t).toFixed(0);
    out.push(row([name, bias, r ? ms : `>${ms}`, ((cpu.user + cpu.system) / 1000).toFixed(0), r ? String(r.minimum) : '?', String(r?.minimizers ?? '?'), String(r?.recovers ?? '?')], wr));
  }
  out.push('');
  out.push(...d5GeneralRows());
  out.push(...d5GeneralRepRows());
  out.push(...curveInstanceRows());
  out.push('');
  out.push(verifierS1Line());
  process.stdout.write(`${out.join('\n')}\n`);
}

/**
 * head+rep / hier-sum / hier-max exactly at d = 4 (headRep.ts, hierMax.ts), psi not the identity and
 * observations in C_5 (m > d): time to prove the minimum, to settle the verdict, and with the count.
 */
function repBenchRows(): string[] {
  const out = ['recovery exact, the rep biases at d = 4 (head+rep, hier-sum, hier-max; psi a bijection or into C_5)'];
  const w = [40, 10, 10, 12, 10, 9, 12, 9];
  out.push(row(['instance', 'bias', 'min (ms)', 'verdict (ms)', 'all (ms)', 'minimum', 'minimisers', 'recovers'], w));
  const hex = (c: number): CubeFunction => fromSignBits(4, (x) => ((c >>> x) & 1) === 1);
  const psiNot = { n: 4, m: 4, image: Uint32Array.from([0, 1, 3, 2, 4, 5, 7, 6, 8, 9, 11, 10, 12, 13, 15, 14]) };
  const psi5 = { n: 4, m: 5, image: Uint32Array.from({ length: 16 }, (_, z) => z | (((z & 1) ^ ((z >>> 1) & 1)) << 4)) };
  const curve = tasksFromCurve(2, 5);
  const cases: [string, RecoveryProblem['psi'], CubeFunction[], Bias[]][] = [
    ["thr(2); x1 (the issue's hier-max case)", identityMap(4), [hex(0xfee8), hex(0xaaaa)], ['hier-max']],
    ['thr(2); x1; x2x3; x1x4, psi (x1x2,x2,x3,x4)', psiNot, [hex(0xfee8), hex(0xaaaa), hex(0x3c3c), hex(0x55aa)], ['head+rep', 'hier-max']],
    ['thr(2); x1; x2x3, psi into C_5 (x5 = x1x2)', psi5, [hex(0xfee8), hex(0xaaaa), hex(0x3c3c)], ['head+rep', 'hier-max']],
    ['S4 curve seed 2025, k = 2, sample 5', identityMap(4), curve, ['head+rep']],
  ];
  for (const [name, psi, tasks, biases] of cases) {
    for (const bias of biases) {
      const p: RecoveryProblem = { d: 4, psi, tasks, bias, group: 'signed-permutation', support: null };
      const timed = (mode: boolean | 'verdict') => {
        const t = performance.now();
        const o = recoverByTuples(p, undefined, Date.now() + 60_000, mode);
        return { o, ms: (performance.now() - t).toFixed(0) };
      };
      const least = timed(true);
      const verdict = timed('verdict');
      const all = timed(false);
      const r = all.o;
      out.push(row([name, bias, least.o ? least.ms : `>${least.ms}`, verdict.o ? verdict.ms : `>${verdict.ms}`, r ? all.ms : `>${all.ms}`, r ? String(r.minimum) : '?', r ? String(r.minimizers) : '?', r ? String(r.recovers) : '?'], w));
    }
  }
  return out;
}

/** The tasks of sample s of point k of the S4 curve at d = 4 (uniform tasks, seed 2025, 10 samples). */
function tasksFromCurve(k: number, s: number): CubeFunction[] {
  const rng = makeRng(2025);
  for (let kk = 1; ; kk++) {
    for (let ss = 0; ss < 10; ss++) {
      const tasks = Array.from({ length: kk }, () => sampleTask({ kind: 'uniform' }, 4, rng));
      if (kk === k && ss === s) return tasks;
    }
  }
}

/** The verifier's re-check of S1-d3 (256 single tasks at d = 3): every bijection vs the coset shortcut. */
function verifierS1Line(): string {
  const ms = (symmetry: boolean): number => {
    const t = performance.now();
    for (let code = 0; code < 256; code++) {
      const h = { n: 3, values: Int32Array.from({ length: 8 }, (_, x) => ((code >>> x) & 1 ? -1 : 1)) };
      if (!verifierRecoverySummary({ tasks: [h], bias: 'head-degree', group: 'signed-permutation' }, verifierKernel, symmetry).outside) throw new Error('bench: S1-d3 fails');
    }
    return performance.now() - t;
  };
  ms(true);
  const plain = ms(false);
  const cosets = ms(true);
  return `verifier S1-d3 predicate (256 tasks): every bijection ${plain.toFixed(0)} ms, coset shortcut ${cosets.toFixed(0)} ms (${(plain / cosets).toFixed(1)}x)`;
}

/**
 * Instances of the README's d = 4 curve (seed 2025, uniform tasks) that were undecided within 20 s:
 * the curve's 'verdict' mode with the tuple search's speed-ups off (LOOKAHEAD.on = false: the search
 * before them) and on, side by side (limit 30 s each).
 */
export function curveInstanceRows(): string[] {
  const rng = makeRng(2025);
  const sets = new Map<string, CubeFunction[]>();
  for (let k = 1; k <= 8; k++) for (let s = 0; s < 10; s++) sets.set(`${k}:${s}`, Array.from({ length: k }, () => sampleTask({ kind: 'uniform' }, 4, rng)));
  const picks: [string, Bias][] = [['6:9', 'head-gf2'], ['7:0', 'head-gf2'], ['8:2', 'head-gf2'], ['8:5', 'head-gf2'], ['8:0', 'head-profile'], ['7:4', 'head-profile']];
  const out = ['curve instances at d = 4 (seed 2025, k:sample), verdict mode: speed-ups off vs on (limit 30 s)'];
  const w = [10, 14, 12, 12, 8];
  out.push(row(['instance', 'bias', 'before (ms)', 'after (ms)', 'ratio'], w));
  for (const [key, bias] of picks) {
    const p: RecoveryProblem = { d: 4, psi: identityMap(4), tasks: sets.get(key)!, bias, group: 'signed-permutation', support: null };
    const time = (on: boolean): [number, boolean | null] => {
      LOOKAHEAD.on = on;
      const t = performance.now();
      const r = recoverByTuples(p, undefined, Date.now() + 30_000, 'verdict');
      LOOKAHEAD.on = true;
      return [performance.now() - t, r?.recovers ?? null];
    };
    const [before, a] = time(false);
    const [after, b] = time(true);
    if (a !== null && b !== null && a !== b) throw new Error(`bench: curve ${key} ${bias}: the speed-ups change the verdict`);
    out.push(row([key, bias, a === null ? `>${before.toFixed(0)}` : before.toFixed(0), b === null ? `>${after.toFixed(0)}` : after.toFixed(0), `${a === null ? '>' : ''}${(before / after).toFixed(1)}x`], w));
  }
  return out;
}

function parityTask(d: number, S: number): CubeFunction {
  return fromSignBits(d, (x) => (popcount(x & S) & 1) === 1);
}

if (import.meta.url === `file://${process.argv[1]}`) await runRecoveryBench();
