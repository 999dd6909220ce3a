/**
 * recover --cert under head+rep / hier-sum / hier-max (src/certificates/recoveryRepCertificate.ts):
 * written for exact answers (d = 2, 3 exhaustive, d = 4 by the tuple search), verified by the
 * verifier's own route, and every tampering rejected with one line: minimum too low or too high,
 * count off by one, verdict flipped, witness in the group or not a minimiser, psi changed,
 * unknown fields; and a crafted certificate with a smaller false minimum refuted.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverCommand } from '../../src/cli/commands/recover.js';
import { verifyCertificate } from '../../src/verifier/verify.js';
import { run } from '../recovery/cliHelpers.js';
import { type Json, certify as certifyIn, rejectedEdit } from './recoveryCertHelpers.js';

const dir = mkdtempSync(join(tmpdir(), 'recovery-rep-cert-'));
const certify = async (args: readonly string[], name: string) => certifyIn(dir, args, name);
const reason = (json: Json, edit: (j: Json) => void, name: string) => rejectedEdit(dir, json, edit, name);



describe('recover --cert under representation biases', () => {
  it('d = 3, each bias (m = d and m = 4): the certificate states psi and verifies', async () => {
    for (const bias of ['head+rep', 'hier-sum', 'hier-max']) {
      const c = await certify(['--latents', '3', '--tasks', 'maj(x1,x2,x3); x1*x2', '--bias', bias, '--psi', 'x1*x2; x2; x3'], `d3-${bias}.json`);
      expect(c.json.problem).toMatchObject({ latents: 3, observed: 3, psi: 'map:0,1,3,2,4,5,7,6', bias });
      expect(c.json.result).toEqual({ minimum: c.out.minimum, minimizers: c.out.minimizerCount, recovers: c.out.recovers, witness: c.out.witness });
      expect((await verifyCertificate(c.path)).status).toBe('valid');
    }
    const o = await certify(['--latents', '3', '--observed', '4', '--tasks', 'maj(x1,x2,x3); x1*x2', '--bias', 'hier-max', '--psi', 'x1; x2; x3; x1*x2*x3'], 'd3-observed.json');
    expect(o.json.problem.observed).toBe(4);
    expect((await verifyCertificate(o.path)).status).toBe('valid');
  });

  it('d = 2, hier-sum up to GF(2)-affine maps verifies', async () => {
    const c = await certify(['--latents', '2', '--tasks', 'x1*x2', '--bias', 'hier-sum', '--up-to', 'gf2-affine'], 'd2.json');
    expect((await verifyCertificate(c.path)).status).toBe('valid');
  });

  it('d = 4, head+rep with psi = (x1 x2, x2, x3, x4): verifies; every tampering is rejected with one line', async () => {
    const c = await certify(['--latents', '4', '--tasks', 'thr(2; x1,x2,x3,x4); x1; x2; x3', '--bias', 'head+rep', '--psi', 'x1*x2; x2; x3; x4', '--method', 'tuples'], 'd4.json');
    expect(c.json.result.minimum).toBe(12);
    expect(c.json.result.recovers).toBe(false);
    const v = await verifyCertificate(c.path);
    expect(v.status).toBe('valid');
    const j = c.json;
    expect(await reason(j, (x) => (x.result.minimum = 13), 'hi.json')).toContain('less than the stated minimum 13');
    expect(await reason(j, (x) => (x.result.minimum = 11), 'lo.json')).toContain('no bijection attains the stated minimum 11');
    const n = BigInt(j.result.minimizers);
    expect(await reason(j, (x) => (x.result.minimizers = String(n + 1n)), 'c1.json')).toContain(`the minimisers number ${n}, not ${n + 1n}`);
    expect(await reason(j, (x) => (x.result.minimizers = String(n - 1n)), 'c2.json')).toContain(`the minimisers number ${n}`);
    expect(await reason(j, (x) => ((x.result.recovers = true), (x.result.witness = null)), 'rec.json')).toContain('recovers is false');
    expect(await reason(j, (x) => (x.result.witness = `perm:${[...Array(16).keys()].join(',')}`), 'in.json')).toContain('lies in the group');
    // A transposition of two latents: outside the group, and not a minimiser here.
    expect(await reason(j, (x) => (x.result.witness = 'perm:1,0,2,3,4,5,6,7,8,9,10,11,12,13,14,15'), 'nm.json')).toMatch(/result.witness scores \d+, not the minimum 12/);
    // psi = identity instead: the true latents then cost 4 + 1 + 1 + 1 + 4 = 11 < 12.
    expect(await reason(j, (x) => (x.problem.psi = `map:${[...Array(16).keys()].join(',')}`), 'psi.json')).toContain('less than the stated minimum 12');
    expect(await reason(j, (x) => (x.problem.psi = 'map:0,0,2,3,4,5,6,7,8,9,10,11,12,13,14,15'), 'psi2.json')).toContain('not an injective map');
    expect(await reason(j, (x) => (x.problem.extra = 1), 'u1.json')).toContain("problem has an unknown field 'extra'");
    expect(await reason(j, (x) => (x.result.phi = 'x'), 'u2.json')).toContain("result has an unknown field 'phi'");
    expect(await reason(j, (x) => (x.bonus = true), 'u3.json')).toContain("unknown field 'bonus'");
    expect(await reason(j, (x) => delete x.problem.observed, 'miss.json')).toContain('problem.observed is missing');
    expect(await reason(j, (x) => (x.problem.latents = 6), 'd6.json')).toContain('problem.latents must be 1..4');
    // latents 5 goes to the d = 5 route (src/verifier/recoveryD5Rep.ts), which wants m = 5.
    expect(await reason(j, (x) => (x.problem.latents = 5), 'd5.json')).toContain('at d = 5 problem.observed must be 5');
  });

  it('d = 4, three random tasks under head+rep (the old route rejected it as too large, past 2e8 steps): verifies; tampering rejected', async () => {
    const c = await certify(['--latents', '4', '--tasks', 'hex:e288; hex:cf97; hex:20da', '--bias', 'head+rep', '--method', 'tuples'], 'd4-random3.json');
    expect(c.json.result).toMatchObject({ minimum: 15, minimizers: '1536', recovers: false });
    const v = await verifyCertificate(c.path);
    expect(v.status === 'valid' ? v.summary : v).toContain('minimum 15 (every smaller total infeasible), 1536 minimisers, does not recover');
    const j = c.json;
    expect(await reason(j, (x) => (x.result.minimum = 16), 'r-hi.json')).toContain('a bijection costs 15, less than the stated minimum 16');
    expect(await reason(j, (x) => ((x.result.minimum = 14), (x.result.minimizers = '384')), 'r-lo.json')).toContain('no bijection attains the stated minimum 14');
    expect(await reason(j, (x) => (x.result.minimizers = '1535'), 'r-c.json')).toContain('the minimisers number 1536, not 1535');
    expect(await reason(j, (x) => ((x.result.recovers = true), (x.result.witness = null)), 'r-rec.json')).toContain('recovers is false');
    expect(await reason(j, (x) => (x.problem.bias = 'hier-max'), 'r-max.json')).toMatch(/less than the stated minimum 15|the minimisers number/);
  });

  it('a crafted certificate with a smaller false minimum (and its own made-up count) is refuted', async () => {
    const c = await certify(['--latents', '3', '--tasks', 'maj(x1,x2,x3); x1*x2', '--bias', 'head+rep', '--psi', 'x1*x2; x2; x3'], 'craft.json');
    const m = c.json.result.minimum as number;
    expect(await reason(c.json, (x) => ((x.result.minimum = m - 1), (x.result.minimizers = '48'), (x.result.recovers = true), (x.result.witness = null)), 'craft2.json')).toContain(`no bijection attains the stated minimum ${m - 1}`);
  });

  it('an inexact answer writes no certificate and exits 3', async () => {
    const path = join(dir, 'none.json');
    const r = await run(recoverCommand, ['--latents', '4', '--tasks', 'maj(x1,x2,x3); x1*x4', '--bias', 'head+rep', '--method', 'search', '--evaluations', '300', '--cert', path]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('no certificate written');
  });
});
