/**
 * Recovery certificates at d = 5 under head-profile (src/verifier/recoveryD5Profile*.ts): engine
 * answers verify; tampered ones (minimum one step up or down at a level, count +-1, verdict
 * flipped, a wrong witness, a task changed, unknown fields) and a crafted smaller profile are
 * rejected in one line; a minimum with weight at level 4 or 5 is out of the certified class; the
 * count is the same with and without the symmetry. The engine's answer on the instance
 * (5 dictators + 3 random 3-juntas, bench/recoveryD5Cert.ts) is checked here from its recorded
 * result (the engine takes 10-20 s on it; the verifier a few).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyCertificate } from '../../src/verifier/verify.js';
import { integrityOf } from '../../src/verifier/canonicalJson.js';
import { searchD5Profile } from '../../src/verifier/recoveryD5Profile.js';
import { profile5 } from '../../src/verifier/recoveryD5ProfileCost.js';
import { recoveryD5Problem } from '../../src/certificates/recoveryD5.js';
import { Rational } from '../../src/core/rational.js';
import { type Json, certify as certifyIn, rejectedEdit } from './recoveryCertHelpers.js';

const dir = mkdtempSync(join(tmpdir(), 'recovery-d5-profile-'));
const DICTATORS = 'x1; x2; x3; x4; x5';
const certify = (args: readonly string[], name: string) => certifyIn(dir, ['--latents', '5', ...args, '--bias', 'head-profile', '--method', 'tuples'], name);
const tampered = (json: Json, edit: (j: Json) => void, name: string) => rejectedEdit(dir, json, edit, name);
const identity = Array.from({ length: 32 }, (_, z) => z);

describe('recovery certificates at d = 5 under head-profile', () => {
  it('profiles from the Walsh sums: a dictator, a parity of two, maj(x1, x2, x3)', () => {
    expect(profile5(0xaaaaaaaa)).toEqual([0, 1024, 0, 0, 0, 0]);
    expect(profile5(0x66666666)).toEqual([0, 0, 1024, 0, 0, 0]);
    // maj3: fhat = 1/2 on x1, x2, x3 and -1/2 on x1x2x3 (up to sign).
    expect(profile5(0xe8e8e8e8)).toEqual([0, 768, 0, 256, 0, 0]);
  });

  it('the five dictators: (0, 5, 0, 0, 0, 0), the 3840 signed permutations; tampering rejected', async () => {
    const c = await certify(['--tasks', DICTATORS], 'dict.json');
    expect(c.json.result).toEqual({ minimum: ['0', '5', '0', '0', '0', '0'], minimizers: '3840', recovers: true, witness: null });
    const v = await verifyCertificate(c.path);
    expect(v.status === 'valid' && v.summary).toContain('head-profile: minimum profile 0, 5, 0, 0, 0, 0 (every smaller profile infeasible; heads of Fourier degree <= 2 listed');
    // One unit of weight moved up a level (above the minimum) or down a level (below it).
    expect(await tampered(c.json, (j) => (j.result.minimum = ['0', '4', '1', '0', '0', '0']), 'up.json')).toBe('a bijection costs (0,5120,0,0,0,0)/4^5, less than the stated minimum (0,4096,1024,0,0,0)/4^5');
    expect(await tampered(c.json, (j) => (j.result.minimum = ['1', '4', '0', '0', '0', '0']), 'down.json')).toBe('no bijection attains the stated minimum (1024,4096,0,0,0,0)/4^5');
    expect(await tampered(c.json, (j) => (j.result.minimum = ['0', '5', '0', '0', '0']), 'short.json')).toBe('result.minimum must list the 6 weights W^0..W^5');
    expect(await tampered(c.json, (j) => (j.result.minimum = ['0', '6', '0', '0', '0', '0']), 'sum.json')).toContain('must add up to the number of tasks');
    expect(await tampered(c.json, (j) => (j.result.minimum = ['0', '5', '0', '0', '0', '1/2048']), 'frac.json')).toContain('is not a profile weight');
    expect(await tampered(c.json, (j) => (j.result.minimizers = '3841'), 'c1.json')).toBe('the minimisers number 3840, not 3841');
    expect(await tampered(c.json, (j) => (j.result.minimizers = '3839'), 'c2.json')).toBe('the minimisers number 3840, not 3839');
    expect(await tampered(c.json, (j) => ((j.result.recovers = false), (j.result.witness = `perm:${identity.map((z) => z ^ 1).join(',')}`)), 'flip.json')).toBe('recovers is true (3840 of 3840 minimisers in the group), not false');
    // x5 replaced by x4 x5: the same minimum and count, but no minimiser is a signed permutation now.
    expect(await tampered(c.json, (j) => (j.problem.tasks[4] = 'hex:ff0000ff'), 'task.json')).toBe('recovers is false (0 of 3840 minimisers in the group), not true');
    expect(await tampered(c.json, (j) => (j.result.extra = 1), 'f.json')).toBe("result has an unknown field 'extra'");
    // Weight at level 4: the lists (degree <= 3) would not be complete, out of the certified class.
    expect(await tampered(c.json, (j) => (j.result.minimum = ['0', '4', '0', '0', '1', '0']), 'far.json')).toMatch(/^out of the certified class at d = 5: the stated minimum has weight at level 4/);
  });

  it('x1..x5 and x1*x2: (0, 5, 1, 0, 0, 0), 11520 minimisers, does not recover; witness and a crafted smaller profile', async () => {
    const c = await certify(['--tasks', `${DICTATORS}; x1*x2`], 'par.json');
    expect(c.json.result).toMatchObject({ minimum: ['0', '5', '1', '0', '0', '0'], minimizers: '11520', recovers: false });
    const v = await verifyCertificate(c.path);
    expect(v.status === 'valid' && v.summary).toContain('11520 minimisers, does not recover up to signed-permutation (3840 minimisers in the group)');
    expect(await tampered(c.json, (j) => (j.result.witness = `perm:${identity.join(',')}`), 'inside.json')).toBe('result.witness lies in the group');
    const swap = [...identity];
    [swap[0], swap[3]] = [swap[3]!, swap[0]!];
    expect(await tampered(c.json, (j) => (j.result.witness = `perm:${swap.join(',')}`), 'notmin.json')).toMatch(/^result\.witness scores \(\d+(,\d+){5}\)\/4\^5, not the minimum \(0,5120,1024,0,0,0\)\/4\^5$/);
    expect(await tampered(c.json, (j) => ((j.result.recovers = true), (j.result.witness = null)), 'flip.json')).toBe('recovers is false (3840 of 11520 minimisers in the group), not true');
    // (0, 6, 0, ...) would need the parity's head at degree 1 with five dictator heads: impossible.
    expect(await tampered(c.json, (j) => ((j.result.minimum = ['0', '6', '0', '0', '0', '0']), (j.result.minimizers = '1'), (j.result.recovers = true), (j.result.witness = null)), 'false.json')).toBe('no bijection attains the stated minimum (0,6144,0,0,0,0)/4^5');
  });

  it('the count is the same with and without the symmetry', () => {
    const tasks = [0xaaaaaaaa, 0xcccccccc, 0xf0f0f0f0, 0xff00ff00, 0xffff0000, 0x66666666];
    const minimum = [0, 5120, 1024, 0, 0, 0];
    const on = searchD5Profile({ tasks, minimum, group: 'signed-permutation', maxWork: 5e7 });
    const off = searchD5Profile({ tasks, minimum, group: 'signed-permutation', maxWork: 5e7, symmetry: false });
    expect([on.minimizers, on.inGroup]).toEqual([11520n, 3840n]);
    expect([off.minimizers, off.inGroup]).toEqual([11520n, 3840n]);
    expect(off.leaves).toBeGreaterThan(on.leaves);
  });

  it("the issue's instance (5 dictators + 3 random 3-juntas, seed 1): the engine's recorded answer verifies, heads up to degree 3", async () => {
    const cert: Json = {
      format: 'cubecheck-recovery-certificate',
      version: 1,
      problem: { latents: 5, tasks: ['hex:aaaaaaaa', 'hex:cccccccc', 'hex:f0f0f0f0', 'hex:ff00ff00', 'hex:ffff0000', 'hex:ff00ffaa', 'hex:ff333333', 'hex:66bb66bb'], bias: 'head-profile', group: 'signed-permutation', support: 'all' },
      result: { minimum: ['3/16', '89/16', '33/16', '3/16', '0', '0'], minimizers: '3840', recovers: false, witness: 'perm:25,17,27,19,24,16,26,18,1,9,3,11,0,8,2,10,29,21,31,23,28,20,30,22,5,13,7,15,4,12,6,14' },
      produced: { tool: 'recover --bias head-profile (recorded)', elapsedMs: 0, date: '2026-12-01T00:00:00.000Z' },
    };
    cert.integrity = integrityOf(cert);
    const path = join(dir, 'bench.json');
    writeFileSync(path, JSON.stringify(cert));
    const v = await verifyCertificate(path);
    expect(v.status === 'valid' && v.summary).toContain('heads of Fourier degree <= 3 listed from the GF(2) polynomials of degree <= 3), 3840 minimisers, does not recover up to signed-permutation (0 minimisers in the group)');
  });

  it("the writer refuses a profile with weight at level 4 or 5", () => {
    const w = (xs: number[]) => xs.map((x) => Rational.fromInt(x));
    const result = (weights: Rational[]): any => ({ problem: { bias: 'head-profile' }, minimum: { kind: 'profile', weights } });
    expect(recoveryD5Problem(result(w([0, 5, 0, 0, 0, 0])), [])).toBeNull();
    expect(recoveryD5Problem(result(w([0, 4, 0, 0, 1, 0])), [])).toContain('no weight at levels 4 and 5');
    expect(recoveryD5Problem(result(w([0, 4, 0, 0, 0, 1])), [])).toContain('no weight at levels 4 and 5');
  });
});
