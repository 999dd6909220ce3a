/**
 * The verifier's d = 5 representation-bias route with partial support or rational tasks
 * (src/verifier/recoveryD5GeneralRep.ts): the engine's exact answers made into certificates and
 * accepted for head+rep, hier-sum and hier-max (Boolean and rational tasks, recovering and not);
 * tampered and crafted certificates rejected in one line; the verifier's coordinate list against
 * the engine's independent one and its degree against the plain double sum.
 */
import { describe, expect, it } from 'vitest';
import { recover } from '../../src/recovery/engine.js';
import type { Bias, RecoveryProblem } from '../../src/recovery/types.js';
import { identityMap } from '../../src/maps/boolMap.js';
import { fromRationals, fromSignBits } from '../../src/core/cubeFunction.js';
import { Rational } from '../../src/core/rational.js';
import { coordinateCandidates } from '../../src/recovery/exact/observedCoordinates.js';
import { recoveryCertificate, recoveryCertificateProblem } from '../../src/certificates/recoveryCertificate.js';
import { checkD5GeneralRepCertificate } from '../../src/verifier/recoveryD5GeneralRep.js';
import { degree5, lowCoordinates5 } from '../../src/verifier/recoveryD5GeneralRepCoords.js';
import { Rejection } from '../../src/verifier/reject.js';
import { integrityOf, verifyCertificate } from '../../src/verifier/index.js';

type Json = Record<string, any>;

const bit = (z: number, j: number): number => (z >>> j) & 1;
const sign = (z: number, j: number): number => (bit(z, j) === 1 ? -1 : 1);
const X1 = fromSignBits(5, (z) => bit(z, 0) === 1);
const X23 = fromSignBits(5, (z) => (bit(z, 1) ^ bit(z, 2)) === 1);
const X4 = fromSignBits(5, (z) => bit(z, 3) === 1);
const THIRD = fromRationals(5, Array.from({ length: 32 }, (_, z) => Rational.of(sign(z, 0) + sign(z, 1) + sign(z, 2), 3)));

const problem = (bias: Bias, support: number[], tasks = [X1, X23, X4]): RecoveryProblem => ({ d: 5, psi: identityMap(5), tasks, bias, group: 'signed-permutation', support });

async function certOf(p: RecoveryProblem): Promise<Json> {
  const r = await recover(p, { exactTimeLimitMs: 120_000 });
  expect(r.exact).toBe(true);
  expect(recoveryCertificateProblem(r)).toBeNull();
  return recoveryCertificate(r, 'test', 0) as Json;
}

const edited = (c: Json, edit: (j: Json) => void): Json => {
  const copy = JSON.parse(JSON.stringify(c)) as Json;
  edit(copy);
  return copy;
};

function rejects(c: Json, limit?: number, exhaustive?: number): string {
  try {
    checkD5GeneralRepCertificate(c, limit, exhaustive);
  } catch (e) {
    expect(e).toBeInstanceOf(Rejection);
    expect((e as Error).message).not.toContain('\n');
    return (e as Error).message;
  }
  throw new Error('accepted');
}

describe('the verifier\'s d = 5 coordinate list', () => {
  it('is the set of balanced codes of Fourier degree <= 3, as the engine lists them independently', () => {
    const mine = lowCoordinates5();
    expect(mine.codes.length).toBe(407_690);
    expect([1, 2, 3].map((k) => mine.costs.filter((c) => c === k).length)).toEqual([10, 380, 407_300]);
    const engine = coordinateCandidates(identityMap(5))!;
    const theirs = new Map<number, number>();
    engine.list.codes.forEach((code, i) => theirs.set(code >>> 0, engine.list.costs[i]!));
    expect(theirs.size).toBe(mine.codes.length);
    mine.codes.forEach((code, i) => {
      if (theirs.get(code) !== mine.costs[i]) throw new Error(`code ${code} differs`);
    });
  });

  it('degree5 agrees with the plain double sum (seeded random codes)', () => {
    let seed = 13;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let i = 0; i < 300; i++) {
      const code = next();
      let top = 0;
      for (let s = 0; s < 32; s++) {
        let sum = 0;
        for (let x = 0; x < 32; x++) sum += ((code >>> x) & 1) ^ (bit(x & s, 0) ^ bit(x & s, 1) ^ bit(x & s, 2) ^ bit(x & s, 3) ^ bit(x & s, 4)) ? -1 : 1;
        if (sum !== 0) top = Math.max(top, [0, 1, 2, 3, 4].filter((j) => bit(s, j)).length);
      }
      expect(degree5(code), `seed 13, code ${code}`).toBe(top);
    }
  });
});

describe('d = 5 representation-bias certificates (partial support, rational tasks)', () => {
  it('accepts the engine\'s answers for head+rep, hier-sum, hier-max, Boolean and rational tasks', async () => {
    const cases: [RecoveryProblem, string][] = [
      [problem('head+rep', [0, 3]), 'minimum 7 (every smaller total infeasible), 3840 minimisers, recovers'],
      [problem('hier-sum', [0, 3, 5, 6], [THIRD, X23]), '2 rational task(s), support 4 of 32 points, hier-sum: minimum 7'],
      [problem('hier-max', [0, 3, 5]), 'hier-max: minimum 3'],
      [problem('hier-sum', [0, 2, 4, 6], [X23]), 'minimum 7 (every smaller total infeasible), 11520 minimisers, does not recover'],
    ];
    for (const [p, want] of cases) {
      const c = await certOf(p);
      expect(checkD5GeneralRepCertificate(c)).toContain(want);
      expect((await verifyCertificate({ json: c, baseDir: '.' })).status).toBe('valid');
    }
  }, 120_000);

  it('rejects tampered, crafted and out-of-class certificates in one line', async () => {
    const good = await certOf(problem('head+rep', [0, 2, 4, 6], [X23]));
    expect(good.result.recovers).toBe(false);
    const yes = await certOf(problem('hier-max', [0, 3]));
    expect(yes.result.recovers).toBe(true);
    const min = good.result.minimum as number;
    expect(rejects(edited(good, (j) => (j.result.minimum = min - 1)))).toContain('no bijection attains the stated minimum');
    expect(rejects(edited(good, (j) => (j.result.minimum = min + 1)))).toContain('less than the stated minimum');
    expect(rejects(edited(good, (j) => (j.result.minimizers = String(BigInt(j.result.minimizers) + 1n))))).toContain('the minimisers number 11520');
    expect(rejects(edited(good, (j) => (j.result.minimizers = String(BigInt(j.result.minimizers) - 1n))))).toContain('the minimisers number 11520');
    expect(rejects(edited(good, (j) => ((j.result.recovers = true), (j.result.witness = null))))).toContain('recovers is false');
    expect(rejects(edited(yes, (j) => ((j.result.recovers = false), (j.result.witness = `perm:${[...Array(32).keys()].join(',')}`))))).toContain('recovers is true');
    expect(rejects(edited(good, (j) => (j.result.witness = `perm:${[...Array(32).keys()].join(',')}`)))).toContain('lies in the group');
    const swapped = [...Array(32).keys()];
    [swapped[30], swapped[31]] = [31, 30];
    expect(rejects(edited(good, (j) => (j.result.witness = `perm:${swapped.join(',')}`)))).toContain('scores');
    expect(rejects(edited(good, (j) => (j.problem.tasks = ['hex:6'])))).toMatch(/minimum|minimisers/);
    expect(rejects(edited(good, (j) => (j.problem.support = [0, 2, 4, 7])))).toMatch(/minimum|minimisers/);
    expect(rejects(edited(good, (j) => (j.result.extra = 1)))).toContain("unknown field 'extra'");
    expect(rejects(edited(good, (j) => (j.problem.observed = 7)))).toContain("out of the verifier's class");
    expect(rejects(edited(good, (j) => (j.problem.support = [...Array(9).keys()])))).toContain("out of the verifier's reach");
    expect(rejects(edited(good, (j) => ((j.problem.support = 'all'), (j.problem.tasks = [`vals:${Array(32).fill('1/2').join(',')}`]))))).toContain("out of the verifier's reach");
    // A crafted larger minimum leaves room for a coordinate of degree 4: refused as out of class (too many codes), never accepted.
    expect(rejects(edited(good, (j) => (j.result.minimum = min + 4)))).toMatch(/out of the verifier's class|less than the stated minimum/);
    expect(rejects(good, 1000)).toContain('more than 1000 steps');
    // Through verifyCertificate: a tampered one is invalid (integrity restored so the route itself decides).
    const bad = edited(good, (j) => (j.result.minimizers = '11521'));
    bad.integrity = integrityOf(bad);
    expect((await verifyCertificate({ json: bad, baseDir: '.' })).status).toBe('invalid');
  }, 120_000);

  it('refuses a coordinate of degree >= 4 it would have to enumerate beyond its bound', async () => {
    const good = await certOf(problem('head+rep', [0, 3]));
    // minimum + 3 lets one coordinate reach degree 4 at the first coordinate level (millions of compatible codes).
    expect(rejects(edited(good, (j) => (j.result.minimum = (j.result.minimum as number) + 3)), undefined, 0)).toContain("out of the verifier's class at d = 5: a coordinate of degree 4 or 5");
  }, 60_000);
});
