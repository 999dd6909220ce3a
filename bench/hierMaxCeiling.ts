/**
 * hier-max at d = 5, m = 6 (x6 = x1 x2: list level L = 2, cost ceiling K = 4) with a ceiling
 * M = 3 in (L, K) (observedD5HierMax.ts): before (HIER_MAX_DEAR off: such a ceiling answers "not
 * exact", and M <= L by hierMax.ts's own restricted search) and after, the minimum alone
 * (minimum-only mode, every smaller total proven infeasible), the verdict (stops at the first
 * minimiser outside the group) and with the count. Limit 20 s each.
 * Run with `npx tsx bench/hierMaxCeiling.ts` or `npm run bench -- hiermaxceiling`.
 */
import { popcount } from '../src/core/cube.js';
import { type CubeFunction, fromSignBits } from '../src/core/cubeFunction.js';
import type { BoolMap } from '../src/maps/boolMap.js';
import { recoverByTuples } from '../src/recovery/exact/exactRecovery.js';
import { coordinateCandidates } from '../src/recovery/exact/observedCoordinates.js';
import { HIER_MAX_DEAR } from '../src/recovery/exact/observedD5HierMax.js';
import type { RecoveryProblem } from '../src/recovery/types.js';

const parity = (S: number): CubeFunction => fromSignBits(5, (x) => (popcount(x & S) & 1) === 1);
const psi: BoolMap = { n: 5, m: 6, image: Uint32Array.from({ length: 32 }, (_, z) => z | (((z ^ (z >>> 1)) & 1) << 5)) };
const LIMIT = 20_000;

export function run(): void {
  coordinateCandidates(psi); // the list, built once (cached), not timed below
  const cases: [string, number[]][] = [
    ['z1 z2 z3 z4 z5', [31]],
    ['z3 z4 z5', [28]],
    ['z1; z2; z3 z4 z5', [1, 2, 28]],
    ['z1; z3 z4 z5', [1, 28]],
    ['z1 z2 z3; z4 z5', [7, 24]],
    ['z1; z2; z3; z4; z3 z4 z5', [1, 2, 4, 8, 28]],
  ];
  const out = ['hier-max, d = 5, m = 6, x6 = x1 x2 (L = 2, K = 4), ceiling 3 past the list; ms (limit 20 s)'];
  out.push(['tasks', 'before min', 'after min', 'before verd', 'after verd', 'after all', 'minimum', 'minimisers', 'recovers'].map((c, i) => c.padEnd(i === 0 ? 18 : 12)).join(' '));
  for (const [name, sets] of cases) {
    const p: RecoveryProblem = { d: 5, psi, tasks: sets.map(parity), bias: 'hier-max', group: 'signed-permutation', support: null };
    const timed = (on: boolean, mode: boolean | 'verdict') => {
      HIER_MAX_DEAR.on = on;
      const t = performance.now();
      const o = recoverByTuples(p, undefined, Date.now() + LIMIT, mode);
      HIER_MAX_DEAR.on = true;
      return { o, ms: `${(performance.now() - t).toFixed(0)}${o === null ? ' n/e' : ''}` };
    };
    const before = timed(false, true);
    const least = timed(true, true);
    const verdictBefore = timed(false, 'verdict');
    const verdict = timed(true, 'verdict');
    const all = timed(true, false);
    const r = all.o;
    const recovers = r?.recovers ?? verdict.o?.recovers;
    out.push([name, before.ms, least.ms, verdictBefore.ms, verdict.ms, all.ms, String(least.o?.minimum ?? '?'), r ? String(r.minimizers) : '?', recovers === undefined || recovers === null ? '?' : String(recovers)].map((c, i) => c.padEnd(i === 0 ? 18 : 12)).join(' '));
  }
  console.log(out.join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) run();
