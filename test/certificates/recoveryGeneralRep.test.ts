/**
 * recover --cert under head+rep / hier-sum / hier-max with partial support or rational tasks
 * (src/certificates/recoveryGeneralRep.ts; the verifier's route in
 * src/verifier/recoveryGeneralRep*.ts): the certificate records psi, the support, the exact task
 * values and the infeasible totals, verifies, and every tampering is rejected in one line:
 * minimum one lower (refuted: no bijection costs it) or higher, count off by one, verdict flipped,
 * a witness that is no minimiser, lies in the group or is no bijection, support, task values, psi
 * or bias changed, an infeasible total that is not below the minimum, unknown fields.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverCommand } from '../../src/cli/commands/recover.js';
import { verifyCertificate } from '../../src/verifier/verify.js';
import { run } from '../recovery/cliHelpers.js';
import { type Json, certify as certifyIn, rejectedEdit, verdictOfEdited } from './recoveryCertHelpers.js';

const dir = mkdtempSync(join(tmpdir(), 'recovery-general-rep-cert-'));
const certify = (args: readonly string[], name: string) => certifyIn(dir, args, name);
const rejected = (json: Json, edit: (j: Json) => void, name: string) => rejectedEdit(dir, json, edit, name);
const changed = /no bijection attains|minimisers number|less than the stated minimum|witness scores|recovers is/;

async function valid(path: string): Promise<string> {
  const v = await verifyCertificate(path);
  expect(v.status).toBe('valid');
  return v.status === 'valid' ? v.summary : '';
}

describe('recover --cert, representation biases with partial support or rational tasks', () => {
  it('d = 4, head+rep on the support x1: the format, and each tampering rejected', async () => {
    const c = await certify(['--latents', '4', '--tasks', 'x1; x2*x3', '--support', 'x1', '--bias', 'head+rep'], 'p4.json');
    expect(c.json.problem).toEqual({ latents: 4, observed: 4, psi: `map:${[...Array(16).keys()].join(',')}`, tasks: ['hex:aaaa', 'hex:3c3c'], bias: 'head+rep', group: 'signed-permutation', support: [1, 3, 5, 7, 9, 11, 13, 15] });
    expect(c.json.result).toEqual({ minimum: 6, minimizers: '1152', recovers: false, witness: c.out.witness, infeasible: [5] });
    expect(await valid(c.path)).toContain('minimum 6 (every smaller total infeasible, 5 as recorded), 1152 minimisers, does not recover');
    expect(await rejected(c.json, (j) => ((j.result.minimum = 5), (j.result.infeasible = [])), 'lo.json')).toContain('no bijection attains the stated minimum 5');
    expect(await rejected(c.json, (j) => (j.result.minimum = 5), 'lo-inf.json')).toContain('result.infeasible lists 5, not below the minimum 5');
    expect(await rejected(c.json, (j) => (j.result.minimum = 7), 'hi.json')).toContain('less than the stated minimum 7');
    expect(await rejected(c.json, (j) => (j.result.minimizers = '1153'), 'c+.json')).toContain('the minimisers number 1152, not 1153');
    expect(await rejected(c.json, (j) => (j.result.minimizers = '1151'), 'c-.json')).toContain('the minimisers number 1152, not 1151');
    expect(await rejected(c.json, (j) => ((j.result.recovers = true), (j.result.witness = null)), 'flip.json')).toContain('recovers is false');
    expect(await rejected(c.json, (j) => (j.result.recovers = true), 'flip-w.json')).toContain('result.witness must be null');
    expect(await rejected(c.json, (j) => (j.result.witness = null), 'no-w.json')).toContain('must be a minimiser outside the group');
    expect(await rejected(c.json, (j) => (j.result.witness = `perm:${[...Array(16).keys()].join(',')}`), 'in.json')).toContain('lies in the group');
    // The identity with two unseen latents (0, 2) swapped: outside the group, heads unchanged, coordinates dearer.
    expect(await rejected(c.json, (j) => (j.result.witness = 'perm:2,1,0,3,4,5,6,7,8,9,10,11,12,13,14,15'), 'nonmin.json')).toMatch(/witness scores \d+, not the minimum 6/);
    expect(await rejected(c.json, (j) => (j.result.witness = 'perm:0,0,2,3,4,5,6,7,8,9,10,11,12,13,14,15'), 'nobij.json')).toContain('is not a bijection');
    expect(await rejected(c.json, (j) => (j.problem.support = [1, 3, 5, 7, 9, 11, 13, 14]), 'support.json')).toMatch(changed);
    expect(await rejected(c.json, (j) => (j.problem.tasks[1] = 'hex:3c3e'), 'task.json')).toMatch(changed);
    // A value off the support (z = 0) plays no part: still valid.
    expect((await verdictOfEdited(dir, c.json, (j) => (j.problem.tasks[1] = 'hex:3c3d'), 'task0.json')).status).toBe('valid');
    expect(await rejected(c.json, (j) => (j.problem.psi = 'map:0,1,3,2,4,5,7,6,8,9,11,10,12,13,15,14'), 'psi.json')).toMatch(changed);
    expect(await rejected(c.json, (j) => (j.problem.psi = 'map:0,0,3,2,4,5,7,6,8,9,11,10,12,13,15,14'), 'psi-bad.json')).toContain('problem.psi is not an injective map');
    expect(await rejected(c.json, (j) => (j.problem.bias = 'hier-max'), 'bias.json')).toMatch(changed);
    expect(await rejected(c.json, (j) => (j.result.extra = 1), 'unk-r.json')).toContain("result has an unknown field 'extra'");
    expect(await rejected(c.json, (j) => (j.problem.extra = 1), 'unk-p.json')).toContain("problem has an unknown field 'extra'");
    expect(await rejected(c.json, (j) => (j.extra = 1), 'unk.json')).toContain("certificate has an unknown field 'extra'");
    expect(await rejected(c.json, (j) => delete j.result.infeasible, 'miss.json')).toContain('result.infeasible is missing');
    expect(await rejected(c.json, (j) => (j.result.infeasible = [4, 4]), 'inf-order.json')).toContain('increasing order');
  });

  it('d = 4: a rational task (recovers), hier-sum with psi = (x1 x2, x2, x3, x4) and hier-max with m = 5; the flipped verdict of a recovering answer', async () => {
    const r = await certify(['--latents', '4', '--tasks', '(x2 + x3)/2; x2*x3; x1*x3', '--support', 'x1', '--bias', 'head+rep'], 'r4.json');
    expect(r.json.problem.tasks[0]).toBe('vals:1,1,0,0,0,0,-1,-1,1,1,0,0,0,0,-1,-1');
    expect(r.json.result).toMatchObject({ minimum: 8, minimizers: '384', recovers: true, witness: null });
    expect(await valid(r.path)).toContain('384 minimisers in the group');
    expect(await rejected(r.json, (j) => ((j.result.recovers = false), (j.result.witness = 'perm:1,0,2,3,4,5,6,7,8,9,10,11,12,13,14,15')), 'r-flip.json')).toMatch(/witness scores|lies in the group/);
    expect(await rejected(r.json, (j) => (j.problem.tasks[0] = 'vals:1,1/2,0,0,0,0,-1,-1,1,1,0,0,0,0,-1,-1'), 'r-val.json')).toMatch(changed);
    const s = await certify(['--latents', '4', '--tasks', 'x1; x2*x3', '--support', 'x1', '--bias', 'hier-sum', '--psi', 'x1*x2; x2; x3; x4'], 's4.json');
    expect(s.json.problem.psi).toBe('map:0,1,3,2,4,5,7,6,8,9,11,10,12,13,15,14');
    await valid(s.path);
    const m = await certify(['--latents', '4', '--observed', '5', '--tasks', 'x1; x2*x3', '--support', 'x1', '--bias', 'hier-max'], 'm5.json');
    expect(m.json.problem.observed).toBe(5);
    expect(await valid(m.path)).toContain('m = 5');
    // psi pads with a constant coordinate (images below 16), so m = 4 states the same problem; m = 3 is none.
    expect((await verdictOfEdited(dir, m.json, (j) => (j.problem.observed = 4), 'm5-4.json')).status).toBe('valid');
    expect(await rejected(m.json, (j) => (j.problem.observed = 3), 'm5-3.json')).toContain('problem.observed must be 4..6');
  });

  it('d = 2, 3 (the exhaustive enumeration): each bias, partial supports and rational tasks, m > d, GF(2)-affine maps', async () => {
    for (const [args, name] of [
      [['--latents', '2', '--tasks', 'x1; (x1+x2)/2', '--support', 'points:0,1,2', '--bias', 'head+rep'], 'e2.json'],
      [['--latents', '3', '--tasks', '(x2 + x3)/2; x1', '--bias', 'hier-max'], 'e3r.json'],
      [['--latents', '3', '--tasks', 'maj(x1,x2,x3); x1*x2', '--support', 'points:0,1,2,4,7', '--bias', 'hier-sum', '--up-to', 'gf2-affine'], 'e3s.json'],
      [['--latents', '3', '--observed', '4', '--tasks', '(1 + x1)/2; x2*x3', '--support', 'points:0,1,2,3,5,6', '--bias', 'head+rep'], 'e3o.json'],
    ] as const) {
      const c = await certify(args, name);
      expect(c.json.result.minimizers).toBe(String(c.out.minimizers));
      await valid(c.path);
    }
  });

  it('an inexact answer (the local search) writes no certificate and exits 3', async () => {
    const r = await run(recoverCommand, ['--latents', '4', '--tasks', 'x1; x2*x3', '--support', 'x1', '--bias', 'head+rep', '--method', 'search', '--evaluations', '300', '--cert', join(dir, 'none.json')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('no certificate written: the answer is not exact');
    expect(r.stderr.trim().split('\n').filter((l) => l.includes('no certificate'))).toHaveLength(1);
  });
});
