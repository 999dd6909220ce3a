/**
 * The verifier's d = 5 dictator route (src/verifier/recoveryD5Dictator*.ts; docs/certificates.md,
 * "Recovery certificates at d = 5 with every x_i a task"): issue 13's target certified by
 * `recover --cert` and verified; tampered certificates refused in one line; its word tools against
 * plain computations; its counts against the RM(2,5) route (recoveryD5.ts) on instances both
 * reach (fixed-seed fast-check); and a deliberately broken budget (one short) caught.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type Json, certify, rejectedEdit } from '../certificates/recoveryCertHelpers.js';
import { verifyCertificate } from '../../src/verifier/verify.js';
import { checkRecoveryD5 } from '../../src/verifier/recoveryD5.js';
import { Rejection } from '../../src/verifier/reject.js';
import { gf2Degree5, ones32 } from '../../src/verifier/recoveryD5Candidates.js';
import { anf5, fibresOf, gf2Deg5, lastCoordinate, quadratics } from '../../src/verifier/recoveryD5DictatorWords.js';
import { affineTuples, countDictators, fixingGenerators, orbitsOf } from '../../src/verifier/recoveryD5DictatorCount.js';
import { dictatorReach, weightFloors } from '../../src/verifier/recoveryD5Dictator.js';
import { recoveryD5Problem } from '../../src/certificates/recoveryD5.js';

const SEED = 20261202;
const params = (numRuns: number) => ({ seed: SEED, numRuns, verbose: 1 as const });
const dir = mkdtempSync(`${tmpdir()}/recovery-d5-dict-`);
const X = [0xaaaaaaaa, 0xcccccccc, 0xf0f0f0f0, 0xff00ff00, 0xffff0000];
const D = 'x1; x2; x3; x4; x5';
const AGL = 319979520n;
const gf2 = (args: string[], name: string) => certify(dir, ['--latents', '5', '--bias', 'head-gf2', ...args], name);
const tampered = (json: Json, edit: (j: Json) => void, name: string) => rejectedEdit(dir, json, edit, name);
const perm = (f: (z: number) => number) => `perm:${Array.from({ length: 32 }, (_, z) => f(z)).join(',')}`;

/** The count of the route for tasks and a minimum (the route's instance, maybe edited). */
function count(tasks: number[], minimum: number, edit: (s: number) => number = (s) => s): bigint {
  const inst = dictatorReach(tasks, minimum);
  if (typeof inst === 'string') throw new Error(inst);
  return countDictators({ ...inst, slack: edit(inst.slack) }).minimizers;
}

describe('the dictator route: certificates', () => {
  it("issue 13's target (5 dictators + 3 random 3-juntas, seed 1) up to GF(2)-affine maps: 14, |AGL(5, 2)| minimisers, recovers", async () => {
    const c = await gf2(['--tasks', `${D}; hex:ff00ffaa; hex:ff333333; hex:66bb66bb`, '--up-to', 'gf2-affine'], 'target.json');
    expect(c.json.result).toEqual({ minimum: 14, minimizers: '319979520', recovers: true, witness: null });
    const v = await verifyCertificate(c.path);
    expect(v.status === 'valid' && v.summary).toContain('every x_i a task: minimum 14 (every smaller total infeasible; the dictators\' heads within a slack of 3');
    expect(v.status === 'valid' && v.summary).toContain('319979520 minimisers, recovers up to gf2-affine');
    // Stated 15 (slack 4, within the walk since issue 13's second part): the identity costs 14.
    expect(await tampered(c.json, (j) => (j.result.minimum = 15), 't15.json')).toBe('a bijection costs 14, less than the stated minimum 15');
  }, 60_000);

  it('x1..x5 and x4 + x1x2x3 (a head of GF(2) degree 3): 8, 2 |AGL| minimisers; tampering refused', async () => {
    const c = await gf2(['--tasks', `${D}; hex:7f807f80`, '--up-to', 'gf2-affine'], 'cubic.json');
    expect(c.json.result.minimum).toBe(8);
    expect(c.json.result.minimizers).toBe(String(2n * AGL));
    expect(c.json.result.recovers).toBe(false);
    const v = await verifyCertificate(c.path);
    expect(v.status === 'valid' && v.summary).toContain(`slack of 2 over the floors, walked up to AGL(5, 2)), ${2n * AGL} minimisers, does not recover up to gf2-affine (${AGL} minimisers in the group)`);
    expect(await tampered(c.json, (j) => (j.result.minimizers = String(2n * AGL + 1n)), 'n.json')).toBe(`the minimisers number ${2n * AGL}, not ${2n * AGL + 1n}`);
    expect(await tampered(c.json, (j) => (j.result.minimum = 7), 'm7.json')).toBe('no bijection attains the stated minimum 7');
    expect(await tampered(c.json, (j) => (j.result.minimum = 5), 'm5.json')).toBe('no bijection attains the stated minimum 5'); // within the RM(2,5) route's reach: it refutes it
    expect(await tampered(c.json, (j) => ((j.result.recovers = true), (j.result.witness = null)), 'flip.json')).toBe(`recovers is false (${AGL} of ${2n * AGL} minimisers in the group), not true`);
    expect(await tampered(c.json, (j) => (j.result.witness = perm((z) => z ^ ((z >>> 1) & 1))), 'inside.json')).toBe('result.witness lies in the group');
    // Two points swapped: a bijection outside the group that is no minimiser.
    expect(await tampered(c.json, (j) => (j.result.witness = perm((z) => (z === 0 ? 3 : z === 3 ? 0 : z))), 'notmin.json')).toMatch(/^result\.witness scores \d+, not the minimum 8$/);
    // x5 dropped: the route needs every x_i.
    expect(await tampered(c.json, (j) => (j.problem.tasks = j.problem.tasks.filter((_: string, i: number) => i !== 4)), 'nox5.json')).toMatch(/^out of the verifier's reach at d = 5: .*x5 missing\)$/);
  }, 30_000);

  it('up to signed permutations: never recovers (the minimisers are whole AGL orbits); 3840 in the group', async () => {
    const c = await gf2(['--tasks', `${D}; hex:80808080`], 'and3.json');
    expect(c.json.result).toMatchObject({ minimum: 8, minimizers: String(AGL), recovers: false });
    const v = await verifyCertificate(c.path);
    expect(v.status === 'valid' && v.summary).toContain('does not recover up to signed-permutation (3840 minimisers in the group)');
    expect(await tampered(c.json, (j) => ((j.result.recovers = true), (j.result.witness = null)), 'flip3.json')).toContain('recovers is false (3840 of 319979520');
  });

  it("the writer declines, with the verifier's reason, what the route does not reach", () => {
    const r = (minimum: number, minimizerCount = AGL): any => ({ problem: { bias: 'head-gf2' }, minimum: { kind: 'number', value: minimum }, minimizerCount });
    const juntas = [...X, 0xff00ffaa, 0xff333333, 0x66bb66bb];
    expect(recoveryD5Problem(r(14), juntas)).toBeNull();
    // A minimum the re-check refutes, and a count it does not reproduce: declined with its reason.
    expect(recoveryD5Problem(r(15), juntas)).toBe('at d = 5 the verifier re-checks minima that leave every head a GF(2) degree of at most 2 (this one leaves up to 6); a bijection costs 14, less than the stated minimum 15');
    expect(recoveryD5Problem(r(14, 2n * AGL), juntas)).toContain(`; the verifier's re-check counts ${AGL} minimisers, the engine ${2n * AGL}`);
    expect(recoveryD5Problem(r(7), [X[0]!, X[1]!, 0x80808080])).toContain('(x3, x4, x5 missing)');
  });
});

describe('the dictator route: parts against plain computations', () => {
  it('ANF by words = the plain Moebius degree; RM(2,5) has the weights 0, 8, 12, 16, 20, 24, 32', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (c) => gf2Deg5(c) === gf2Degree5(c) && (anf5(c) >>> 31) === (ones32(c) & 1)), params(300));
    expect(quadratics().length).toBe(2 ** 16 - 2 ** 6);
    const f = weightFloors();
    expect(f.map((v, w) => [w, v]).filter(([, v]) => v <= 2)).toEqual([[0, 0], [8, 2], [12, 2], [16, 1], [20, 2], [24, 2], [32, 0]]);
    expect(f.filter((v) => v === 5).length).toBe(16);
    expect(affineTuples(5)).toBe(AGL);
    expect(affineTuples(1)).toBe(62n);
  });

  it('lastCoordinate lists exactly the one-per-pair codes within the bounds (against all 2^16)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 4 }), (w4, off, cap, cap2) => {
        // Four coordinates: x1, x2, x3 and a code balanced on their fibres (w4's first half of each).
        const fib = fibresOf([X[0]!, X[1]!, X[2]!]);
        const c4 = fib.reduce((acc, m) => {
          const pts = Array.from({ length: 32 }, (_, x) => x).filter((x) => (m >>> x) & 1);
          const pick = pts.filter((_, k) => ((w4 >>> (k * 2)) & 3) !== 0).slice(0, 2);
          while (pick.length < 2) pick.push(pts.find((x) => !pick.includes(x))!);
          return pick.reduce((a, x) => (a | (1 << x)) >>> 0, acc);
        }, 0);
        const pairs = fibresOf([X[0]!, X[1]!, X[2]!, c4]);
        const bounds = [{ offset: 0, mask: 0xffffffff, cap }, { offset: off >>> 0, mask: Math.imul(off, 2654435761) >>> 0, cap: cap2 }];
        const got: number[] = [];
        lastCoordinate(pairs, bounds, () => {}, (g) => got.push(g));
        const want: number[] = [];
        for (let phi = 0; phi < 1 << 16; phi++) {
          const g = pairs.reduce((a, p, k) => (a | ((phi >>> k) & 1 ? p & ~(p & -p) : p & -p)) >>> 0, 0);
          if (bounds.every((b) => gf2Deg5((b.offset ^ (g & b.mask)) >>> 0) <= b.cap)) want.push(g);
        }
        return JSON.stringify([...got].sort((p, q) => p - q)) === JSON.stringify(want.sort((p, q) => p - q));
      }),
      params(6),
    );
  });

  it('K_a orbits: the generators fix x_1..x_a, the orbits partition the list (5,712 quadratics balanced on the fibres of x1..x3)', () => {
    const list = Array.from(quadratics()).filter((g) => fibresOf(X.slice(0, 3)).every((m) => ones32((m & g) >>> 0) === 2));
    expect(list.length).toBe(5712);
    const orbits = orbitsOf(list, fixingGenerators(3), () => {});
    expect(orbits.reduce((s, [, n]) => s + n, 0)).toBe(5712);
    expect(orbits.every(([, n]) => 1536 % n === 0)).toBe(true); // |K_3| = |GL(2, 2)| 2^6 2^2
    expect(orbits.length).toBe(21); // as the engine's K_3 orbits (docs/math.md): the generators give all of K_3
  });
});

describe('the dictator route against the RM(2,5) route (both reach these)', () => {
  /** The RM(2,5) route's verdict on a certificate with the dictator route's answer (gf2-affine). */
  function rm2(tasks: number[], minimum: number, minimizers: bigint, recovers: boolean): string {
    const problem = { latents: 5, tasks: tasks.map((t) => `hex:${(t >>> 0).toString(16)}`), bias: 'head-gf2', group: 'gf2-affine', support: 'all' };
    const result = { minimum, minimizers: String(minimizers), recovers, witness: recovers ? null : perm((z) => z) };
    try {
      return checkRecoveryD5({ problem, result });
    } catch (e) {
      if (e instanceof Rejection) return e.message;
      throw e;
    }
  }
  /** The least minimum with minimisers, counting upwards from the floors (nothing below is skipped). */
  function answer(tasks: number[], edit?: (s: number) => number): { minimum: number; n: bigint } {
    const inst = dictatorReach(tasks, 0);
    if (typeof inst === 'string') throw new Error(inst);
    for (let m = -inst.slack; ; m++) {
      const n = count(tasks, m, edit);
      if (n > 0n) return { minimum: m, n };
    }
  }

  it('random dictators (signs, repeats) plus one or two random quadratic tasks: same minimum, count and verdict', () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), fc.array(fc.integer({ min: 0, max: 2 ** 16 - 1 }), { minLength: 1, maxLength: 2 }), fc.nat(4), (signs, picks, extra) => {
        const q = quadratics();
        const tasks = [...X.map((c, i) => (signs[i] ? ~c >>> 0 : c)), X[extra]!, ...picks.map((p) => q[p % q.length]!)];
        const { minimum, n } = answer(tasks);
        const affine = countDictators(dictatorReach(tasks, minimum) as never).affineMinimal;
        const out = rm2(tasks, minimum, n, affine && n === AGL);
        if (out.startsWith("out of the verifier's reach")) return true;
        compared++;
        return out === 'result.witness lies in the group' || out.includes(`${n} minimisers, recovers up to gf2-affine`);
      }),
      params(12),
    );
    expect(compared).toBeGreaterThan(6);
  });

  it('a deliberately broken budget (slack one short) is caught: x1..x5; x5 + x1x2 has 2 |AGL| minimisers, the RM(2,5) route agrees', () => {
    const tasks = [...X, 0x77778888];
    const good = answer(tasks);
    expect(good).toEqual({ minimum: 7, n: 2n * AGL });
    expect(rm2(tasks, 7, good.n, false)).toBe('result.witness lies in the group'); // count and verdict passed
    const broken = answer(tasks, (s) => s - 1);
    expect(broken.n).toBe(AGL); // misses the orbit of (x1, .., x4, x5 + x1 x2)
    expect(rm2(tasks, broken.minimum, broken.n, true)).toBe(`the minimisers number ${2n * AGL}, not ${AGL}`);
  });
});
