/**
 * Counting minimisers when there are very many (issue 13, d = 5): the tuple search with its
 * stabiliser chain (stabiliserChain.ts) against the same search with the first head alone up to
 * signed permutations (STABILISER_CHAIN off, the search before it; cut off at 60 s). Run with
 * `npx tsx bench/stabiliserChain.ts` or `npm run bench -- chain`.
 */
import { identityMap } from '../src/maps/boolMap.js';
import { recoverByTuples } from '../src/recovery/exact/exactRecovery.js';
import { STABILISER_CHAIN } from '../src/recovery/exact/exactSwitches.js';
import { parseFunction } from '../src/expr/parseFunction.js';
import { makeRng } from '../src/recovery/rng.js';
import { sampleTask } from '../src/recovery/distributions.js';
import type { CubeFunction } from '../src/core/cubeFunction.js';
import type { Bias, Group, RecoveryProblem } from '../src/recovery/types.js';

export function chainTasks(d: number, text: string): CubeFunction[] {
  return text.split(';').map((e) => {
    const f = parseFunction(e.trim(), { n: d });
    if (!f.ok) throw new Error(`bench: bad task ${e}`);
    return f.value;
  });
}

const LIMIT_MS = 60_000;

function timed(p: RecoveryProblem, on: boolean): { ms: number; count: string; recovers: string; nodes: number | string } {
  STABILISER_CHAIN.on = on;
  const t = performance.now();
  const r = recoverByTuples(p, undefined, Date.now() + LIMIT_MS);
  STABILISER_CHAIN.on = true;
  return { ms: performance.now() - t, count: r ? String(r.minimizers) : '?', recovers: r ? String(r.recovers) : '?', nodes: r ? r.nodes : '-' };
}

export function run(): void {
  const rng = makeRng(1);
  const junta = Array.from({ length: 3 }, () => sampleTask({ kind: 'junta', size: 3 }, 5, rng));
  const rng4 = makeRng(1);
  const uniform4 = Array.from({ length: 8 }, () => sampleTask({ kind: 'uniform' }, 4, rng4));
  const rows: [string, number, CubeFunction[], Bias, Group][] = [
    ['x1..x5; x1*x2*x3', 5, chainTasks(5, 'x1;x2;x3;x4;x5;x1*x2*x3'), 'head-gf2', 'signed-permutation'],
    ['x1..x5; x1*x2*x3', 5, chainTasks(5, 'x1;x2;x3;x4;x5;x1*x2*x3'), 'head-gf2', 'gf2-affine'],
    ['x1..x5; x1*x2', 5, chainTasks(5, 'x1;x2;x3;x4;x5;x1*x2'), 'head-degree', 'signed-permutation'],
    ['x1; x2*x3', 5, chainTasks(5, 'x1;x2*x3'), 'head-gf2', 'signed-permutation'],
    ['x1..x3 (d = 5)', 5, chainTasks(5, 'x1;x2;x3'), 'head-degree', 'signed-permutation'],
    ['5 dict + 3 junta:3 (seed 1)', 5, [...chainTasks(5, 'x1;x2;x3;x4;x5'), ...junta], 'head-degree', 'signed-permutation'],
    ['x1..x4; x1*x2', 4, chainTasks(4, 'x1;x2;x3;x4;x1*x2'), 'head-gf2', 'signed-permutation'],
    ['x1; x2; x3*x4', 4, chainTasks(4, 'x1;x2;x3*x4'), 'head-profile', 'signed-permutation'],
    ['d=4 8 uniform (seed 1)', 4, uniform4, 'head-degree', 'signed-permutation'],
    ['d=4 8 uniform (seed 1)', 4, uniform4, 'head-gf2', 'signed-permutation'],
    ['d=4 8 uniform (seed 1)', 4, uniform4, 'head-profile', 'signed-permutation'],
    ['x1..x4; x1*x2*x3*x4', 4, chainTasks(4, 'x1;x2;x3;x4;x1*x2*x3*x4'), 'head-max', 'signed-permutation'],
  ];
  const w = [28, 13, 19, 10, 10, 10, 9, 9, 20, 9];
  const row = (cells: readonly (string | number)[]): string => cells.map((c, i) => String(c).padEnd(w[i]!)).join(' ');
  const out = [`recovery exact, counting many minimisers (stabiliser chain on / off; off cut at ${LIMIT_MS / 1000} s;\n  'cold': the first run in the process, building the orbit caches)`];
  out.push(row(['instance', 'bias', 'up to', 'on (ms)', 'cold (ms)', 'off (ms)', 'nodes on', 'nodes off', 'minimisers', 'recovers']));
  for (const [name, d, tasks, bias, group] of rows) {
    const p: RecoveryProblem = { d, psi: identityMap(d), tasks, bias, group, support: null };
    const cold = timed(p, true);
    const off = timed(p, false);
    const on = timed(p, true);
    if (off.count !== '?' && (off.count !== on.count || off.recovers !== on.recovers)) throw new Error(`bench: ${name} ${bias}: the chain disagrees with the plain search`);
    out.push(row([name, bias, group, on.ms.toFixed(0), cold.ms.toFixed(0), off.count === '?' ? `>${off.ms.toFixed(0)}` : off.ms.toFixed(0), on.nodes, off.nodes, on.count, on.recovers]));
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

if (process.argv[1]?.endsWith('stabiliserChain.ts')) run();
