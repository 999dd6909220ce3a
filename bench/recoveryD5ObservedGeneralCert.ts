/**
 * `npm run bench -- recoveryd5obsgencert`: recovery certificates at d = 5 with m = 6 and partial
 * support under the rep biases (src/verifier/recoveryD5GeneralRep.ts with
 * src/verifier/recoveryD5ObservedGeneral.ts): the engine's place-by-place answer (generalRepD5Steps
 * called directly: `recover` does not take this route at m > d yet), its certificate and the
 * verifier's re-check, wall ms side by side. psi = (x1..x5, x1 x2). The first row pays the
 * verifier's coordinate list on psi's image (2,508 codes of extension degree <= 2) once.
 */
import { parsePsi, parseTasks } from '../src/expr/taskList.js';
import { makeMap } from '../src/maps/boolMap.js';
import { generalRepD5Steps } from '../src/recovery/exact/generalRepD5.js';
import { drainSteps } from '../src/recovery/exact/steps.js';
import type { Bias, RecoveryProblem, RecoveryResult } from '../src/recovery/types.js';
import { recoveryCertificate, recoveryCertificateProblem } from '../src/certificates/recoveryCertificate.js';
import { checkRecoveryCertificate } from '../src/verifier/recoveryCertificate.js';
import { formatTable } from './table.js';

const X12 = 'x1;x2;x3;x4;x5;x1*x2';

export async function run(): Promise<void> {
  const all: [string, Bias, number[]][] = [
    ['x1*x2; x3; x1', 'head+rep', [0, 3, 5]],
    ['x1*x2; x3; x1', 'hier-max', [0, 3, 5]],
    ['x1*x3; x2*x4', 'head+rep', [0, 3, 5, 6]],
    ['x1*x2; x3; x4; x5; x1', 'head+rep', [0, 1, 2, 3, 5, 7]],
    ['x1*x2*x3; x4', 'head+rep', [0, 3, 5, 6, 9, 10, 12, 15]],
    ['x1*x3; x2*x4', 'head+rep', [0, 3, 5, 6, 9, 10, 12, 15]],
  ];
  const rows: string[][] = [];
  for (const [name, bias, support] of all) {
    const p: RecoveryProblem = { d: 5, psi: parsePsi(X12, 5, 6), tasks: parseTasks(name, 5), bias, group: 'signed-permutation', support };
    let t = performance.now();
    const o = drainSteps(generalRepD5Steps(p));
    const engine = performance.now() - t;
    if (o === null) {
      rows.push([name, bias, String(support.length), engine.toFixed(0), '- (no exact answer)', '', '']);
      continue;
    }
    const r: RecoveryResult = {
      problem: p, minimum: { kind: 'number', value: o.minimum as number }, minimizers: Number(o.minimizers), minimizerCount: o.minimizers, recovers: o.recovers,
      witness: o.witness === null ? null : makeMap(5, 5, Uint32Array.from(o.witness)), best: makeMap(5, 5, Uint32Array.from(o.best)),
      trueLatentsObjective: { kind: 'number', value: 0 }, exact: true, stats: { infeasibleTotals: [] } as unknown as RecoveryResult['stats'],
    };
    const why = recoveryCertificateProblem(r);
    if (why !== null) {
      rows.push([name, bias, String(support.length), engine.toFixed(0), `- (${why})`, '', '']);
      continue;
    }
    const cert = recoveryCertificate(r, 'bench', 0);
    t = performance.now();
    let verify: string;
    let ratio = '';
    try {
      checkRecoveryCertificate(cert);
      const wall = performance.now() - t;
      verify = wall.toFixed(0);
      ratio = (wall / engine).toFixed(1);
    } catch (e) {
      verify = `rejected: ${(e as Error).message}`;
    }
    rows.push([name, bias, String(support.length), engine.toFixed(0), verify, ratio, `${o.minimum} (${o.minimizers})`]);
  }
  console.log('recovery certificates at d = 5, m = 6 (x6 = x1 x2), partial support: engine (place-by-place, exact, counted) and verifier re-check');
  console.log(formatTable(['tasks', 'bias', '|U|', 'engine ms', 'verify ms', 'verify/engine', 'minimum (minimisers)'], rows));
}
