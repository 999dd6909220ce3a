/**
 * The verifier's re-check of recovery certificates under head+rep / hier-sum / hier-max with
 * partial support or rational tasks (src/verifier/recoveryGeneralRep.ts): d = 4, support x1
 * (|U| = 8) unless said, the engine's exact answer made into a certificate and checked, per
 * instance, CPU time of each beside the other (the machine is shared: compare side by side).
 * `npm run bench -- recoverygenrepcert`; `-- recoverygenrepcert --quick` runs the first rows only.
 */
import { identityMap, mapFromImages } from '../src/maps/boolMap.js';
import { recover } from '../src/recovery/engine.js';
import type { Bias, RecoveryProblem } from '../src/recovery/types.js';
import { fromRationals, fromSignBits } from '../src/core/cubeFunction.js';
import { Rational } from '../src/core/rational.js';
import { recoveryCertificate } from '../src/certificates/recoveryCertificate.js';
import { checkGeneralRepCertificate } from '../src/verifier/recoveryGeneralRep.js';

const CODES = ['eda', 'e8e3', '81e8', '36f7', '99a', '1601', '6f04', '6b0e'];
const hex = (c: string) => fromSignBits(4, (z) => ((parseInt(c, 16) >>> z) & 1) === 1);
const U = [1, 3, 5, 7, 9, 11, 13, 15];
const x = (z: number, j: number): number => (((z >>> j) & 1) === 1 ? -1 : 1);
const half = fromRationals(4, Array.from({ length: 16 }, (_, z) => Rational.of(x(z, 1) + x(z, 2), 2)));
const third = fromRationals(4, Array.from({ length: 16 }, (_, z) => Rational.of(x(z, 0) + x(z, 1) + x(z, 2), 3).add(Rational.of(x(z, 3) * x(z, 1), 1))));
const oneAndX1 = fromRationals(4, Array.from({ length: 16 }, (_, z) => Rational.of(1 + x(z, 0), 2)));
/** psi = (x1 x2, x2, x3, x4) as an image table (a bijection of C_4). */
const twist = mapFromImages(4, 4, Array.from({ length: 16 }, (_, z) => z ^ ((z >>> 1) & 1)));
/** psi: C_4 -> C_5, (x1, x2, x3, x4, x1 x2). */
const longer = mapFromImages(4, 5, Array.from({ length: 16 }, (_, z) => z | ((((z ^ (z >>> 1)) & 1) << 4))));

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export async function run(): Promise<void> {
  console.log('recovery certificates, representation biases with partial support or rational tasks: d = 4');
  console.log(['instance'.padEnd(40), 'bias'.padEnd(9), 'recover CPU ms'.padEnd(15), 'check CPU ms'.padEnd(13), 'summary'].join(' '));
  const cases: [string, RecoveryProblem['tasks'], Bias, RecoveryProblem['psi'], readonly number[] | null][] = [
    ['x1; x2*x3, support x1', [hex('aaaa'), hex('3c3c')], 'head+rep', identityMap(4), U],
    ['2 random Boolean tasks, support x1', CODES.slice(0, 2).map(hex), 'head+rep', identityMap(4), U],
    ['4 random Boolean tasks, support x1', CODES.slice(0, 4).map(hex), 'head+rep', identityMap(4), U],
    ['4 random Boolean tasks, support x1', CODES.slice(0, 4).map(hex), 'hier-max', identityMap(4), U],
    ['(x2+x3)/2; x2*x3; x1*x3, support x1', [half, hex('3c3c'), hex('5a5a')], 'head+rep', identityMap(4), U],
    ['(1+x1)/2; x2; x3*x4, all points', [oneAndX1, hex('cccc'), hex('0ff0')], 'head+rep', identityMap(4), null],
    ['4 random, support x1, psi (x1x2,x2,x3,x4)', CODES.slice(0, 4).map(hex), 'hier-sum', twist, U],
    ['4 random, support x1, m = 5', CODES.slice(0, 4).map(hex), 'head+rep', longer, U],
    ['(x1+x2+x3)/3 + x4*x2 and 3 Boolean, x1', [third, ...CODES.slice(1, 4).map(hex)], 'head+rep', identityMap(4), U],
    ['8 random Boolean tasks, support x1', CODES.map(hex), 'head+rep', identityMap(4), U],
  ];
  const rows = process.argv.includes('--quick') ? cases.slice(0, 4) : cases;
  for (const [name, tasks, bias, psi, support] of rows) {
    const p: RecoveryProblem = { d: 4, psi, tasks, bias, group: 'signed-permutation', support };
    let t = cpu();
    const r = await recover(p, { exactTimeLimitMs: 600_000 });
    const tr = cpu() - t;
    if (!r.exact) {
      console.log([name.padEnd(40), bias.padEnd(9), tr.toFixed(0).padEnd(15), '-'.padEnd(13), 'not exact: no certificate'].join(' '));
      continue;
    }
    const cert = recoveryCertificate(r, 'bench', 0);
    t = cpu();
    let summary: string;
    try {
      summary = checkGeneralRepCertificate(cert).replace(/^.*: minimum /, 'minimum ');
    } catch (e) {
      summary = `REJECTED: ${e instanceof Error ? e.message : String(e)}`;
    }
    const tc = cpu() - t;
    console.log([name.padEnd(40), bias.padEnd(9), tr.toFixed(0).padEnd(15), tc.toFixed(0).padEnd(13), summary].join(' '));
  }
}
