/**
 * The verifier's re-check of general recovery certificates (partial support, rational tasks;
 * src/verifier/recoveryGeneral.ts): d = 4, support x1 (|U| = 8), the engine's exact answer made
 * into a certificate and checked, per instance; the first row pays the interpolations of the 74
 * point-set representatives (kept for the process after it). `npm run bench -- recoverycert`.
 */
import { identityMap } from '../src/maps/boolMap.js';
import { recover } from '../src/recovery/engine.js';
import type { Bias, RecoveryProblem } from '../src/recovery/types.js';
import { fromRationals, fromSignBits } from '../src/core/cubeFunction.js';
import { Rational } from '../src/core/rational.js';
import { recoveryCertificate } from '../src/certificates/recoveryCertificate.js';
import { checkGeneralRecoveryCertificate } from '../src/verifier/recoveryGeneral.js';

const CODES = ['eda', 'e8e3', '81e8', '36f7', '99a', '1601', '6f04', '6b0e'];
const hex = (c: string) => fromSignBits(4, (z) => ((parseInt(c, 16) >>> z) & 1) === 1);
const U = [1, 3, 5, 7, 9, 11, 13, 15];
const third = fromRationals(4, Array.from({ length: 16 }, (_, z) => {
  const x = (j: number): number => (((z >>> j) & 1) === 1 ? -1 : 1);
  return Rational.of(x(0) + x(1) + x(2), 3).add(Rational.of(x(3) * x(1), 1));
}));

export async function run(): Promise<void> {
  console.log('recovery certificates, general route: d = 4, support x1 (8 points)');
  console.log(['instance'.padEnd(34), 'bias'.padEnd(13), 'recover (ms)'.padEnd(13), 'check (ms)'.padEnd(11), 'summary'].join(' '));
  const cases: [string, RecoveryProblem['tasks'], Bias][] = [
    ['2 random Boolean tasks', CODES.slice(0, 2).map(hex), 'head-degree'],
    ['8 random Boolean tasks', CODES.map(hex), 'head-degree'],
    ['8 random Boolean tasks', CODES.map(hex), 'head-gf2'],
    ['8 random Boolean tasks', CODES.map(hex), 'head-profile'],
    ['(x1+x2+x3)/3 + x4*x2 and 3 Boolean', [third, ...CODES.slice(1, 3).map(hex), fromSignBits(4, (z) => (((z >>> 1) ^ (z >>> 2)) & 1) === 1)], 'head-degree'],
  ];
  for (const [name, tasks, bias] of cases) {
    const p: RecoveryProblem = { d: 4, psi: identityMap(4), tasks, bias, group: 'signed-permutation', support: U };
    let t = performance.now();
    const r = await recover(p, { exactTimeLimitMs: 600_000 });
    const tr = performance.now() - t;
    const cert = recoveryCertificate(r, 'bench', 0);
    t = performance.now();
    const summary = checkGeneralRecoveryCertificate(cert);
    const tc = performance.now() - t;
    console.log([name.padEnd(34), bias.padEnd(13), tr.toFixed(0).padEnd(13), tc.toFixed(0).padEnd(11), summary.replace(/^.*: minimum /, 'minimum ')].join(' '));
  }
}
