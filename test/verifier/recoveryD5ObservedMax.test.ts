/**
 * The d = 5, m = 6 hier-max certificate that the step budget used to refuse, re-checked by the
 * verifier itself (src/verifier/recoveryD5Observed.ts with the signed permutations fixing the heads,
 * recoveryD5RepStabiliser.ts): x6 = x1 x2, tasks z1 z2 z3 and z4 z5, minimum 4 with 391,618,560
 * minimisers (the engine's count, `recover`), not recovering. Tampered copies: the count and the
 * minimum (a smaller total: no bijection attains it) are refuted in one line.
 * (`recover --cert` on it takes about 30 s of CPU, so the certificate is written out here.)
 */
import { describe, expect, it } from 'vitest';
import { checkRecoveryD5Observed } from '../../src/verifier/recoveryD5Observed.js';
import { Rejection } from '../../src/verifier/reject.js';

const PSI = 'map:0,33,34,3,4,37,38,7,8,41,42,11,12,45,46,15,16,49,50,19,20,53,54,23,24,57,58,27,28,61,62,31';
const WITNESS = 'perm:29,13,5,21,9,25,17,1,31,15,7,23,11,27,19,3,30,14,6,22,10,26,18,2,28,12,4,20,8,24,16,0';
const certificate = (result: Record<string, unknown>): Record<string, unknown> => ({
  format: 'cubecheck-recovery-certificate',
  version: 1,
  problem: { latents: 5, observed: 6, psi: PSI, tasks: ['hex:96969696', 'hex:ffff00'], bias: 'hier-max', group: 'signed-permutation', support: 'all' },
  result: { minimum: 4, minimizers: '391618560', recovers: false, witness: WITNESS, ...result },
  produced: { tool: 'test', elapsedMs: 0, date: '2026-12-02T00:00:00.000Z' },
  integrity: 'not checked here',
});
const refusal = (result: Record<string, unknown>): string => {
  try {
    checkRecoveryD5Observed(certificate(result));
    return 'accepted';
  } catch (e) {
    if (e instanceof Rejection) return e.message;
    throw e;
  }
};

describe('hier-max z1 z2 z3; z4 z5 at x6 = x1 x2 (minimum 4, 391,618,560 minimisers)', () => {
  it('is accepted with the engine count; a count one off and a smaller minimum are refuted', () => {
    expect(checkRecoveryD5Observed(certificate({}))).toContain('hier-max: minimum 4 (every smaller total infeasible; heads of Fourier degree <= 2 listed');
    expect(refusal({ minimizers: '391618561' })).toBe('the minimisers number 391618560, not 391618561');
    expect(refusal({ minimum: 3, witness: null })).toBe('no bijection attains the stated minimum 3');
  });
});
