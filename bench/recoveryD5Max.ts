/**
 * hier-max at d = 5 with partial support (src/recovery/exact/generalRepD5Max.ts): the seeded draws
 * of bench/recoveryD5General.ts (makeRng(seed), 4 uniform tasks, then U), |U| = 8 on seeds 1-3 and
 * |U| = 9 on seeds 1-3, with the deepening on the total off / on side by side (off: B starts at the
 * true latents' total, as before), or with D5MAX_SWITCH=domains the leaf by domains
 * (generalRepD5Domains.ts) off / on; CPU and wall time, 60 s limit each (`recover`'s default;
 * D5MAX_LIMIT=seconds to change it, D5MAX_CASES=size:seed,... to pick cases, D5MAX_SIDE=on|off for one side).
 */
import { identityMap } from '../src/maps/boolMap.js';
import { recoverByTuples } from '../src/recovery/exact/exactRecovery.js';
import { D5_DOMAINS } from '../src/recovery/exact/generalRepD5Domains.js';
import { HIER_MAX_DEEPEN } from '../src/recovery/exact/generalRepD5Max.js';
import { sampleTask } from '../src/recovery/distributions.js';
import { makeRng } from '../src/recovery/rng.js';
import type { RecoveryProblem } from '../src/recovery/types.js';

function problem(size: number, seed: number): RecoveryProblem {
  const rng = makeRng(seed);
  const tasks = Array.from({ length: 4 }, () => sampleTask({ kind: 'uniform' }, 5, rng));
  const pts = Array.from({ length: 32 }, (_, z) => z);
  for (let i = 31; i > 0; i--) {
    const j = rng.below(i + 1);
    [pts[i], pts[j]] = [pts[j]!, pts[i]!];
  }
  return { d: 5, psi: identityMap(5), tasks, bias: 'hier-max', group: 'signed-permutation', support: pts.slice(0, size).sort((a, b) => a - b) };
}

function timed(p: RecoveryProblem, on: boolean): string {
  const domains = process.env.D5MAX_SWITCH === 'domains';
  if (domains) D5_DOMAINS.on = on;
  else HIER_MAX_DEEPEN.on = on;
  const t = performance.now();
  const c = process.cpuUsage();
  const r = recoverByTuples(p, undefined, Date.now() + Number(process.env.D5MAX_LIMIT ?? 60) * 1000);
  const cpu = process.cpuUsage(c);
  HIER_MAX_DEEPEN.on = true;
  D5_DOMAINS.on = true;
  const answer = r === null ? 'not exact' : `${String(r.minimum)}, ${String(r.minimizers)}, ${r.recovers ? 'yes' : 'no'}`;
  return `${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU / ${((performance.now() - t) / 1000).toFixed(1)} s wall: ${answer}`;
}

export function run(): void {
  console.log(`hier-max at d = 5, partial support (generalRepD5Max.ts): ${process.env.D5MAX_SWITCH === 'domains' ? 'leaf by domains' : 'deepening'} off | on (minimum, minimisers, recovers)`);
  const only = process.env.D5MAX_CASES;
  for (const [size, seed] of [[8, 1], [8, 2], [8, 3], [9, 1], [9, 2], [9, 3]] as const) {
    if (only !== undefined && !only.split(',').includes(`${size}:${seed}`)) continue;
    const p = problem(size, seed);
    // D5MAX_SIDE=on (or off): that side only, e.g. where the other is known to run out of time.
    const side = process.env.D5MAX_SIDE;
    console.log(`|U| = ${size}, seed ${seed}: ${side === 'on' ? '-' : timed(p, false)} | ${side === 'off' ? '-' : timed(p, true)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) run();
