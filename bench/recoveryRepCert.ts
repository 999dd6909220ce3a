/**
 * The verifier's re-check of representation-bias recovery certificates (head+rep, hier-sum,
 * hier-max; src/verifier/recoveryRep*.ts) beside the engine: d = 4, k = 3..8 uniform random tasks
 * (seeded, psi = identity), the engine's exact answer (`recover`, tuple search, 60 s limit) made
 * into a certificate and checked. Times are CPU milliseconds of this process (the machine is
 * shared); the ratio is check / recover. The engine is warmed up on the first instance before
 * timing, the verifier's tables (Fourier degrees of all 65,536 codes) are built in its first row.
 * An instance the engine does not answer exactly in the limit gets no certificate (row marked).
 * `npm run bench -- recoveryrep`.
 */
import { identityMap, mapFromImages } from '../src/maps/boolMap.js';
import { type CubeFunction, fromSignBits } from '../src/core/cubeFunction.js';
import { recover } from '../src/recovery/engine.js';
import { sampleTask } from '../src/recovery/distributions.js';
import { makeRng } from '../src/recovery/rng.js';
import type { Bias, RecoveryProblem } from '../src/recovery/types.js';
import { recoveryCertificate, recoveryCertificateProblem } from '../src/certificates/recoveryCertificate.js';
import { checkRecoveryCertificate } from '../src/verifier/recoveryCertificate.js';

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

function problem(k: number, seed: number, bias: Bias): RecoveryProblem {
  const rng = makeRng(seed * 100 + k);
  const tasks = Array.from({ length: k }, () => sampleTask({ kind: 'uniform' }, 4, rng));
  return { d: 4, psi: identityMap(4), tasks, bias, group: 'signed-permutation', support: null };
}

export async function run(): Promise<void> {
  console.log('recovery certificates, representation biases: d = 4, k uniform random tasks (rng seed 100 seed + k), psi = identity');
  const w = [10, 4, 5, 14, 12, 8, 40];
  console.log(['bias', 'k', 'seed', 'recover (ms)', 'check (ms)', 'ratio', 'summary'].map((c, i) => c.padEnd(w[i]!)).join(' '));
  await recover(problem(3, 1, 'head+rep'), { method: 'tuples', exactTimeLimitMs: 60_000, maxEvaluations: 2000 }); // warm-up
  // Seeds the engine answers exactly within the limit (others, e.g. k = 3 seed 3, k = 5 seed 1, take longer).
  const cases: [Bias, number, number][] = [
    ...([[3, 1], [3, 2], [4, 1], [4, 2], [4, 3], [5, 2], [5, 3], [6, 2], [6, 3], [7, 1], [7, 3], [8, 1]] as const).map(([k, s]): [Bias, number, number] => ['head+rep', k, s]),
    ...([[3, 1], [5, 2], [8, 1]] as const).map(([k, s]): [Bias, number, number] => ['hier-sum', k, s]),
    ...([[3, 1], [4, 1], [4, 2], [5, 2]] as const).map(([k, s]): [Bias, number, number] => ['hier-max', k, s]),
  ];
  for (const [bias, k, seed] of cases) {
    const p = problem(k, seed, bias);
    let t = process.cpuUsage();
    const r = await recover(p, { method: 'tuples', exactTimeLimitMs: 60_000, maxEvaluations: 2000 });
    const tr = cpuMs(t);
    const cells: string[] = [bias, String(k), String(seed), tr.toFixed(0)];
    if (recoveryCertificateProblem(r) !== null) {
      console.log([...cells, '-', '-', `no certificate: ${recoveryCertificateProblem(r)}`].map((c, i) => c.padEnd(w[i] ?? 0)).join(' '));
      continue;
    }
    const cert = recoveryCertificate(r, 'bench', 0);
    t = process.cpuUsage();
    let summary: string;
    try {
      summary = checkRecoveryCertificate(cert).replace(/^.*: minimum /, 'minimum ');
    } catch (e) {
      summary = `REJECTED: ${e instanceof Error ? e.message : String(e)}`;
    }
    const tc = cpuMs(t);
    console.log([...cells, tc.toFixed(0), (tc / tr).toFixed(2), summary].map((c, i) => c.padEnd(w[i] ?? 0)).join(' '));
  }
  // Millions of minimisers (m = 5), counted by orbits of the latent symmetry (docs/certificates.md, "Counting by orbits").
  const fn = (p: (z: number) => boolean): CubeFunction => fromSignBits(4, p);
  const par = (z: number, s: number): boolean => (ones4(z & s) & 1) === 1;
  const named: [string, CubeFunction[], Bias, number[], number?][] = [
    ['x1*x2, psi +maj(x1,x2,x3)', [fn((z) => par(z, 3))], 'hier-max', Array.from({ length: 16 }, (_, z) => z | (ones4(z & 7) >= 2 ? 16 : 0))],
    ['x1*x2; x3, psi +x1x2x3x4', [fn((z) => par(z, 3)), fn((z) => par(z, 4))], 'hier-max', Array.from({ length: 16 }, (_, z) => z | (par(z, 15) ? 16 : 0))],
    // About 1.3e10 minimisers (m = 6), counted by whole nodes (docs/certificates.md, "Whole nodes"); rejected as too large before.
    ['x1*x2*x3, psi +x1x2,+x3x4 (m = 6)', [fn((z) => par(z, 7))], 'hier-max', Array.from({ length: 16 }, (_, z) => z | (par(z, 3) ? 16 : 0) | (par(z, 12) ? 32 : 0)), 6],
  ];
  for (const [name, tasks, bias, image, m] of named) {
    const p: RecoveryProblem = { d: 4, psi: mapFromImages(4, m ?? 5, image), tasks, bias, group: 'signed-permutation', support: null };
    let t = process.cpuUsage();
    const r = await recover(p, { method: 'tuples', exactTimeLimitMs: 60_000, maxEvaluations: 2000 });
    const tr = cpuMs(t);
    const cells: string[] = [bias, name, '-', tr.toFixed(0)];
    if (recoveryCertificateProblem(r) !== null) {
      console.log([...cells, '-', '-', `no certificate: ${recoveryCertificateProblem(r)}`].join(' '));
      continue;
    }
    const cert = recoveryCertificate(r, 'bench', 0);
    t = process.cpuUsage();
    let summary: string;
    try {
      summary = checkRecoveryCertificate(cert).replace(/^.*: minimum /, 'minimum ');
    } catch (e) {
      summary = `REJECTED: ${e instanceof Error ? e.message : String(e)}`;
    }
    const tc = cpuMs(t);
    console.log([...cells, tc.toFixed(0), (tc / tr).toFixed(2), summary].join(' '));
  }
}

function ones4(v: number): number {
  let c = 0;
  for (let m = v; m !== 0; m &= m - 1) c++;
  return c;
}
