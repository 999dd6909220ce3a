/**
 * `npm run bench -- verifiersolve`: the verifier's own d = 4 recovery search (src/verifier/recoverySolve.ts)
 * beside the engine's (the checker's kernel, src/check/kernel/worldModel.ts, which `check` uses), on
 * the certified S4 curve (properties/S4-identifiability-curve-d4.ts: seed 2025, k = 1..8, 10 sets per k):
 * per bias the total and slowest instance of `recoveryVerdict` on each side, and the verifier's
 * `recoverySummary` (with the count) on a few hard instances. Both sides must agree on every answer.
 */
import { verifierKernel } from '../src/verifier/index.js';
import { recoverySummary as engineSummary, recoveryVerdict as engineVerdict } from '../src/check/kernel/worldModel.js';
import type { Fn, RecoveryBias, RecoveryQuery } from '../src/claim/index.js';
import { RECOVERS, TASK_SETS } from '../properties/S4-identifiability-curve-d4.js';
import { formatTable } from './table.js';

const task = (c: string): Fn => ({ n: 4, values: Int32Array.from({ length: 16 }, (_, z) => ((parseInt(c, 16) >>> z) & 1 ? -1 : 1)) });
const query = (k: number, s: number, bias: RecoveryBias): RecoveryQuery => {
  const set = TASK_SETS[k - 1]![s]!;
  return { tasks: Array.from({ length: k }, (_, t) => task(set.slice(4 * t, 4 * t + 4))), bias, group: 'signed-permutation' };
};
function timed<T>(f: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
}

export function run(): void {
  const rows: string[][] = [];
  for (const bias of Object.keys(RECOVERS) as RecoveryBias[]) {
    const kMax = RECOVERS[bias]!.length;
    const side = { verifier: { total: 0, slowest: 0, at: '' }, engine: { total: 0, slowest: 0, at: '' } };
    for (let k = 1; k <= kMax; k++) {
      for (let s = 0; s < 10; s++) {
        const q = query(k, s, bias);
        const v = timed(() => verifierKernel.recoveryVerdict(q));
        const e = timed(() => engineVerdict(q));
        if (JSON.stringify(v.value) !== JSON.stringify(e.value)) throw new Error(`bench: ${bias} ${k}:${s}: verifier ${JSON.stringify(v.value)} but engine ${JSON.stringify(e.value)}`);
        for (const [name, ms] of [['verifier', v.ms], ['engine', e.ms]] as const) {
          side[name].total += ms;
          if (ms > side[name].slowest) [side[name].slowest, side[name].at] = [ms, `${k}:${s}`];
        }
      }
    }
    const f = (x: { total: number; slowest: number; at: string }): string => `${(x.total / 1000).toFixed(1)} s (slowest ${x.slowest.toFixed(0)} ms, ${x.at})`;
    rows.push([bias, `1..${kMax}`, f(side.verifier), f(side.engine), (side.verifier.total / side.engine.total).toFixed(2)]);
  }
  console.log('verifier d = 4 search vs engine, recoveryVerdict on the certified S4 curve (seed 2025, 10 sets per k; answers compared)');
  console.log(formatTable(['bias', 'k', 'verifier', 'engine', 'ratio'], rows));
  const hard: [number, number, RecoveryBias][] = [[8, 2, 'head-degree'], [8, 2, 'head-gf2'], [5, 4, 'head-profile'], [4, 2, 'head-max']];
  const counted: string[][] = [];
  for (const [k, s, bias] of hard) {
    const q = query(k, s, bias);
    const v = timed(() => verifierKernel.recoverySummary(q));
    const e = timed(() => engineSummary(q));
    if (JSON.stringify(v.value) !== JSON.stringify(e.value)) throw new Error(`bench: ${bias} ${k}:${s}: the counts differ`);
    counted.push([`${k}:${s}`, bias, v.value.minimum, String(v.value.minimizers), v.ms.toFixed(0), e.ms.toFixed(0)]);
  }
  console.log('\nwith the count of minimisers (recoverySummary), the same instances side by side');
  console.log(formatTable(['k:set', 'bias', 'minimum', 'minimisers', 'verifier (ms)', 'engine (ms)'], counted));
}
