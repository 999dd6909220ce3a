/**
 * `npm run bench -- recoveryd5`: recovery certificates at d = 5 (src/verifier/recoveryD5.ts): for each
 * instance the engine's exact answer, its certificate, and the verifier's re-check (wall ms, and its CPU ms:
 * the lists of degree <= 3 cost about 2-3 s of it), timed side by side; head-degree / head-gf2 / head-max,
 * head-profile, head+rep / hier-sum / hier-max.
 */
import { type BoolMap, identityMap, mapFromImages } from '../src/maps/boolMap.js';
import { recover } from '../src/recovery/engine.js';
import { sampleTask } from '../src/recovery/distributions.js';
import { makeRng } from '../src/recovery/rng.js';
import { type CubeFunction, fromSignBits } from '../src/core/cubeFunction.js';
import { popcount } from '../src/core/cube.js';
import type { Bias, Group } from '../src/recovery/types.js';
import { recoveryCertificate, recoveryCertificateProblem } from '../src/certificates/recoveryCertificate.js';
import { checkRecoveryCertificate } from '../src/verifier/recoveryCertificate.js';
import { formatTable } from './table.js';

export async function run(): Promise<void> {
  const fn = (p: (x: number) => boolean): CubeFunction => fromSignBits(5, p);
  const dict = [1, 2, 4, 8, 16].map((s) => fn((x) => (popcount(x & s) & 1) === 1));
  const rng = makeRng(1);
  const juntas = Array.from({ length: 3 }, () => sampleTask({ kind: 'junta', size: 3 }, 5, rng));
  const maj = fn((x) => popcount(x & 7) >= 2);
  const psi2 = mapFromImages(5, 5, Array.from({ length: 32 }, (_, z) => z ^ ((z >> 1) & 1))); // (x1 x2, x2, ..., x5)
  const parity = fn((x) => (popcount(x & 3) & 1) === 1);
  const instances: [string, CubeFunction[], Bias, Group, BoolMap?][] = [
    ['5 dict + 3 junta:3 (bench)', [...dict, ...juntas], 'head-degree', 'signed-permutation'],
    ['5 dict + 3 junta:3 (bench)', [...dict, ...juntas], 'head-degree', 'gf2-affine'],
    // head-gf2 past GF(2) degree 2: the verifier's dictator route (src/verifier/recoveryD5Dictator.ts).
    ['5 dict + 3 junta:3 (bench)', [...dict, ...juntas], 'head-gf2', 'signed-permutation'],
    ['5 dict + 3 junta:3 (bench)', [...dict, ...juntas], 'head-gf2', 'gf2-affine'],
    ['5 dictators', dict, 'head-degree', 'signed-permutation'],
    ['5 dictators', dict, 'head-max', 'gf2-affine'],
    ['5 dict + x1*x2', [...dict, fn((x) => (popcount(x & 3) & 1) === 1)], 'head-degree', 'signed-permutation'],
    ['5 dict + maj(x1,x2,x3)', [...dict, maj], 'head-degree', 'signed-permutation'],
    ...(['head-profile', 'head+rep', 'hier-sum', 'hier-max'] as Bias[]).flatMap((b): [string, CubeFunction[], Bias, Group][] => [
      ['5 dict + 3 junta:3 (bench)', [...dict, ...juntas], b, 'signed-permutation'],
      ['5 dict + 1 junta:3', [...dict, juntas[0]!], b, 'signed-permutation'],
    ]),
    ['5 dict + 3 junta:3 (bench)', [...dict, ...juntas], 'hier-max', 'gf2-affine'],
    ['5 dict + x1*x2, psi (x1x2, x2..)', [...dict, parity], 'head+rep', 'signed-permutation', psi2],
    ['5 dict + x1*x2, psi (x1x2, x2..)', [...dict, parity], 'hier-max', 'signed-permutation', psi2],
    // m = 6 (src/verifier/recoveryD5Observed.ts): x6 = x1 x2, tasks x1 x2, x3, x4, x5, x1 (README); dictators, psi identity padded.
    ['m = 6, x6 = x1x2: x1x2,x3,x4,x5,x1', [parity, ...dict.slice(2), dict[0]!], 'head+rep', 'signed-permutation', mapFromImages(5, 6, Array.from({ length: 32 }, (_, z) => z | (((z ^ (z >> 1)) & 1) << 5)))],
    ['m = 6, identity padded: 5 dict', dict, 'hier-sum', 'signed-permutation', mapFromImages(5, 6, Array.from({ length: 32 }, (_, z) => z))],
    // Past the verifier's lists (docs/certificates.md, "Past the lists in the d = 5 re-checks"): a coordinate of
    // extension degree 3 with x6 = x1 x2 (the list stops at 2), and a head of Fourier degree 4.
    ['m = 6, x6 = x1x2: x1x2x3; x4x5', [fn((x) => (popcount(x & 7) & 1) === 1), fn((x) => (popcount(x & 24) & 1) === 1)], 'head+rep', 'signed-permutation', mapFromImages(5, 6, Array.from({ length: 32 }, (_, z) => z | (((z ^ (z >> 1)) & 1) << 5)))],
    ['5 dict + x1*x2*x3*x4 (degree-4 head)', [...dict, fn((x) => (popcount(x & 15) & 1) === 1)], 'hier-max', 'signed-permutation'],
    ['5 dict + x1*x2', [...dict, parity], 'head-profile', 'signed-permutation'],
    // |AGL(5, 2)| = 319,979,520 minimisers, counted by orbits (docs/certificates.md, "Counting by orbits").
    ['5 dict + x1*x2*x3 (AGL orbit)', [...dict, fn((x) => (popcount(x & 7) & 1) === 1)], 'head-gf2', 'gf2-affine'],
    ['5 dict + x1*x2*x3 (AGL orbit)', [...dict, fn((x) => (popcount(x & 7) & 1) === 1)], 'head-gf2', 'signed-permutation'],
  ];
  const rows: string[][] = [];
  for (const [name, tasks, bias, group, psi] of instances) {
    let t = performance.now();
    const r = await recover({ d: 5, psi: psi ?? identityMap(5), tasks, bias, group, support: null }, { method: 'tuples', exactTimeLimitMs: 120_000, maxEvaluations: 20_000 });
    const engine = (performance.now() - t).toFixed(0);
    const why = recoveryCertificateProblem(r);
    if (why !== null) {
      rows.push([name, bias, group, engine, `- (${why})`, '', '', '']);
      continue;
    }
    const cert = recoveryCertificate(r, 'bench', 0);
    t = performance.now();
    const cpu = process.cpuUsage();
    let verify: string;
    try {
      checkRecoveryCertificate(cert);
      const c = process.cpuUsage(cpu);
      verify = `${(performance.now() - t).toFixed(0)} (cpu ${((c.user + c.system) / 1000).toFixed(0)})`;
    } catch (e) {
      verify = `rejected: ${(e as Error).message}`;
    }
    const res = cert.result as { minimum: number | string[]; minimizers: string; recovers: boolean };
    rows.push([name, bias, group, engine, verify, String(res.minimum), res.minimizers, String(res.recovers)]);
  }
  console.log('recovery certificates at d = 5: engine (exact, counted) and verifier re-check');
  console.log(formatTable(['instance', 'bias', 'group', 'engine ms', 'verify ms', 'minimum', 'minimisers', 'recovers'], rows));
}
