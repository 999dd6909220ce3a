/**
 * Recovery certificates with partial support or rational tasks (recover --cert; the verifier's
 * route in src/verifier/recoveryGeneral.ts): the engine's exact answers at d = 2, 3 (exhaustive
 * enumeration) and d = 4 (the general search) verify, and every kind of tampering is rejected in
 * one line: minimum too low or too high, count off by one, verdict flipped, a support point
 * changed, a task value changed, a witness that is not a minimiser or lies in the group.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyCertificate } from '../../src/verifier/verify.js';
import { type Json, certify as certifyIn, rejectedEdit, verdictOfEdited } from './recoveryCertHelpers.js';

const dir = mkdtempSync(join(tmpdir(), 'recovery-general-cert-'));




async function valid(path: string): Promise<string> {
  const v = await verifyCertificate(path);
  expect(v.status).toBe('valid');
  return v.status === 'valid' ? v.summary : '';
}

const certify = (args: readonly string[], name: string) => certifyIn(dir, args, name);
const verdict = (json: Json, edit: (j: Json) => void, name: string) => verdictOfEdited(dir, json, edit, name);
const rejected = (json: Json, edit: (j: Json) => void, name: string) => rejectedEdit(dir, json, edit, name);

describe('recover --cert with partial support or rational tasks', () => {
  it('d = 4, partial support (x1 = -1): the certificate states the support and verifies; each tampering is rejected', async () => {
    const c = await certify(['--latents', '4', '--tasks', 'x1; x2*x3', '--support', 'x1'], 'p4.json');
    expect(c.json.problem).toEqual({ latents: 4, tasks: ['hex:aaaa', 'hex:3c3c'], bias: 'head-degree', group: 'signed-permutation', support: [1, 3, 5, 7, 9, 11, 13, 15] });
    expect(c.json.result).toEqual({ minimum: 1, minimizers: '1168090398720', recovers: false, witness: c.out.witness });
    expect(await valid(c.path)).toContain('minimum 1 (every smaller total infeasible), 1168090398720 minimisers, does not recover');
    expect(await rejected(c.json, (j) => (j.result.minimum = 0), 'lo.json')).toContain('no bijection attains');
    expect(await rejected(c.json, (j) => (j.result.minimum = 2), 'hi.json')).toContain('less than the stated minimum');
    expect(await rejected(c.json, (j) => (j.result.minimizers = (BigInt(j.result.minimizers) + 1n).toString()), 'count.json')).toContain('minimisers number 1168090398720');
    expect(await rejected(c.json, (j) => ((j.result.recovers = true), (j.result.witness = null)), 'flip.json')).toContain('recovers is false');
    // A support point moved (15 -> 14): the answer changes (the minimum stays 1 but the count does not).
    expect(await rejected(c.json, (j) => (j.problem.support = [1, 3, 5, 7, 9, 11, 13, 14]), 'support.json')).toMatch(/minimisers number|less than|no bijection|witness/);
    // A task value changed off the support (z = 0): the same problem, still valid; on it (z = 1): rejected.
    expect((await verdict(c.json, (j) => (j.problem.tasks[1] = 'hex:3c3d'), 'task0.json')).status).toBe('valid');
    expect(await rejected(c.json, (j) => (j.problem.tasks[1] = 'hex:3c3e'), 'task.json')).toMatch(/no bijection attains|minimisers number/);
    // The identity with 14 and 15 swapped costs 2, as the identity does (x1 with degree 1, x2*x3 with 2): not a minimiser.
    expect(await rejected(c.json, (j) => (j.result.witness = 'perm:0,1,2,3,4,5,6,7,8,9,10,11,12,13,15,14'), 'nonmin.json')).toContain('scores 2, not the minimum 1');
    expect(await rejected(c.json, (j) => (j.result.witness = 'perm:0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15'), 'inside.json')).toContain('lies in the group');
    expect(await rejected(c.json, (j) => (j.problem.support = [1, 1, 3]), 'bad-support.json')).toContain('problem.support must list distinct points');
  });

  it('d = 4, a rational task on a partial support under head-degree and head-profile', async () => {
    const a = await certify(['--latents', '4', '--tasks', '(x2 + x3)/2; x2*x4', '--support', 'x1'], 'r4.json');
    expect(a.json.problem.tasks[0]).toBe('vals:1,1,0,0,0,0,-1,-1,1,1,0,0,0,0,-1,-1');
    expect(await valid(a.path)).toContain('2 rational task(s), support 8 of 16 points');
    // The value 1/2 in place of 1 at a supported point (z = 1): a different problem, the stated answer fails.
    expect(await rejected(a.json, (j) => (j.problem.tasks[0] = 'vals:1,1/2,0,0,0,0,-1,-1,1,1,0,0,0,0,-1,-1'), 'rv.json')).toMatch(/minimisers number|no bijection|less than|scores/);
    const b = await certify(['--latents', '4', '--tasks', '(x2 + x3)/2; x2*x4', '--support', 'x1', '--bias', 'head-profile'], 'rp4.json');
    expect(b.json.result.minimum).toHaveLength(5);
    expect(await valid(b.path)).toContain('head-profile: minimum profile');
    expect(await rejected(b.json, (j) => (j.result.minimum = ['0', '0', '0', '0', '0']), 'rplo.json')).toContain('no bijection attains');
    expect(await rejected(b.json, (j) => (j.result.minimum = ['0', '0', '0', '0', '1']), 'rphi.json')).toContain('less than the stated minimum');
    expect(await rejected(b.json, (j) => (j.result.minimizers = (BigInt(j.result.minimizers) - 1n).toString()), 'rpc.json')).toContain('minimisers number');
  });

  it('d = 2 and 3 by exhaustive enumeration: rational tasks, partial supports, head-gf2 up to GF(2)-affine maps, head-max', async () => {
    for (const [args, name] of [
      [['--latents', '2', '--tasks', 'x1; (x1+x2)/2', '--support', 'points:0,1,2'], 'e2.json'],
      [['--latents', '3', '--tasks', '(x2 + x3)/2; x1'], 'e3r.json'],
      [['--latents', '3', '--tasks', 'maj(x1,x2,x3); x1*x2', '--support', 'points:0,1,2,4,7'], 'e3s.json'],
      [['--latents', '3', '--tasks', 'maj(x1,x2,x3); x1*x2; x3', '--support', 'points:0,1,2,4,6,7', '--bias', 'head-gf2', '--up-to', 'gf2-affine'], 'e3g.json'],
      [['--latents', '3', '--tasks', 'maj(x1,x2,x3); x1*x2; x3', '--support', 'points:0,1,2,4,6,7', '--bias', 'head-max'], 'e3m.json'],
      [['--latents', '3', '--tasks', 'x1; x2; x3*x1/2', '--support', 'x1', '--bias', 'head-profile'], 'e3p.json'],
      // psi plays no part for head-only biases: the objective and the verdict are about V = Phi o psi.
      [['--latents', '3', '--tasks', 'x1; x2*x3', '--support', 'points:0,1,2,3,5,6', '--psi', 'x1*x2; x2; x3'], 'e3psi.json'],
    ] as const) {
      const c = await certify(args, name);
      expect(c.json.result.minimizers).toBe(String(c.out.minimizers));
      await valid(c.path);
    }
  });

  it('recovers: every minimiser in the group (one point unseen; a rational task on all of C_3), and the flipped verdict is rejected', async () => {
    const a = await certify(['--latents', '3', '--tasks', 'x1; x2; x3', '--support', 'points:0,1,2,3,4,5,6'], 't1.json');
    expect(a.json.result).toEqual({ minimum: 3, minimizers: '48', recovers: true, witness: null });
    expect(await valid(a.path)).toContain('recovers up to signed-permutation');
    expect(await rejected(a.json, (j) => ((j.result.recovers = false), (j.result.witness = 'perm:1,0,2,3,4,5,6,7')), 'tf.json')).toContain('scores');
    expect(await rejected(a.json, (j) => ((j.result.recovers = false), (j.result.witness = null)), 'tn.json')).toContain('must be a minimiser outside the group');
    const b = await certify(['--latents', '3', '--tasks', 'x1; x2; (x1+x3)/2'], 't2.json');
    expect(b.json.result.recovers).toBe(true);
    expect(await valid(b.path)).toContain('48 minimisers in the group');
  });

  it('d = 4, a support of 15 points: recovers, the 384 minimisers found in the group', async () => {
    const c = await certify(['--latents', '4', '--tasks', 'x1; x2; x3; x4', '--support', 'points:0,1,2,3,4,5,6,7,8,9,10,11,12,13,14'], 't3.json');
    expect(c.json.result).toEqual({ minimum: 4, minimizers: '384', recovers: true, witness: null });
    expect(await valid(c.path)).toContain('384 minimisers in the group');
  });
});
