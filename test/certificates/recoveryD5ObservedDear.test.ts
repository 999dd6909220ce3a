/**
 * A d = 5, m = 6 answer past the verifier's coordinate list, certified end to end
 * (src/certificates/recoveryD5Observed.ts, src/verifier/recoveryD5RepDear.ts): x6 = x1 x2, tasks
 * z1 z2 z3 and z4 z5 under head+rep. The minimum 9 leaves a coordinate an extension degree of 3,
 * past the list on psi's image (degree <= 2); the engine answers through its dear-coordinate split,
 * the verifier by cost profiles. Genuine accepted, tampered refused in one line.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyCertificate } from '../../src/verifier/verify.js';
import { type Json, certify as certifyIn, rejectedEdit } from './recoveryCertHelpers.js';

const dir = mkdtempSync(join(tmpdir(), 'recovery-d5-dear-'));
const X12 = 'x1;x2;x3;x4;x5;x1*x2';

describe('a d = 5, m = 6 certificate past the coordinate list', () => {
  // (A tampered count goes through the same profile route in recoveryD5Observed.test.ts: every m = 6 sum does.)
  it('x6 = x1 x2, z1 z2 z3; z4 z5 under head+rep: 9, 80,640 minimisers, does not recover; tampering refused', async () => {
    const c = await certifyIn(dir, ['--latents', '5', '--observed', '6', '--psi', X12, '--tasks', 'x1*x2*x3; x4*x5', '--bias', 'head+rep'], 'dear.json');
    expect(c.json.result).toMatchObject({ minimum: 9, minimizers: '80640', recovers: false });
    const v = await verifyCertificate(c.path);
    expect(v.status).toBe('valid');
    expect(v.status === 'valid' && v.summary).toContain("coordinates of extension degree <= 2 on psi's image listed by exact linear algebra; coordinates of degree up to 3 past the list (degree <= 2), searched last and costed by their definition), 80640 minimisers");
    const tampered = (edit: (j: Json) => void, name: string) => rejectedEdit(dir, c.json, edit, name);
    expect(await tampered((j) => (j.result.minimum = 8), 'lo.json')).toBe('no bijection attains the stated minimum 8');
    // hier-max past the list (a coordinate of degree 3 within 5): searched by dear positions; its true minimum is 4.
    expect(await tampered((j) => ((j.problem.bias = 'hier-max'), (j.result.minimum = 5)), 'max.json')).toBe('a bijection costs 4, less than the stated minimum 5');
    expect(await tampered((j) => (j.problem.tasks = ['hex:zz', j.problem.tasks[1]]), 'task.json')).toMatch(/^problem\.tasks\[0\]/);
  });
});
