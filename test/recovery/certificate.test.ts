/**
 * Recovery certificates (recover --cert): written for exact answers, re-checked by the verifier's
 * own route (src/verifier/recoveryCertificate.ts), and rejected when tampered with: a wrong
 * minimum (too high: a cheaper bijection exists; too low: nothing attains it), a wrong count, a
 * wrong verdict, a witness inside the group or not minimal, a broken integrity hash.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverCommand } from '../../src/cli/commands/recover.js';
import { verifyCertificate } from '../../src/verifier/verify.js';
import { integrityOf } from '../../src/verifier/canonicalJson.js';
import { run } from './cliHelpers.js';

const dir = mkdtempSync(join(tmpdir(), 'recovery-cert-'));

async function certify(args: readonly string[], name: string): Promise<{ path: string; json: Record<string, any>; out: Record<string, any> }> {
  const path = join(dir, name);
  const r = await run(recoverCommand, [...args, '--cert', path, '--json']);
  expect(r.code).toBe(0);
  return { path, json: JSON.parse(readFileSync(path, 'utf8')), out: JSON.parse(r.stdout) };
}

async function verifyTampered(json: Record<string, any>, edit: (j: Record<string, any>) => void, name: string): Promise<string> {
  const copy = JSON.parse(JSON.stringify(json)) as Record<string, any>;
  edit(copy);
  copy.integrity = integrityOf(copy);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(copy));
  const v = await verifyCertificate(path);
  expect(v.status).toBe('invalid');
  return v.status === 'invalid' ? v.reason : '';
}

describe('recover --cert', () => {
  it("d = 4, the issue's thr(2; x1..x4); x1: the verifier re-derives minimum 5, the count and the witness", async () => {
    const c = await certify(['--latents', '4', '--tasks', 'thr(2; x1,x2,x3,x4); x1', '--method', 'tuples'], 'thr.json');
    expect(c.json.result).toEqual({ minimum: 5, minimizers: c.out.minimizerCount, recovers: false, witness: c.out.witness });
    const v = await verifyCertificate(c.path);
    expect(v.status).toBe('valid');
    expect(await verifyTampered(c.json, (j) => (j.result.minimum = 6), 'hi.json')).toContain('less than the stated minimum');
    expect(await verifyTampered(c.json, (j) => (j.result.minimum = 4), 'lo.json')).toContain('no bijection attains');
    expect(await verifyTampered(c.json, (j) => (j.result.minimizers = (BigInt(j.result.minimizers) + 1n).toString()), 'count.json')).toContain('minimisers number');
    expect(await verifyTampered(c.json, (j) => ((j.result.recovers = true), (j.result.witness = null)), 'verdict.json')).toContain('recovers is false');
    expect(await verifyTampered(c.json, (j) => (j.result.witness = 'perm:0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15'), 'inside.json')).toContain('lies in the group');
    const raw = { ...c.json, result: { ...c.json.result, minimum: 6 } };
    writeFileSync(join(dir, 'hash.json'), JSON.stringify(raw));
    expect(await verifyCertificate(join(dir, 'hash.json'))).toEqual({ status: 'invalid', reason: 'integrity hash mismatch', trust: 'no foreign code' });
  });

  it('d = 4, head-max on the four dictators: recovers, every minimiser counted in the group', async () => {
    const c = await certify(['--latents', '4', '--tasks', 'x1; x2; x3; x4', '--bias', 'head-max', '--method', 'tuples'], 'max.json');
    expect(c.json.result).toEqual({ minimum: 1, minimizers: '384', recovers: true, witness: null });
    expect((await verifyCertificate(c.path)).status).toBe('valid');
    expect(await verifyTampered(c.json, (j) => ((j.result.recovers = false), (j.result.witness = 'perm:1,0,2,3,4,5,6,7,8,9,10,11,12,13,14,15')), 'nr.json')).toContain('recovers is true');
  });

  it('d = 3 (exhaustive enumeration) and d = 4 head-gf2 up to GF(2)-affine maps agree with the verifier', async () => {
    const a = await certify(['--latents', '3', '--tasks', 'maj(x1,x2,x3); x1', '--bias', 'head-gf2', '--up-to', 'gf2-affine'], 'd3.json');
    expect((await verifyCertificate(a.path)).status).toBe('valid');
    const b = await certify(['--latents', '4', '--tasks', 'maj(x1,x2,x3); x4; xor(x1,x2)', '--bias', 'head-gf2', '--up-to', 'gf2-affine', '--method', 'tuples'], 'gf2.json');
    expect(b.json.result.minimizers).toBe('5160960');
    expect((await verifyCertificate(b.path)).status).toBe('valid');
  });

  it('head-profile at d = 3 and 4: the verifier re-derives the least profile, the count and the verdict; tampering is caught', async () => {
    const a = await certify(['--latents', '3', '--tasks', 'maj(x1,x2,x3); x1', '--bias', 'head-profile'], 'p3.json');
    expect((await verifyCertificate(a.path)).status).toBe('valid');
    const c = await certify(['--latents', '4', '--tasks', 'thr(2; x1,x2,x3,x4); x1', '--bias', 'head-profile', '--method', 'tuples'], 'p4.json');
    expect(c.json.result.minimum).toHaveLength(5);
    const v = await verifyCertificate(c.path);
    expect(v.status).toBe('valid');
    const top = (j: Record<string, any>, delta: number): void => {
      // Move weight 1/16 from the level below the top non-zero one up to it: a larger profile.
      const w: string[] = j.result.minimum;
      const k = w.map((x) => x !== '0').lastIndexOf(true);
      const frac = (x: string): [bigint, bigint] => (x.includes('/') ? [BigInt(x.split('/')[0]!), BigInt(x.split('/')[1]!)] : [BigInt(x), 1n]);
      const shift = (x: string, by: number): string => {
        const [p, q] = frac(x);
        const n = p * 256n + BigInt(by) * 16n * q;
        const dd = q * 256n;
        const g = (a: bigint, b: bigint): bigint => (b === 0n ? a : g(b, a % b));
        const gg = g(n < 0n ? -n : n, dd);
        return gg === dd ? String(n / dd) : `${n / gg}/${dd / gg}`;
      };
      w[k] = shift(w[k]!, delta);
      w[k - 1] = shift(w[k - 1]!, -delta);
    };
    expect(await verifyTampered(c.json, (j) => top(j, 1), 'phi.json')).toContain('less than the stated minimum');
    // Lower than the true least profile (all weight at level 0): nothing attains it.
    expect(await verifyTampered(c.json, (j) => (j.result.minimum = ['2', '0', '0', '0', '0']), 'plo.json')).toContain('no bijection attains');
    expect(await verifyTampered(c.json, (j) => (j.result.minimum = ['1/3', '0', '0', '0', '0']), 'pfrac.json')).toContain('not a profile weight');
    expect(await verifyTampered(c.json, (j) => (j.result.minimizers = (BigInt(j.result.minimizers) * 2n).toString()), 'pcount.json')).toContain('minimisers number');
  });

  it('an answer it cannot certify (the local search, head+rep) writes no certificate and exits 3', async () => {
    const path = join(dir, 'none.json');
    const r = await run(recoverCommand, ['--latents', '4', '--tasks', 'maj(x1,x2,x3); x1*x4', '--method', 'search', '--evaluations', '500', '--cert', path]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('no certificate written');
  });
});
