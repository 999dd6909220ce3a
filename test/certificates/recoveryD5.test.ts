/**
 * Recovery certificates at d = 5 (src/verifier/recoveryD5.ts): engine answers verify; tampered
 * ones (minimum too low or too high, count off by one, verdict flipped, a witness that is not a
 * minimiser or lies in the group, a task changed) and a crafted smaller false minimum are rejected
 * in one line; answers out of the verifier's reach get no certificate (a one-line refusal).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverCommand } from '../../src/cli/commands/recover.js';
import { verifyCertificate } from '../../src/verifier/verify.js';
import { integrityOf } from '../../src/verifier/canonicalJson.js';
import { run } from '../recovery/cliHelpers.js';
import { recoveryD5Problem } from '../../src/certificates/recoveryD5.js';
import { type Json, certify as certifyIn, rejectedEdit } from './recoveryCertHelpers.js';

const dir = mkdtempSync(join(tmpdir(), 'recovery-d5-'));
const DICTATORS = 'x1; x2; x3; x4; x5';

const certify = (args: readonly string[], name: string) => certifyIn(dir, ['--latents', '5', ...args, '--method', 'tuples'], name);
const verifyTampered = (json: Json, edit: (j: Json) => void, name: string) => rejectedEdit(dir, json, edit, name);


describe('recovery certificates at d = 5', () => {
  it('the five dictators, head-degree: minimum 5, the 3840 signed permutations, recovers; tampering rejected', async () => {
    const c = await certify(['--tasks', DICTATORS], 'dict.json');
    expect(c.json.problem.tasks).toEqual(['hex:aaaaaaaa', 'hex:cccccccc', 'hex:f0f0f0f0', 'hex:ff00ff00', 'hex:ffff0000']);
    expect(c.json.result).toEqual({ minimum: 5, minimizers: '3840', recovers: true, witness: null });
    const v = await verifyCertificate(c.path);
    expect(v.status).toBe('valid');
    expect(v.status === 'valid' && v.summary).toContain('minimum 5 (every smaller total infeasible');
    expect(await verifyTampered(c.json, (j) => (j.result.minimum = 6), 'hi.json')).toContain('less than the stated minimum 6');
    expect(await verifyTampered(c.json, (j) => (j.result.minimum = 4), 'lo.json')).toContain('no bijection attains the stated minimum 4');
    expect(await verifyTampered(c.json, (j) => (j.result.minimizers = '3841'), 'count.json')).toBe('the minimisers number 3840, not 3841');
    expect(await verifyTampered(c.json, (j) => (j.result.minimizers = '3839'), 'count2.json')).toBe('the minimisers number 3840, not 3839');
    expect(await verifyTampered(c.json, (j) => ((j.result.recovers = false), (j.result.witness = `perm:${Array.from({ length: 32 }, (_, z) => z ^ 1).join(',')}`)), 'verdict.json')).toContain('recovers is true');
    // x5 replaced by x4 x5 (their product): minimum and count unchanged, but no minimiser is a signed permutation now.
    expect(await verifyTampered(c.json, (j) => (j.problem.tasks[4] = 'hex:ff0000ff'), 'task.json')).toBe('recovers is false (0 of 3840 minimisers in the group), not true');
    // x5 replaced by x1 x2 x3 (weight 16, degree 3): the minimum 5 is unattainable.
    expect(await verifyTampered(c.json, (j) => (j.problem.tasks[4] = 'hex:96969696'), 'task3.json')).toBe('no bijection attains the stated minimum 5');
    expect(await verifyTampered(c.json, (j) => (j.problem.tasks[0] = 'hex:1aaaaaaaa'), 'long.json')).toContain('at most 8 digits');
    expect(await verifyTampered(c.json, (j) => (j.problem.bias = 'head-depth'), 'bias.json')).toContain('at d = 5 problem.bias must be one of');
    expect(await verifyTampered(c.json, (j) => (j.problem.bias = 'head-profile'), 'bias2.json')).toBe('result.minimum must list the 6 weights W^0..W^5');
  });

  it('GF(2)-affine maps and head-max on the dictators: every minimiser in the group', async () => {
    const a = await certify(['--tasks', DICTATORS, '--up-to', 'gf2-affine'], 'affine.json');
    expect(a.json.result).toEqual({ minimum: 5, minimizers: '3840', recovers: true, witness: null });
    expect((await verifyCertificate(a.path)).status).toBe('valid');
    const m = await certify(['--tasks', DICTATORS, '--bias', 'head-max'], 'max.json');
    expect(m.json.result).toEqual({ minimum: 1, minimizers: '3840', recovers: true, witness: null });
    expect((await verifyCertificate(m.path)).status).toBe('valid');
    expect(await verifyTampered(m.json, (j) => (j.result.minimum = 0), 'max0.json')).toContain('no bijection attains');
  });

  it('x1..x5 and x1*x2 (head-degree): minimum 7, 11520 minimisers, does not recover; witness checks', async () => {
    const c = await certify(['--tasks', `${DICTATORS}; x1*x2`], 'par.json');
    expect(c.json.result.minimum).toBe(7);
    expect(c.json.result.minimizers).toBe('11520');
    expect(c.json.result.recovers).toBe(false);
    const v = await verifyCertificate(c.path);
    expect(v.status === 'valid' && v.summary).toContain('11520 minimisers, does not recover up to signed-permutation (3840 minimisers in the group)');
    const identity = `perm:${Array.from({ length: 32 }, (_, z) => z).join(',')}`;
    expect(await verifyTampered(c.json, (j) => (j.result.witness = identity), 'inside.json')).toBe('result.witness lies in the group');
    // x -> (x1, x2, x3, x4, x5 xor x1 x2 ...) made by swapping two points: a bijection, not affine, not minimal.
    const swap = Array.from({ length: 32 }, (_, z) => z);
    [swap[0], swap[3]] = [swap[3]!, swap[0]!];
    expect(await verifyTampered(c.json, (j) => (j.result.witness = `perm:${swap.join(',')}`), 'notmin.json')).toMatch(/^result\.witness scores \d+, not the minimum 7$/);
    expect(await verifyTampered(c.json, (j) => ((j.result.recovers = true), (j.result.witness = null)), 'flip.json')).toContain('recovers is false (3840 of 11520');
  });

  it('a crafted certificate with a smaller false minimum is refuted', async () => {
    const c = await certify(['--tasks', `${DICTATORS}; x1*x2`], 'par2.json');
    // 6 would need the parity's head at degree 1 together with five dictator heads: impossible.
    expect(await verifyTampered(c.json, (j) => ((j.result.minimum = 6), (j.result.minimizers = '1'), (j.result.recovers = true), (j.result.witness = null)), 'false6.json')).toBe('no bijection attains the stated minimum 6');
  });

  it("the issue's instance (5 dictators + 3 random 3-juntas, as in bench/recovery.ts) up to GF(2)-affine maps: minimum 14, 3840", async () => {
    const c = await certify(['--tasks', `${DICTATORS}; hex:ff00ffaa; hex:ff333333; hex:66bb66bb`, '--up-to', 'gf2-affine'], 'bench.json');
    expect(c.json.result).toEqual({ minimum: 14, minimizers: '3840', recovers: true, witness: null });
    const v = await verifyCertificate(c.path);
    expect(v.status === 'valid' && v.summary).toContain('heads of cost <= 3 listed');
  });

  it('answers out of reach get a one-line refusal and no certificate', async () => {
    // A one-point task has no head of Fourier degree <= 3: beyond the lists (the engine's and the verifier's), one-line refusal.
    const path = join(dir, 'far.json');
    const r = await run(recoverCommand, ['--latents', '5', '--tasks', `${DICTATORS}; hex:1`, '--method', 'tuples', '--cert', path]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/recover: no certificate written: [^\n]*\n$/);
  });

  it("the writer's reach test: a minimum leaving some head Fourier degree > 3 (or GF(2) degree > 2) gets no certificate", () => {
    const dict = [0xaaaaaaaa, 0xcccccccc, 0xf0f0f0f0, 0xff00ff00, 0xffff0000];
    const result = (bias: string, minimum: number): any => ({ problem: { bias }, minimum: { kind: 'number', value: minimum } });
    expect(recoveryD5Problem(result('head-degree', 5), dict)).toBeNull();
    expect(recoveryD5Problem(result('head-degree', 14), [...dict, 0xff00ffaa, 0xff333333, 0x66bb66bb])).toBeNull();
    // A one-point task (weight 1) has no head of degree <= 3: its floor is 4, so minimum 10 leaves it 5.
    expect(recoveryD5Problem(result('head-degree', 10), [...dict, 1])).toBe('at d = 5 the verifier re-checks minima that leave every head a Fourier degree of at most 3 (this one leaves up to 5)');
    expect(recoveryD5Problem(result('head-max', 4), dict)).toContain('(this one leaves up to 4)');
    expect(recoveryD5Problem(result('head-gf2', 6), dict)).toBeNull();
    // Past RM(2,5): the writer runs the verifier's dictator route (every x_i a task) first
    // (test/verifier/recoveryD5Dictator*.test.ts): x4 + x1x2x3 added, minimum 8 with 2 |AGL| minimisers.
    const cubic = [...dict, 0x7f807f80];
    expect(recoveryD5Problem({ ...result('head-gf2', 8), minimizerCount: 639959040n }, cubic)).toBeNull();
    expect(recoveryD5Problem({ ...result('head-gf2', 8), minimizerCount: 319979520n }, cubic)).toContain("the verifier's re-check counts 639959040 minimisers, the engine 319979520");
    expect(recoveryD5Problem(result('head-gf2', 9), dict)).toBe('at d = 5 the verifier re-checks minima that leave every head a GF(2) degree of at most 2 (this one leaves up to 5); a bijection costs 5, less than the stated minimum 9');
    expect(recoveryD5Problem(result('head+rep', 5), dict)).toContain('cover the biases head-degree, head-gf2, head-max, head-profile');
  });

  it('head-gf2 (a certificate made by hand: the engine does not count these): x1, x2 have 3720 (8!)^4 minimisers', async () => {
    // The heads are two affine functions with balanced joint values: 62 choices for g1, then 60 for g2
    // (not constant, not g1 or its negation), and (8!)^4 bijections per pair; the 3840 signed
    // permutations are among them. x -> (x1 xor x3, x2, ..., x5) is a minimiser outside them.
    const witness = `perm:${Array.from({ length: 32 }, (_, z) => z ^ ((z >> 2) & 1)).join(',')}`;
    const cert: Record<string, any> = {
      format: 'cubecheck-recovery-certificate',
      version: 1,
      problem: { latents: 5, tasks: ['hex:aaaaaaaa', 'hex:cccccccc'], bias: 'head-gf2', group: 'signed-permutation', support: 'all' },
      result: { minimum: 2, minimizers: (3720n * 40320n ** 4n).toString(), recovers: false, witness },
      produced: { tool: 'by hand', elapsedMs: 0, date: '2026-12-01T00:00:00.000Z' },
    };
    cert.integrity = integrityOf(cert);
    const path = join(dir, 'gf2.json');
    writeFileSync(path, JSON.stringify(cert));
    const v = await verifyCertificate(path);
    expect(v.status === 'valid' && v.summary).toContain(`${3720n * 40320n ** 4n} minimisers, does not recover up to signed-permutation (closed under AGL(5, 2), not all in the group)`); // counted by AGL(5, 2) orbits (docs/certificates.md, "Counting by orbits")
    expect(await verifyTampered(cert, (j) => (j.result.minimizers = (3720n * 40320n ** 4n - 1n).toString()), 'gf2count.json')).toContain('the minimisers number');
    expect(await verifyTampered(cert, (j) => (j.result.minimum = 1), 'gf2low.json')).toBe('no bijection attains the stated minimum 1');
    // A third task of GF(2) degree 3: the minimum 2 + 3 would leave a head degree 3, beyond the GF(2) lists.
    expect(await verifyTampered(cert, (j) => ((j.problem.tasks = [...j.problem.tasks, 'hex:80808080']), (j.result.minimum = 5)), 'gf2far.json')).toMatch(/^out of the verifier's reach at d = 5: /);
  });
});
