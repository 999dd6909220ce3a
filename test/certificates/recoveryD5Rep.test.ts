/**
 * Recovery certificates at d = 5 under head+rep, hier-sum and hier-max (src/verifier/recoveryD5Rep*.ts):
 * engine answers verify; tampered ones (minimum +-1, count +-1, verdict flipped, a witness that is
 * not a minimiser or lies in the group, a task changed, unknown fields) and a crafted smaller false
 * minimum are rejected in one line; a minimum whose budgets admit a head or coordinate beyond the
 * verifier's lists is rejected as out of the certified class; the count is the same with and
 * without the first head's symmetry and in both task orders. The larger instances are in
 * bench/recoveryD5Cert.ts.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverCommand } from '../../src/cli/commands/recover.js';
import { verifyCertificate } from '../../src/verifier/verify.js';
import { prepareD5Rep } from '../../src/verifier/recoveryD5Rep.js';
import { searchRep } from '../../src/verifier/recoveryD5RepSearch.js';
import { tryOrders } from '../../src/verifier/recoveryD5Portfolio.js';
import { recoveryD5RepProblem } from '../../src/certificates/recoveryD5Rep.js';
import { run } from '../recovery/cliHelpers.js';
import { fromSignBits } from '../../src/core/cubeFunction.js';
import { type Json, certify as certifyIn, rejectedEdit } from './recoveryCertHelpers.js';

const dir = mkdtempSync(join(tmpdir(), 'recovery-d5-rep-'));
const DICTATORS = 'x1; x2; x3; x4; x5';
const PSI = 'x1*x2; x2; x3; x4; x5';
const certify = (args: readonly string[], name: string) => certifyIn(dir, ['--latents', '5', ...args, '--method', 'tuples'], name);
const tampered = (json: Json, edit: (j: Json) => void, name: string) => rejectedEdit(dir, json, edit, name);
const identity = Array.from({ length: 32 }, (_, z) => z);

describe('recovery certificates at d = 5 under the representation biases', () => {
  it('the five dictators, head+rep: minimum 10, the 3840 signed permutations; tampering rejected', async () => {
    const c = await certify(['--tasks', DICTATORS, '--bias', 'head+rep'], 'dict.json');
    expect(c.json.problem).toMatchObject({ latents: 5, observed: 5, psi: `map:${identity.join(',')}`, bias: 'head+rep' });
    expect(c.json.result).toEqual({ minimum: 10, minimizers: '3840', recovers: true, witness: null });
    const v = await verifyCertificate(c.path);
    expect(v.status === 'valid' && v.summary).toContain('recovery at d = 5, m = 5, 5 task(s), head+rep: minimum 10 (every smaller total infeasible');
    expect(await tampered(c.json, (j) => (j.result.minimum = 11), 'hi.json')).toBe('a bijection costs 10, less than the stated minimum 11');
    expect(await tampered(c.json, (j) => (j.result.minimum = 9), 'lo.json')).toBe('no bijection attains the stated minimum 9');
    expect(await tampered(c.json, (j) => (j.result.minimizers = '3841'), 'c1.json')).toBe('the minimisers number 3840, not 3841');
    expect(await tampered(c.json, (j) => (j.result.minimizers = '3839'), 'c2.json')).toBe('the minimisers number 3840, not 3839');
    const swap = [...identity];
    [swap[0], swap[3]] = [swap[3]!, swap[0]!];
    expect(await tampered(c.json, (j) => ((j.result.recovers = false), (j.result.witness = `perm:${swap.join(',')}`)), 'flip.json')).toBe('recovers is true (3840 of 3840 minimisers in the group), not false');
    // x5 replaced by x4 x5: the heads cost more, the stated minimum is no longer attained.
    expect(await tampered(c.json, (j) => (j.problem.tasks[4] = 'hex:ff0000ff'), 'task.json')).toBe('no bijection attains the stated minimum 10');
    expect(await tampered(c.json, (j) => (j.problem.extra = 1), 'f1.json')).toBe("problem has an unknown field 'extra'");
    expect(await tampered(c.json, (j) => (j.result.note = 'x'), 'f2.json')).toBe("result has an unknown field 'note'");
    expect(await tampered(c.json, (j) => (j.hint = 'x'), 'f3.json')).toBe("certificate has an unknown field 'hint'");
    // observed 6 with the same psi is a true certificate at m = 6 (psi = identity padded), checked by recoveryD5Observed.ts; 7 is refused.
    expect(await tampered(c.json, (j) => (j.problem.observed = 7), 'obs.json')).toContain('problem.observed must be 6');
    expect(await tampered(c.json, (j) => (j.problem.psi = `map:${[1, ...identity.slice(1)].join(',')}`), 'psi.json')).toBe('problem.psi is not a bijection of C_5');
  });

  it('x1..x5 and x1*x2 with psi = (x1 x2, x2, ..., x5): head+rep 12 and hier-max 8, 3840 minimisers outside the group; witnesses checked', async () => {
    const c = await certify(['--tasks', `${DICTATORS}; x1*x2`, '--psi', PSI, '--bias', 'head+rep'], 'parity.json');
    expect(c.json.result).toMatchObject({ minimum: 12, minimizers: '3840', recovers: false });
    const v = await verifyCertificate(c.path);
    expect(v.status === 'valid' && v.summary).toContain('3840 minimisers, does not recover up to signed-permutation (0 minimisers in the group)');
    expect(await tampered(c.json, (j) => (j.result.witness = `perm:${identity.join(',')}`), 'inside.json')).toBe('result.witness lies in the group');
    const swap = [...identity];
    [swap[0], swap[3]] = [swap[3]!, swap[0]!];
    expect(await tampered(c.json, (j) => (j.result.witness = `perm:${swap.join(',')}`), 'notmin.json')).toMatch(/^result\.witness scores \d+, not the minimum 12$/);
    expect(await tampered(c.json, (j) => ((j.result.recovers = true), (j.result.witness = null)), 'flip.json')).toBe('recovers is false (0 of 3840 minimisers in the group), not true');
    // A crafted smaller minimum (one minimiser, recovering): refuted, every total below 12 is infeasible.
    expect(await tampered(c.json, (j) => ((j.result.minimum = 11), (j.result.minimizers = '1'), (j.result.recovers = true), (j.result.witness = null)), 'false11.json')).toBe('no bijection attains the stated minimum 11');
    const m = await certify(['--tasks', `${DICTATORS}; x1*x2`, '--psi', PSI, '--bias', 'hier-max'], 'psimax.json');
    expect(m.json.result).toMatchObject({ minimum: 8, minimizers: '3840', recovers: false });
    expect((await verifyCertificate(m.path)).status).toBe('valid');
    expect(await tampered(m.json, (j) => (j.result.minimum = 9), 'max9.json')).toBe('a bijection costs 8, less than the stated minimum 9');
    expect(await tampered(m.json, (j) => (j.problem.bias = 'hier-sum'), 'sum.json')).toBe('no bijection attains the stated minimum 8');
  });

  it('a minimum whose budgets admit a head or a coordinate beyond the lists is searched past them, and refuted', async () => {
    const c = await certify(['--tasks', DICTATORS, '--bias', 'hier-max'], 'max.json');
    expect(c.json.result).toEqual({ minimum: 6, minimizers: '3840', recovers: true, witness: null });
    // hier-max 10 would let a head or a coordinate reach Fourier degree 5: no longer out of class, the cheaper V refutes it.
    expect(await tampered(c.json, (j) => (j.result.minimum = 10), 'far.json')).toBe('a bijection costs 6, less than the stated minimum 10');
  });

  it('the count is the same with and without the symmetry and in both task orders (x1..x5 and x1*x2, psi = (x1 x2, x2, ..., x5))', () => {
    const tasks = [0xaaaaaaaa, 0xcccccccc, 0xf0f0f0f0, 0xff00ff00, 0xffff0000, 0x66666666];
    const psi = identity.map((z) => z ^ (((z >> 1) & 1) ? 1 : 0)); // x -> (x1 xor x2, x2, ...)
    for (const max of [false, true]) {
      const minimum = max ? 8 : 12;
      const { lists } = prepareD5Rep(tasks, psi, max, minimum, 'signed-permutation');
      const counts = [0, 1].flatMap((rule) => [true, false].map((symmetry) => tryOrders([[rule]], 1e8, (_, steps) => searchRep({ ...lists, symmetry }, rule, steps))));
      for (const c of counts) expect([c.minimizers, c.inGroup]).toEqual([3840n, 0n]);
      expect(counts[1]!.leaves).toBeGreaterThan(counts[0]!.leaves);
    }
  });

  it("the engine's answer with a random balanced 3-junta (heads and coordinates up to degree 3) verifies (hier-sum and more in bench/)", async () => {
    // A balanced 3-junta: its floor (1) is far below its heads' real cost, the profile split copes.
    const m = await certify(['--tasks', `${DICTATORS}; hex:33ffcc`, '--bias', 'hier-max'], 'junta2.json');
    expect(m.json.result).toEqual({ minimum: 9, minimizers: '3840', recovers: true, witness: null });
    const v = await verifyCertificate(m.path);
    expect(v.status === 'valid' && v.summary).toContain('Fourier degree <= 3 listed');
  });

  it("the writer's reach test mirrors the verifier's, and longer observations get a one-line refusal", async () => {
    const fake = (bias: string, minimum: number, tasks: number[], m = 5): any => ({
      exact: true,
      minimizers: 1,
      recovers: true,
      minimum: { kind: 'number', value: minimum },
      witness: null,
      problem: { bias, group: 'signed-permutation', support: null, psi: { m, image: Uint32Array.from(identity) }, tasks: tasks.map((c) => fromSignBits(5, (z) => ((c >>> z) & 1) === 1)) },
    });
    const dict = [0xaaaaaaaa, 0xcccccccc, 0xf0f0f0f0, 0xff00ff00, 0xffff0000];
    expect(recoveryD5RepProblem(fake('head+rep', 10, dict))).toBeNull();
    expect(recoveryD5RepProblem(fake('hier-max', 8, dict))).toBeNull();
    // The verifier's own class test (recoveryD5RepClass.ts), in its words.
    // Past the lists the writer runs the verifier's own check and declines with its reason.
    expect(recoveryD5RepProblem(fake('hier-max', 9, dict))).toBe('a bijection costs 6, less than the stated minimum 9');
    expect(recoveryD5RepProblem(fake('head+rep', 10, dict, 6))).toContain('observations as long as the latents');
    const path = join(dir, 'obs6.json');
    // m = 6 has its own certificates: full support (recoveryD5Observed.test.ts) and, through the
    // place-by-place route, partial support (recoveryD5ObservedGeneral.test.ts); m = 7 is refused as bad input.
    const r = await run(recoverCommand, ['--latents', '5', '--observed', '6', '--tasks', DICTATORS, '--bias', 'head+rep', '--support', 'points:0,1,2,3', '--cert', path, '--time-limit', '20', '--evaluations', '200']);
    expect(r.code).toBe(0);
    expect((await verifyCertificate(path)).status).toBe('valid');
    const r7 = await run(recoverCommand, ['--latents', '5', '--observed', '7', '--tasks', DICTATORS, '--bias', 'head+rep', '--cert', join(dir, 'obs7.json')]);
    expect(r7.code).toBe(2);
    expect(r7.stderr).toMatch(/^[^\n]*observed[^\n]*\n$/);
  });
});
