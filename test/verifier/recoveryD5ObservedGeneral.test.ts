/**
 * The verifier's d = 5 partial-support route with m = 6 observed bits (src/verifier/recoveryD5GeneralRep.ts
 * with the coordinates of src/verifier/recoveryD5ObservedGeneral.ts): certificates of the engine's
 * place-by-place answers accepted with the engine's numbers, tampered copies rejected in one line.
 *
 * The engine's numbers come from its place-by-place search (generalRepD5Steps) called directly
 * (`recover` reaches the same search through general.ts: test/recovery/recoverD5ObservedPartial.test.ts),
 * and the certificates from the writer (recoveryCertificate) on a result made of them.
 */
import { describe, expect, it } from 'vitest';
import { parsePsi, parseTasks } from '../../src/expr/taskList.js';
import { parseSupport } from '../../src/expr/supportSpec.js';
import { generalRepD5Steps } from '../../src/recovery/exact/generalRepD5.js';
import { drainSteps } from '../../src/recovery/exact/steps.js';
import type { Bias, RecoveryProblem, RecoveryResult } from '../../src/recovery/types.js';
import { makeMap } from '../../src/maps/boolMap.js';
import { recoveryCertificate, recoveryCertificateProblem } from '../../src/certificates/recoveryCertificate.js';
import { checkRecoveryCertificate } from '../../src/verifier/recoveryCertificate.js';
import { observedRepCoordinates5 } from '../../src/verifier/recoveryD5ObservedGeneral.js';
import { observedCoordinates5 } from '../../src/verifier/recoveryD5ObservedCoords.js';
import { Rejection } from '../../src/verifier/reject.js';

type Json = Record<string, any>;
const X12 = 'x1;x2;x3;x4;x5;x1*x2';

function problem(psi: string, tasks: string, support: string, bias: Bias): RecoveryProblem {
  return { d: 5, psi: parsePsi(psi, 5, 6), tasks: parseTasks(tasks, 5), bias, group: 'signed-permutation', support: parseSupport(support, 5) };
}

/** The engine's place-by-place answer as a RecoveryResult (exact: that search is complete where it answers). */
function engineResult(p: RecoveryProblem): RecoveryResult {
  const o = drainSteps(generalRepD5Steps(p));
  if (o === null) throw new Error('the engine gave no answer');
  const best = makeMap(5, 5, Uint32Array.from(o.best));
  return {
    problem: p,
    minimum: { kind: 'number', value: o.minimum as number },
    minimizers: Number(o.minimizers),
    minimizerCount: o.minimizers,
    recovers: o.recovers,
    witness: o.witness === null ? null : makeMap(5, 5, Uint32Array.from(o.witness)),
    best,
    trueLatentsObjective: { kind: 'number', value: 0 },
    exact: true,
    stats: { infeasibleTotals: [] } as unknown as RecoveryResult['stats'],
  };
}

const edited = (c: Json, edit: (j: Json) => void): Json => {
  const copy = JSON.parse(JSON.stringify(c)) as Json;
  edit(copy);
  return copy;
};

function rejects(c: Json): string {
  try {
    checkRecoveryCertificate(c);
  } catch (e) {
    expect(e).toBeInstanceOf(Rejection);
    expect((e as Error).message).not.toContain('\n');
    return (e as Error).message;
  }
  throw new Error('accepted');
}

const perm = (f: (z: number) => number): string => `perm:${Array.from({ length: 32 }, (_, z) => f(z)).join(',')}`;

describe('d = 5, m = 6, partial support: certificates of the engine\'s answers', () => {
  const p = problem(X12, 'x1*x2;x3;x1', 'points:0,3,5', 'head+rep');
  const r = engineResult(p);
  const cert = (): Json => {
    expect(recoveryCertificateProblem(r)).toBeNull();
    return recoveryCertificate(r, 'test', 0) as Json;
  };

  it('x6 = x1 x2, support {0, 3, 5}, head+rep: the engine\'s 8 and 11,520 (3,840 in the group), accepted; tampering refused in one line', () => {
    expect([r.minimum, r.minimizerCount, r.recovers]).toEqual([{ kind: 'number', value: 8 }, 11520n, false]);
    const c = cert();
    expect(c.problem.observed).toBe(6);
    expect(c.problem.support).toEqual([0, 3, 5]);
    const line = checkRecoveryCertificate(c);
    expect(line).toContain('recovery at d = 5, m = 6, 3 Boolean task(s), support 3 of 32 points, head+rep: minimum 8 (every smaller total infeasible), 11520 minimisers, does not recover');
    expect(line).toContain('3840 minimisers in the group; coordinates of extension degree <= 2 on psi');
    expect(rejects(edited(c, (j) => (j.result.minimum = 9)))).toBe('a bijection costs 8, less than the stated minimum 9');
    expect(rejects(edited(c, (j) => (j.result.minimum = 7)))).toBe('no bijection attains the stated minimum 7');
    expect(rejects(edited(c, (j) => (j.result.minimizers = '11521')))).toBe('the minimisers number 11520, not 11521');
    expect(rejects(edited(c, (j) => ((j.result.recovers = true), (j.result.witness = null))))).toBe('recovers is false (3840 of 11520 minimisers in the group), not true');
    expect(rejects(edited(c, (j) => (j.result.witness = perm((z) => z))))).toBe('result.witness lies in the group');
    expect(rejects(edited(c, (j) => (j.result.witness = perm((z) => (z === 1 ? 2 : z === 2 ? 1 : z)))))).toMatch(/^result\.witness (scores \d+, not the minimum 8|lies in the group)$/);
    expect(rejects(edited(c, (j) => (j.problem.psi = `map:${Array.from({ length: 32 }, () => 0).join(',')}`)))).toBe('problem.psi is not an injective map C_5 -> C_6');
    expect(rejects(edited(c, (j) => (j.problem.observed = 7)))).toBe("out of the verifier's class at d = 5: problem.observed must be 5, or 6 (observations one bit longer than the latents)");
    expect(rejects(edited(c, (j) => (j.problem.observed = 5)))).toMatch(/^problem\.psi/);
    // Another support: the count changes (or the minimum), so the stated answer is refused.
    expect(rejects(edited(c, (j) => (j.problem.support = [0, 1, 2])))).toMatch(/^(the minimisers number \d+, not 11520|a bijection costs \d+, less than the stated minimum 8|no bijection attains the stated minimum 8|recovers is .*)$/);
  });

  it('hier-max and hier-sum on the same support: the engine\'s numbers accepted', () => {
    for (const bias of ['hier-max', 'hier-sum'] as const) {
      const q = problem(X12, 'x1*x2;x3;x1', 'points:0,3,5', bias);
      const e = engineResult(q);
      const c = recoveryCertificate(e, 'test', 0) as Json;
      expect(checkRecoveryCertificate(c)).toContain(`support 3 of 32 points, ${bias}: minimum ${(e.minimum as { value: number }).value} (every smaller total infeasible), ${e.minimizerCount} minimisers`);
    }
  });

  it('the writer refuses in one line what the verifier would not take: 9 support points, an answer not exact', () => {
    const nine: RecoveryResult = { ...r, problem: { ...r.problem, support: [0, 1, 2, 3, 4, 5, 6, 7, 8] } };
    expect(recoveryCertificateProblem(nine)).toBe('at d = 5 the verifier re-checks supports of at most 8 points under head+rep (this one has 9)');
    expect(recoveryCertificateProblem({ ...r, exact: false })).toBe('the answer is not exact (or its minimisers are not counted)');
  });

  it('the bucketed coordinates are the observed list, split by the support, closed under complement', () => {
    const psi = Array.from(p.psi.image);
    const uMask = (1 << 0) | (1 << 3) | (1 << 5);
    const co = observedRepCoordinates5(psi, 6, uMask);
    const flat = observedCoordinates5(psi, 6);
    expect(co.beyond).toBe(flat.upTo + 1);
    expect(co.listed.size).toBe(flat.codes.length);
    let n = 0;
    for (const [part, b] of co.buckets) {
      n += b.codes.length;
      b.codes.forEach((code, i) => {
        expect((code & uMask) >>> 0).toBe(part);
        expect(co.costOf(code)).toBe(b.costs[i]);
        if (i > 0) expect(b.costs[i]!).toBeGreaterThanOrEqual(b.costs[i - 1]!);
        expect(co.listed.get(~code >>> 0)).toBe(b.costs[i]);
      });
    }
    expect(n).toBe(flat.codes.length);
  });
});
