/**
 * `recover` at d = 5 with m = 6 observed bits and partial support: the rep biases answer exactly
 * through the place-by-place search (src/recovery/exact/general.ts admits m = 6 there), and every
 * answer's certificate is accepted by the independent verifier with the same numbers. hier-max at
 * m = 6 must not take the m = 5 pass route (its top-degree test reads chi_[5] on C_5).
 */
import { describe, expect, it } from 'vitest';
import { parsePsi, parseTasks } from '../../src/expr/taskList.js';
import { parseSupport } from '../../src/expr/supportSpec.js';
import { recover } from '../../src/recovery/engine.js';
import { generalApplies } from '../../src/recovery/exact/general.js';
import type { Bias, RecoveryProblem } from '../../src/recovery/types.js';
import { recoveryCertificate, recoveryCertificateProblem } from '../../src/certificates/recoveryCertificate.js';
import { checkRecoveryCertificate } from '../../src/verifier/recoveryCertificate.js';

const problem = (psi: string, tasks: string, support: string, bias: Bias): RecoveryProblem => ({
  d: 5,
  psi: parsePsi(psi, 5, 6),
  tasks: parseTasks(tasks, 5),
  bias,
  group: 'signed-permutation',
  support: parseSupport(support, 5),
});

describe('recover at d = 5, m = 6, partial support (rep biases)', () => {
  it('takes the exact general route for m = 6 and not past it', () => {
    expect(generalApplies(problem('x1;x2;x3;x4;x5;x1*x2', 'x1*x3', 'points:0,1,2,3', 'hier-max'))).toBe(true);
  });

  it.each<[Bias, number]>([
    ['head+rep', 7],
    ['hier-sum', 7],
    ['hier-max', 3],
  ])('%s: exact, with a certificate the verifier accepts with the same numbers', async (bias, minimum) => {
    const p = problem('x1;x2;x3;x4;x5;x1*x2', 'x1*x3; x2*x4', 'points:0,1,2,3', bias);
    const r = await recover(p);
    expect(r.exact).toBe(true);
    expect(r.minimum).toEqual({ kind: 'number', value: minimum });
    expect(r.minimizerCount).toBe(3840n);
    expect(r.recovers).toBe(true);
    expect(recoveryCertificateProblem(r)).toBeNull();
    const cert = JSON.parse(JSON.stringify(recoveryCertificate(r, 'test', 0)));
    const checked = checkRecoveryCertificate(cert) as unknown as Record<string, unknown>;
    expect(JSON.stringify(checked)).toContain('3840');
  });
});
