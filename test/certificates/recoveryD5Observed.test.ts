/**
 * Recovery certificates at d = 5 with m = 6 observed bits under the rep biases
 * (src/certificates/recoveryD5Observed.ts, src/verifier/recoveryD5Observed.ts): genuine ones
 * accepted, tampered ones refused in one line.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyCertificate } from '../../src/verifier/verify.js';
import { type Json, certify as certifyIn, rejectedEdit } from './recoveryCertHelpers.js';
import { recoveryD5ObservedProblem } from '../../src/certificates/recoveryD5Observed.js';
import { fromSignBits } from '../../src/core/cubeFunction.js';
import { PSI6, parity } from '../helpers/d5RepSearch.js';

const dir = mkdtempSync(join(tmpdir(), 'recovery-d5-observed-'));
const DICTATORS = 'x1; x2; x3; x4; x5';
const X12 = 'x1;x2;x3;x4;x5;x1*x2';
const certify = (args: readonly string[], name: string) => certifyIn(dir, ['--latents', '5', '--observed', '6', ...args], name);
const verifyTampered = (json: Json, edit: (j: Json) => void, name: string) => rejectedEdit(dir, json, edit, name);
const perm = (f: (z: number) => number): string => `perm:${Array.from({ length: 32 }, (_, z) => f(z)).join(',')}`;

describe('recovery certificates at d = 5 with m = 6', () => {
  it("x6 = x1 x2, tasks x1 x2, x3, x4, x5, x1 under head+rep: minimum 10, 3840, does not recover; tampering refused", async () => {
    const c = await certify(['--psi', X12, '--tasks', 'x1*x2;x3;x4;x5;x1', '--bias', 'head+rep'], 'x12.json');
    expect(c.json.problem.observed).toBe(6);
    expect(c.json.result.minimum).toBe(10);
    expect(c.json.result.minimizers).toBe('3840');
    expect(c.json.result.recovers).toBe(false);
    const v = await verifyCertificate(c.path);
    expect(v.status).toBe('valid');
    expect(v.status === 'valid' && v.summary).toContain('recovery at d = 5, m = 6, 5 task(s), head+rep: minimum 10 (every smaller total infeasible');
    expect(v.status === 'valid' && v.summary).toContain('coordinates of extension degree <= 2 on psi');
    expect(await verifyTampered(c.json, (j) => (j.result.minimum = 11), 'hi.json')).toBe('a bijection costs 10, less than the stated minimum 11');
    expect(await verifyTampered(c.json, (j) => (j.result.minimum = 9), 'lo.json')).toBe('no bijection attains the stated minimum 9');
    // 12 leaves a coordinate degree 3 (12 - 5 heads - 4 floors), past the list on this psi's image (degree <= 2):
    // the latents themselves (V = identity, scored before any search) cost 11 and refute it.
    expect(await verifyTampered(c.json, (j) => (j.result.minimum = 12), 'far.json')).toBe('a bijection costs 11, less than the stated minimum 12');
    expect(await verifyTampered(c.json, (j) => (j.result.minimizers = '3841'), 'count.json')).toBe('the minimisers number 3840, not 3841');
    expect(await verifyTampered(c.json, (j) => ((j.result.recovers = true), (j.result.witness = null)), 'verdict.json')).toBe('recovers is false (0 of 3840 minimisers in the group), not true');
    expect(await verifyTampered(c.json, (j) => (j.result.witness = perm((z) => z)), 'inside.json')).toBe('result.witness lies in the group');
    expect(await verifyTampered(c.json, (j) => (j.result.witness = perm((z) => (z === 0 ? 3 : z === 3 ? 0 : z))), 'notmin.json')).toMatch(/^result\.witness scores \d+, not the minimum 10$/);
    // psi = identity padded instead: x1 x2 is no longer a cheap coordinate, the minimum is 11 (the latents).
    expect(await verifyTampered(c.json, (j) => (j.problem.psi = `map:${Array.from({ length: 32 }, (_, z) => z).join(',')}`), 'psi.json')).toBe('no bijection attains the stated minimum 10');
    expect(await verifyTampered(c.json, (j) => (j.problem.psi = `map:${Array.from({ length: 32 }, () => 0).join(',')}`), 'psi2.json')).toBe('problem.psi is not an injective map C_5 -> C_6');
    expect(await verifyTampered(c.json, (j) => (j.problem.observed = 7), 'obs.json')).toBe('at d = 5 with m > d problem.observed must be 6');
  });

  it('the dictators, psi = identity padded: hier-sum 10 and hier-max 6, the 3840 signed permutations, recovers', async () => {
    const s = await certify(['--tasks', DICTATORS, '--bias', 'hier-sum'], 'sum.json');
    expect(s.json.result).toEqual({ minimum: 10, minimizers: '3840', recovers: true, witness: null });
    const v = await verifyCertificate(s.path);
    expect(v.status === 'valid' && v.summary).toContain('coordinates of extension degree <= 3 on psi');
    expect(await verifyTampered(s.json, (j) => ((j.result.recovers = false), (j.result.witness = perm((z) => z ^ 3))), 'flip.json')).toContain('recovers is true');
    const m = await certify(['--tasks', DICTATORS, '--bias', 'hier-max'], 'max.json');
    expect(m.json.result).toEqual({ minimum: 6, minimizers: '3840', recovers: true, witness: null });
    expect((await verifyCertificate(m.path)).status).toBe('valid');
  });

  it("the writer runs the verifier's check first within the lists too: a result it would refuse gets the verifier's one-line reason", () => {
    // x6 = x1 x2, tasks x1 x2, x3, x4, x5, x1 under head+rep: within the lists (no budget past them).
    const fake = (minimizers: number): any => ({
      exact: true,
      minimizers,
      recovers: false,
      minimum: { kind: 'number', value: 10 },
      witness: { image: [31, 7, 15, 23, 27, 3, 11, 19, 29, 5, 13, 21, 25, 1, 9, 17, 30, 6, 14, 22, 26, 2, 10, 18, 28, 4, 12, 20, 24, 0, 8, 16] }, // recover's
      problem: { bias: 'head+rep', group: 'signed-permutation', support: null, psi: { m: 6, image: Uint32Array.from(PSI6) }, tasks: [3, 4, 8, 16, 1].map((S) => fromSignBits(5, (z) => ((parity(S) >>> z) & 1) === 1)) },
    });
    expect(recoveryD5ObservedProblem(fake(3840))).toBeNull();
    expect(recoveryD5ObservedProblem(fake(3841))).toBe('the minimisers number 3840, not 3841');
  });
});
