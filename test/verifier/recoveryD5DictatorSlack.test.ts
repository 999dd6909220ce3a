/**
 * The verifier's d = 5 dictator route past slack 3 (src/verifier/recoveryD5DictatorCount.ts, the
 * walk in increasing (degree, position); docs/certificates.md "Recovery certificates at d = 5 with
 * every x_i a task", "Any slack"): certificates of slack 5 written by `recover --cert` and
 * verified; tampered ones (count, minimum up or down, verdict) refused in one line; the step budget
 * refuses, never accepts; the count against the engine's dictator route on seeded random instances
 * (fast-check, fixed seed) and a deliberately broken walk (slack cut short) caught by that comparison.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { certify, rejectedEdit } from '../certificates/recoveryCertHelpers.js';
import { verifyCertificate } from '../../src/verifier/verify.js';
import { Rejection } from '../../src/verifier/reject.js';
import { ones32 as ones } from '../../src/verifier/recoveryD5Candidates.js';
import { anf5, gf2Deg5 } from '../../src/verifier/recoveryD5DictatorWords.js';
import { countDictators } from '../../src/verifier/recoveryD5DictatorCount.js';
import { composer, fixingGenerators } from '../../src/verifier/recoveryD5DictatorOrbits.js';
import { checkRecoveryD5Dictators, dictatorReach } from '../../src/verifier/recoveryD5Dictator.js';
import { fromSignBits } from '../../src/core/cubeFunction.js';
import { identityMap } from '../../src/maps/boolMap.js';
import { dictatorInstance } from '../../src/recovery/exact/gf2Dictators.js';
import { dictatorSearchSteps } from '../../src/recovery/exact/gf2DictatorSearch.js';

const SEED = 20261213;
const AGL = 319979520n;
const dir = mkdtempSync(`${tmpdir()}/recovery-d5-slack-`);
const hex = (c: number): string => `hex:${(c >>> 0).toString(16).padStart(8, '0')}`;
const X = [0xaaaaaaaa, 0xcccccccc, 0xf0f0f0f0, 0xff00ff00, 0xffff0000];
/** x1..x4 twice, x5 once; 3 x (x5 + x1x2x3x4); 2 x (x1x2x3 + x1x4): minimum 21, slack 5, 9 |AGL| minimisers, none affine. */
const NINE = [...X.slice(0, 4).flatMap((c) => [c, c]), X[4]!, 0x7fff8000, 0x7fff8000, 0x7fff8000, 0x2a802a80, 0x2a802a80];
const gf2 = (tasks: number[], group: string, name: string) => certify(dir, ['--latents', '5', '--bias', 'head-gf2', '--tasks', tasks.map(hex).join('; '), '--up-to', group], name);

/** The engine's dictator route (exact or null past its deadline): minimum and count. */
function engine(codes: number[], ms: number): { minimum: number; n: bigint } | null {
  const tasks = codes.map((c) => fromSignBits(5, (z) => ((c >>> z) & 1) === 1));
  const inst = dictatorInstance({ d: 5, psi: identityMap(5), tasks, bias: 'head-gf2', group: 'gf2-affine', support: null } as never)!;
  const gen = dictatorSearchSteps(inst, undefined, Date.now() + ms);
  let r = gen.next();
  while (!r.done) r = gen.next();
  return r.value.kind === 'done' ? { minimum: r.value.minimum, n: r.value.count } : null;
}

/** The verifier's answer, counting upwards from the floors (each smaller total must count 0); null past the budget. */
function verifier(codes: number[], maxWork: number, edit: (s: number) => number = (s) => s): { minimum: number; n: bigint } | null {
  const start = dictatorReach(codes, 0);
  if (typeof start === 'string') throw new Error(start);
  try {
    for (let m = -start.slack; ; m++) {
      const inst = dictatorReach(codes, m);
      if (typeof inst === 'string') throw new Error(inst);
      const n = countDictators({ ...inst, slack: edit(inst.slack) }, maxWork).minimizers;
      if (n > 0n) return { minimum: m, n };
    }
  } catch (e) {
    if (e instanceof Rejection && e.message.startsWith('the re-check would take more than')) return null;
    throw e;
  }
}

/** k random polynomials of GF(2) degree 3 (ANF terms of degree 1..3, each with chance 1/3) with weight in 8..24, RM(2,5)'s weights: floor 2 or 1 (a linear congruential generator from the seed). */
function randomCubics(seed: number, k: number): number[] {
  let s = seed;
  const rnd = (): number => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0), s >>> 8);
  const out: number[] = [];
  while (out.length < k) {
    let anf = 0;
    for (let S = 1; S < 32; S++) if (ones(S) <= 3 && rnd() % 3 === 0) anf |= 1 << S;
    const c = anf5(anf >>> 0);
    if (gf2Deg5(c) === 3 && [8, 12, 16, 20, 24].includes(ones(c))) out.push(c);
  }
  return out;
}

describe('the dictator route past slack 3: certificates', () => {
  it('slack 5, 9 |AGL| minimisers (none affine): certified, verified, tampering refused', async () => {
    const c = await gf2(NINE, 'gf2-affine', 'nine.json');
    expect(c.json.result).toMatchObject({ minimum: 21, minimizers: String(9n * AGL), recovers: false });
    const v = await verifyCertificate(c.path);
    expect(v.status === 'valid' && v.summary).toContain(`minimum 21 (every smaller total infeasible; the dictators' heads within a slack of 5 over the floors, walked up to AGL(5, 2)), ${9n * AGL} minimisers, does not recover up to gf2-affine (0 minimisers in the group)`);
    const bad = (edit: (j: any) => void, name: string) => rejectedEdit(dir, c.json, edit, name);
    expect(await bad((j) => (j.result.minimizers = String(8n * AGL)), 'n8.json')).toBe(`the minimisers number ${9n * AGL}, not ${8n * AGL}`);
    expect(await bad((j) => (j.result.minimizers = String(9n * AGL + 1n)), 'n9.json')).toBe(`the minimisers number ${9n * AGL}, not ${9n * AGL + 1n}`);
    // 21 is feasible: a certificate claiming it infeasible (minimum 22) is refuted by a bijection of cost 21.
    expect(await bad((j) => (j.result.minimum = 22), 'm22.json')).toBe('a bijection costs 21, less than the stated minimum 22');
    expect(await bad((j) => (j.result.minimum = 20), 'm20.json')).toBe('no bijection attains the stated minimum 20');
    expect(await bad((j) => ((j.result.recovers = true), (j.result.witness = null)), 'flip.json')).toBe(`recovers is false (0 of ${9n * AGL} minimisers in the group), not true`);
  }, 60_000);

  it('slack 5, every x_i twice and 4 random cubics (seed 2): the identity alone up to AGL, recovers up to gf2-affine', async () => {
    const c = await gf2([...X.flatMap((x) => [x, x]), ...randomCubics(2, 4)], 'gf2-affine', 'cubics.json');
    expect(c.json.result).toEqual({ minimum: 22, minimizers: String(AGL), recovers: true, witness: null });
    const v = await verifyCertificate(c.path);
    expect(v.status === 'valid' && v.summary).toContain('slack of 5 over the floors');
    expect(await rejectedEdit(dir, c.json, (j) => (j.result.minimum = 23), 'cubics23.json')).toBe('a bijection costs 22, less than the stated minimum 23');
  }, 60_000);

  it('the step budget refuses in one line, never accepts', () => {
    const r = { minimum: 21, minimizers: String(9n * AGL), recovers: false, witness: null };
    expect(() => checkRecoveryD5Dictators(NINE, 'gf2-affine', r, 100_000)).toThrow(/^the re-check would take more than 100000 steps \(too large for the verifier\)$/);
  });
});

describe('the dictator route past slack 3 against the engine', () => {
  it('the byte-table composition equals the plain loop', () => {
    const gens = [0, 1, 2, 3, 4].flatMap(fixingGenerators);
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.nat(gens.length - 1), (g, k) => {
      let want = 0;
      gens[k]!.forEach((y, x) => (want |= ((g >>> y) & 1) << x));
      return composer(gens[k]!)(g >>> 0) === want >>> 0;
    }), { seed: SEED, numRuns: 200 });
  });

  it('seeded random instances (every x_i twice, 3 or 4 random cubics of weight 8..24): same minimum and count', () => {
    const slacks: number[] = [];
    for (const [seed, k] of [[2, 4], [3, 4], [5, 4], [7, 3], [8, 3]] as const) {
      const codes = [...X.flatMap((c) => [c, c]), ...randomCubics(seed, k)];
      const e = engine(codes, 20_000);
      const v = verifier(codes, 20_000_000);
      expect(e).not.toBeNull();
      expect(v).toEqual(e);
      expect(v!.n % AGL).toBe(0n);
      slacks.push((dictatorReach(codes, v!.minimum) as { slack: number }).slack);
    }
    expect(slacks.filter((s) => s > 3).length).toBeGreaterThanOrEqual(3);
  }, 120_000);

  it('two non-affine coordinates of one degree (W_4 = x4 + x2x3, W_5 = x5 + x1x2), slack 4: each such W walked once', () => {
    // x1..x3 three times, x4, x5; 2 x (x5 + x1x2), 2 x (x4 + x2x3), 2 x (x1 + x1x2x3). The tie-break
    // of the (degree, position) order keeps the two orders of W_4, W_5 from both being walked
    // (without it: 2 |AGL|, checked by hand when this test was written).
    const codes = [...X.slice(0, 3).flatMap((c) => [c, c, c]), X[3]!, X[4]!, 0x77778888, 0x77778888, 0x3fc03fc0, 0x3fc03fc0, 0x2a2a2a2a, 0x2a2a2a2a];
    expect(engine(codes, 20_000)).toEqual({ minimum: 23, n: AGL });
    expect(verifier(codes, 20_000_000)).toEqual({ minimum: 23, n: AGL });
    expect((dictatorReach(codes, 23) as { slack: number }).slack).toBe(4);
  }, 60_000);

  it('a deliberately broken walk (slack 3 short, so the degree-4 W_5 is cut off) is caught against the engine', () => {
    expect(engine(NINE, 20_000)).toEqual({ minimum: 21, n: 9n * AGL });
    expect(verifier(NINE, 50_000_000)).toEqual({ minimum: 21, n: 9n * AGL });
    // Up to 2 short the walk still reaches every minimiser (their sum m_i (deg W_i - 1) is 2 less than the slack).
    expect(verifier(NINE, 50_000_000, (s) => s - 2)).toEqual({ minimum: 21, n: 9n * AGL });
    expect(verifier(NINE, 50_000_000, (s) => s - 3)).toEqual({ minimum: 21, n: AGL });
  }, 60_000);
});
