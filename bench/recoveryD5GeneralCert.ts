/**
 * `npm run bench -- recoveryd5gencert`: recovery certificates at d = 5 with partial support or
 * rational tasks (src/verifier/recoveryD5General.ts): for each instance the engine's exact answer,
 * its certificate and the verifier's re-check, wall ms side by side (and the verifier's CPU ms).
 * Tasks x1; x2*x3; x4 (or (x1+x2+x3)/3 in place of x1) on supports of 3 to 8 points. The first row
 * of each support size pays the verifier's class listing (kept for the process after it: about
 * 3,800 canonical-form classes at 8 points) and, for head-profile, the interpolations. The rep
 * rows (head+rep, hier-sum, hier-max; D5CERT_ONLY=rep runs only them) also pay the verifier's
 * coordinate list once (407,690 codes, about 1.5 s).
 */
import { identityMap } from '../src/maps/boolMap.js';
import { recover } from '../src/recovery/engine.js';
import type { Bias, Group } from '../src/recovery/types.js';
import { type CubeFunction, fromRationals, fromSignBits } from '../src/core/cubeFunction.js';
import { Rational } from '../src/core/rational.js';
import { recoveryCertificate, recoveryCertificateProblem } from '../src/certificates/recoveryCertificate.js';
import { checkRecoveryCertificate } from '../src/verifier/recoveryCertificate.js';
import { formatTable } from './table.js';

const bit = (z: number, j: number): number => (z >>> j) & 1;
const sign = (z: number, j: number): number => (bit(z, j) === 1 ? -1 : 1);

export async function run(): Promise<void> {
  const boolean = [fromSignBits(5, (z) => bit(z, 0) === 1), fromSignBits(5, (z) => (bit(z, 1) ^ bit(z, 2)) === 1), fromSignBits(5, (z) => bit(z, 3) === 1)];
  const third = fromRationals(5, Array.from({ length: 32 }, (_, z) => Rational.of(sign(z, 0) + sign(z, 1) + sign(z, 2), 3)));
  const rational = [third, ...boolean.slice(1)];
  const U = (m: number): number[] => [0, 3, 5, 6, 9, 12, 17, 30].slice(0, m);
  const all: [string, CubeFunction[], Bias, Group, number[]][] = [
    ['x1; x2*x3; x4', boolean, 'head-degree', 'signed-permutation', U(4)],
    ['x1; x2*x3; x4', boolean, 'head-gf2', 'signed-permutation', U(4)],
    ['x1; x2*x3; x4', boolean, 'head-degree', 'signed-permutation', U(6)],
    ['x1; x2*x3; x4', boolean, 'head-gf2', 'signed-permutation', U(6)],
    ['x1; x2*x3; x4', boolean, 'head-max', 'gf2-affine', U(6)],
    ['(x1+x2+x3)/3; x2*x3; x4', rational, 'head-degree', 'signed-permutation', U(6)],
    ['x1; x2*x3; x4', boolean, 'head-degree', 'signed-permutation', U(8)],
    ['x1; x2*x3; x4', boolean, 'head-profile', 'signed-permutation', U(3)],
    ['(x1+x2+x3)/3; x2*x3; x4', rational, 'head-profile', 'signed-permutation', U(3)],
    ['x1; x2*x3; x4', boolean, 'head-profile', 'signed-permutation', U(4)],
    // Representation biases (src/verifier/recoveryD5GeneralRep.ts), m = d = 5.
    ['x1; x2*x3; x4', boolean, 'head+rep', 'signed-permutation', U(4)],
    ['x1; x2*x3; x4', boolean, 'head+rep', 'signed-permutation', U(6)],
    ['(x1+x2+x3)/3; x2*x3; x4', rational, 'hier-sum', 'signed-permutation', U(6)],
    ['x1; x2*x3; x4', boolean, 'hier-max', 'gf2-affine', U(4)],
    ['x1; x2*x3; x4', boolean, 'head+rep', 'signed-permutation', U(8)],
    ['x1; x2*x3; x4', boolean, 'hier-max', 'signed-permutation', U(8)],
    ['x2*x3', [boolean[1]!], 'head+rep', 'signed-permutation', [0, 2, 4, 6]],
    ['x2*x3', [boolean[1]!], 'hier-max', 'signed-permutation', [0, 2, 4, 6]],
  ];
  const instances = all.filter((c) => process.env.D5CERT_ONLY !== 'rep' || ['head+rep', 'hier-sum', 'hier-max'].includes(c[2]));
  const rows: string[][] = [];
  for (const [name, tasks, bias, group, support] of instances) {
    let t = performance.now();
    const r = await recover({ d: 5, psi: identityMap(5), tasks, bias, group, support }, { exactTimeLimitMs: 120_000 });
    const engine = performance.now() - t;
    const why = recoveryCertificateProblem(r);
    if (why !== null) {
      rows.push([name, bias, group, String(support.length), engine.toFixed(0), `- (${why})`, '', '']);
      continue;
    }
    const cert = recoveryCertificate(r, 'bench', 0);
    t = performance.now();
    const cpu = process.cpuUsage();
    let verify: string;
    let ratio = '';
    try {
      checkRecoveryCertificate(cert);
      const c = process.cpuUsage(cpu);
      const wall = performance.now() - t;
      verify = `${wall.toFixed(0)} (cpu ${((c.user + c.system) / 1000).toFixed(0)})`;
      ratio = (wall / engine).toFixed(1);
    } catch (e) {
      verify = `rejected: ${(e as Error).message}`;
    }
    const res = cert.result as { minimum: number | string[]; minimizers: string };
    rows.push([name, bias, group, String(support.length), engine.toFixed(0), verify, ratio, Array.isArray(res.minimum) ? `(${res.minimum.join(', ')})` : String(res.minimum)]);
  }
  console.log('recovery certificates at d = 5, partial support / rational tasks: engine (exact, counted) and verifier re-check');
  console.log(formatTable(['instance', 'bias', 'group', '|U|', 'engine ms', 'verify ms', 'verify/engine', 'minimum'], rows));
}
