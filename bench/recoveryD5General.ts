/**
 * The general exact search at d = 5 (src/recovery/exact/generalPlaces.ts): partial support and
 * rational tasks, head-only biases, random supports of growing size; wall and CPU time, within
 * the 60 s limit of `recover` (the reach is documented in docs/world-model.md).
 */
import { identityMap } from '../src/maps/boolMap.js';
import { recoverByTuples } from '../src/recovery/exact/exactRecovery.js';
import { sampleTask } from '../src/recovery/distributions.js';
import { makeRng } from '../src/recovery/rng.js';
import type { Bias, RecoveryProblem } from '../src/recovery/types.js';
import { type CubeFunction, fromRationals } from '../src/core/cubeFunction.js';
import { Rational } from '../src/core/rational.js';

function row(cells: readonly (string | number)[], widths: readonly number[]): string {
  return cells.map((c, i) => String(c).padEnd(widths[i]!)).join(' ');
}

export function d5GeneralRows(): string[] {
  const out = ['recovery exact at d = 5, partial support / rational tasks (generalPlaces.ts): psi = identity, random U (seed 7)'];
  const w = [30, 13, 10, 10, 10, 24];
  out.push(row(['instance', 'bias', 'wall ms', 'cpu ms', 'minimum', 'minimisers'], w));
  const rng = makeRng(7);
  const uni = (k: number): CubeFunction[] => Array.from({ length: k }, () => sampleTask({ kind: 'uniform' }, 5, rng));
  const support = (s: number): number[] => {
    const pts = Array.from({ length: 32 }, (_, z) => z);
    for (let i = 31; i > 0; i--) {
      const j = rng.below(i + 1);
      [pts[i], pts[j]] = [pts[j]!, pts[i]!];
    }
    return pts.slice(0, s).sort((a, b) => a - b);
  };
  const threeValued = (k: number): CubeFunction[] => Array.from({ length: k }, () => fromRationals(5, Array.from({ length: 32 }, () => Rational.fromInt(rng.below(3) - 1))));
  const cases: [string, CubeFunction[], number[], Bias][] = [
    ['4 uniform, |U| = 4', uni(4), support(4), 'head-degree'],
    ['4 uniform, |U| = 6', uni(4), support(6), 'head-degree'],
    ['4 uniform, |U| = 8', uni(4), support(8), 'head-degree'],
    ['4 uniform, |U| = 10', uni(4), support(10), 'head-degree'],
    ['8 uniform, |U| = 6', uni(8), support(6), 'head-degree'],
    ['4 uniform, |U| = 6', uni(4), support(6), 'head-max'],
    ['4 uniform, |U| = 6', uni(4), support(6), 'head-gf2'],
    ['4 uniform, |U| = 6', uni(4), support(6), 'head-profile'],
    ['3 tasks in {-1, 0, 1}, |U| = 6', threeValued(3), support(6), 'head-degree'],
  ];
  for (const [name, tasks, U, bias] of cases) {
    const p: RecoveryProblem = { d: 5, psi: identityMap(5), tasks, bias, group: 'signed-permutation', support: U };
    const t = performance.now();
    const c = process.cpuUsage();
    const r = recoverByTuples(p, undefined, Date.now() + 60_000);
    const cpu = process.cpuUsage(c);
    const min = r === null ? '?' : r.profile ? r.profile.map(String).join(',') : String(r.minimum);
    out.push(row([name, bias, `${r ? '' : '>'}${(performance.now() - t).toFixed(0)}`, ((cpu.user + cpu.system) / 1000).toFixed(0), min.slice(0, 10), String(r?.minimizers ?? '?').slice(0, 24)], w));
  }
  return out;
}

/** The rep biases at d = 5 with partial support (generalRepD5.ts): the same kind of instances, their own seed. */
export function d5GeneralRepRows(): string[] {
  const out = ['recovery exact at d = 5, partial support / rational tasks, rep biases (generalRepD5.ts): psi = identity, random U (seed 11); ">" = not exact within 60 s'];
  const w = [30, 13, 10, 10, 10, 24];
  out.push(row(['instance', 'bias', 'wall ms', 'cpu ms', 'minimum', 'minimisers'], w));
  const rng = makeRng(11);
  const uni = (k: number): CubeFunction[] => Array.from({ length: k }, () => sampleTask({ kind: 'uniform' }, 5, rng));
  const support = (s: number): number[] => {
    const pts = Array.from({ length: 32 }, (_, z) => z);
    for (let i = 31; i > 0; i--) {
      const j = rng.below(i + 1);
      [pts[i], pts[j]] = [pts[j]!, pts[i]!];
    }
    return pts.slice(0, s).sort((a, b) => a - b);
  };
  const threeValued = (k: number): CubeFunction[] => Array.from({ length: k }, () => fromRationals(5, Array.from({ length: 32 }, () => Rational.fromInt(rng.below(3) - 1))));
  const only = process.env.D5REP_ONLY;
  const cases: [string, CubeFunction[], number[], Bias][] = [
    ['4 uniform, |U| = 4', uni(4), support(4), 'head+rep'],
    ['4 uniform, |U| = 6', uni(4), support(6), 'head+rep'],
    ['4 uniform, |U| = 7', uni(4), support(7), 'head+rep'],
    ['4 uniform, |U| = 8', uni(4), support(8), 'head+rep'],
    ['8 uniform, |U| = 6', uni(8), support(6), 'head+rep'],
    ['4 uniform, |U| = 4', uni(4), support(4), 'hier-max'],
    ['4 uniform, |U| = 6', uni(4), support(6), 'hier-max'],
    ['4 uniform, |U| = 6', uni(4), support(6), 'hier-sum'],
    ['3 tasks in {-1, 0, 1}, |U| = 6', threeValued(3), support(6), 'head+rep'],
  ];
  for (const [i, [name, tasks, U, bias]] of cases.entries()) {
    if (only !== undefined && !only.split(',').includes(String(i))) continue;
    const p: RecoveryProblem = { d: 5, psi: identityMap(5), tasks, bias, group: 'signed-permutation', support: U };
    const t = performance.now();
    const c = process.cpuUsage();
    const r = recoverByTuples(p, undefined, Date.now() + 60_000);
    const cpu = process.cpuUsage(c);
    out.push(row([name, bias, `${r ? '' : '>'}${(performance.now() - t).toFixed(0)}`, ((cpu.user + cpu.system) / 1000).toFixed(0), r === null ? '?' : String(r.minimum), String(r?.minimizers ?? '?').slice(0, 24)], w));
  }
  return out;
}

/**
 * The rep biases at d = 5 on seeded draws (seed s: makeRng(s), 4 uniform tasks, then a random U of
 * the size asked, as the reach figures in docs/math.md and docs/world-model.md were measured):
 * D5REP_SEEDS="bias:|U|:seed,..." (e.g. "head+rep:9:2,hier-max:7:3"); 60 s wall each, or D5REP_LIMIT s.
 */
export function d5RepSeedRows(spec: string): string[] {
  const out = ['recovery exact at d = 5, partial support, rep biases on seeded draws (4 uniform tasks; ">" = not exact within the limit)'];
  const w = [10, 6, 6, 10, 10, 10, 24, 9];
  out.push(row(['bias', '|U|', 'seed', 'wall ms', 'cpu ms', 'minimum', 'minimisers', 'recovers'], w));
  const limit = Number(process.env.D5REP_LIMIT ?? 60) * 1000;
  for (const item of spec.split(',')) {
    const [bias, s, seed] = item.split(':') as [Bias, string, string];
    const rng = makeRng(Number(seed));
    const tasks = Array.from({ length: 4 }, () => sampleTask({ kind: 'uniform' }, 5, rng));
    const pts = Array.from({ length: 32 }, (_, z) => z);
    for (let i = 31; i > 0; i--) {
      const j = rng.below(i + 1);
      [pts[i], pts[j]] = [pts[j]!, pts[i]!];
    }
    const p: RecoveryProblem = { d: 5, psi: identityMap(5), tasks, bias, group: 'signed-permutation', support: pts.slice(0, Number(s)).sort((a, b) => a - b) };
    const t = performance.now();
    const c = process.cpuUsage();
    const r = recoverByTuples(p, undefined, Date.now() + limit);
    const cpu = process.cpuUsage(c);
    out.push(row([bias, s, seed, `${r ? '' : '>'}${(performance.now() - t).toFixed(0)}`, ((cpu.user + cpu.system) / 1000).toFixed(0), r === null ? '?' : String(r.minimum), String(r?.minimizers ?? '?'), String(r?.recovers ?? '?')], w));
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = process.env.D5REP_SEEDS !== undefined ? d5RepSeedRows(process.env.D5REP_SEEDS) : process.env.D5REP_ONLY !== undefined ? d5GeneralRepRows() : [...d5GeneralRows(), ...d5GeneralRepRows()];
  process.stdout.write(`${rows.join('\n')}\n`);
}
