/**
 * runProperty: exhaustive and random agree on small scopes; counts and the digest match a slow,
 * obvious recomputation; exists, abort, progress, auto mode and bad properties behave as documented.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type Property, defineProperty, domains } from '../../src/claim/index.js';
import type { Fn, PointSet } from '../../src/claim/values.js';
import { fastKernel as K } from '../../src/check/kernel/index.js';
import { runProperty } from '../../src/check/runner.js';
import { PredicateError } from '../../src/check/scope.js';
import type { Progress } from '../../src/check/types.js';
import { InputError } from '../../src/core/result.js';
import { booleanFromNumber, digits, slowDegree } from './helpers.js';

const minusPoints = (f: Fn): number => f.values.filter((v) => v === -1).length;

/** f in boolean-functions, U in subsets: "f is -1 on at most |U| + 1 points" (false sometimes). */
const pair = defineProperty({
  id: 'test-pair',
  statement: 'f has at most |U| + 1 points at -1',
  status: 'conjecture',
  variables: { f: domains.booleanFunctions(), U: domains.subsets() },
  predicate: ({ f, U }) => minusPoints(f) <= U.points.length + 1,
  defaultScope: { n: 2 },
});

/** Slow: the cases of `pair` at n, in canonical order, with their encodings written by hand. */
function slowPairCases(n: number): { line: string; holds: boolean }[] {
  const size = 2 ** n;
  const fs = Array.from({ length: 2 ** size }, (_, t) => booleanFromNumber(n, t));
  const us = Array.from({ length: 2 ** size }, (_, t) => digits(t, 2, size).flatMap((b, i) => (b ? [i] : [])));
  const enc = (f: Fn): string => (n < 2 ? `tt:${Array.from(f.values, (v) => (v === 1 ? '+' : '-')).join('')}` : `hex:${parseInt(Array.from(f.values, (v) => (v === -1 ? '1' : '0')).reverse().join(''), 2).toString(16).padStart(size / 4, '0')}`);
  return fs.flatMap((f) => us.map((u) => ({ line: `${enc(f)} points:${u.join(',')}`, holds: minusPoints(f) <= u.length + 1 })));
}

const sha = (cases: { line: string; holds: boolean }[]): string =>
  createHash('sha256').update(cases.map((c) => `${c.line}\t${c.holds ? 1 : 0}\n`).join('')).digest('hex');

describe('exhaustive runs against a slow recomputation', () => {
  for (const n of [1, 2]) {
    it(`n = ${n}: first counterexample, counts and digest`, async () => {
      const slow = slowPairCases(n);
      const first = slow.findIndex((c) => !c.holds);
      const r = await runProperty(pair, { n, mode: 'exhaustive' });
      expect(r.verdict).toBe('refuted');
      expect(r.foundAt).toBe(first + 1);
      expect(r.cases).toBe(first + 1);
      expect(Object.values(r.counterexample!.encoded).join(' ')).toBe(slow[first]!.line);
      const all = await runProperty(pair, { n, mode: 'exhaustive', countAll: true });
      expect([all.cases, all.satisfied, all.counterexamples]).toEqual([slow.length, slow.filter((c) => c.holds).length, slow.filter((c) => !c.holds).length]);
      expect(all.digest).toBe(sha(slow));
      expect(all.foundAt).toBe(first + 1);
    });
  }

  it('a true property holds on every case, with the digest of all-true lines', async () => {
    const always = defineProperty({ ...pair, id: 'test-true', predicate: ({ f, U }) => minusPoints(f) <= 2 ** f.n + U.points.length });
    const slow = slowPairCases(2).map((c) => ({ ...c, holds: true }));
    const r = await runProperty(always, { mode: 'exhaustive' });
    expect([r.verdict, r.cases, r.satisfied, r.digest, r.counterexample]).toEqual(['holds', 256, 256, sha(slow), null]);
  });
});

/** Small claims, some true and some false, to compare the two modes. */
const degProduct = defineProperty({ id: 'deg-product', statement: 'deg(fg) <= deg f + deg g', status: 'theorem', variables: { f: domains.booleanFunctions(), g: domains.booleanFunctions() }, predicate: ({ f, g }, k) => k.degree({ n: f.n, values: f.values.map((v, x) => v * g.values[x]!) })! <= k.degree(f)! + k.degree(g)!, defaultScope: { n: 2 } });
const degLe1 = defineProperty({ id: 'deg-le-1', statement: 'every f has degree <= 1', status: 'conjecture', variables: { f: domains.booleanFunctions() }, predicate: ({ f }, k) => k.degree(f)! <= 1, defaultScope: { n: 3 } });
const bijAffine = defineProperty({ id: 'bij-affine', statement: 'every bijection is affine', status: 'conjecture', variables: { T: domains.bijections() }, predicate: ({ T }, k) => k.isGf2Affine(T), defaultScope: { n: 3 } });
const lowDeg = defineProperty({ id: 'low-deg', statement: 'deg <= 2 functions have degree <= 2', status: 'theorem', variables: { f: domains.lowDegreeFunctions(2) }, predicate: ({ f }, k) => k.degree(f)! <= 2, defaultScope: { n: 3 } });
const claims: Property[] = [
  degProduct,
  degLe1,
  bijAffine,
  defineProperty({ id: 'inv-involution', statement: 'inverse of inverse', status: 'theorem', variables: { T: domains.bijections() }, predicate: ({ T }, k) => k.inverse(k.inverse(T)).image.every((y, x) => y === T.image[x]), defaultScope: { n: 3 } }),
  defineProperty({ id: 'plancherel-int', statement: 'sum of squares', status: 'theorem', variables: { f: domains.integerFunctions(-1, 2) }, predicate: ({ f }, k) => k.walsh(f).reduce((a, c) => a + c * c, 0n) === BigInt(2 ** f.n) * f.values.reduce((a, v) => a + BigInt(v * v), 0n), defaultScope: { n: 2 } }),
  lowDeg,
];

describe('exhaustive and random agree on small scopes', () => {
  for (const p of claims) {
    it(p.id, async () => {
      const ex = await runProperty(p, { mode: 'exhaustive', countAll: true });
      const rnd = await runProperty(p, { mode: 'random', runs: 300 });
      expect(rnd.verdict).toBe(ex.verdict);
      if (ex.verdict === 'refuted') {
        const values = rnd.counterexample!.values;
        expect(p.predicate(values as never, K, { n: ex.scope.n })).toBe(false);
        expect(ex.counterexamples).toBeGreaterThan(0);
      } else {
        expect([rnd.cases, rnd.satisfied, rnd.distribution]).toEqual([300, 300, 'cubecheck-mix/1']);
        expect(rnd.digest).toMatch(/^[0-9a-f]{64}$/);
      }
    });
  }
});

describe('random runs', () => {
  it('the same seed gives the same cases and the same shrunk counterexample', async () => {
    const a = await runProperty(degLe1, { mode: 'random', seed: 5 });
    const b = await runProperty(degLe1, { mode: 'random', seed: 5 });
    expect(a.counterexample!.encoded).toEqual(b.counterexample!.encoded);
    expect([a.cases, a.shrinks]).toEqual([b.cases, b.shrinks]);
    const h1 = await runProperty(degProduct, { mode: 'random', seed: 1, runs: 250 });
    const h2 = await runProperty(degProduct, { mode: 'random', seed: 2, runs: 250 });
    expect(h1.digest).not.toEqual(h2.digest);
    expect([h1.seed, h1.runs, h1.mode]).toEqual([1, 250, 'random']);
  });

  it('a shrunk counterexample of "degree <= 1" is a degree-2 function of two variables', async () => {
    const r = await runProperty(degLe1, { mode: 'random' });
    const f = r.counterexample!.values.f as Fn;
    expect(slowDegree(f)).toBe(2);
    expect(K.relevantVariables(f).length).toBe(2);
  });

  it('reports progress between chunks', async () => {
    const seen: Progress[] = [];
    await runProperty(degProduct, { mode: 'random', runs: 350 }, { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => [p.done, p.total])).toEqual([[100, 350], [200, 350], [300, 350]]);
  });
});

describe('exists', () => {
  const threeCycle = defineProperty({ id: 'three-cycle', statement: 'some bijection moves exactly 3 points', status: 'open', quantifier: 'exists', variables: { T: domains.bijections() }, predicate: ({ T }) => T.image.filter((y, x) => y !== x).length === 3, defaultScope: { n: 2 } });
  const none = defineProperty({ id: 'subset-big', statement: 'some subset has more points than the cube', status: 'open', quantifier: 'exists', variables: { U: domains.subsets() }, predicate: ({ U }) => U.points.length > 2 ** U.n, defaultScope: { n: 2 } });

  it('exhaustive: the first witness, or refuted with the digest of all cases', async () => {
    const r = await runProperty(threeCycle, { mode: 'exhaustive' });
    expect([r.verdict, r.witness!.encoded.T, r.counterexample]).toEqual(['holds', 'perm:0,2,3,1', null]);
    const n = await runProperty(none, { mode: 'exhaustive' });
    expect([n.verdict, n.cases, n.satisfied]).toEqual(['refuted', 16, 0]);
    expect(n.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('random: a witness, or inconclusive', async () => {
    const r = await runProperty(threeCycle, { mode: 'random' });
    expect(r.verdict).toBe('holds');
    expect((r.witness!.values.T as { image: Uint32Array }).image.filter((y, x) => y !== x).length).toBe(3);
    const n = await runProperty(none, { mode: 'random', runs: 50 });
    expect([n.verdict, n.reason, n.cases]).toEqual(['inconclusive', 'no-witness', 50]);
  });
});

describe('abort, auto mode and bad input', () => {
  it('an abort before the start is inconclusive with no case examined', async () => {
    const c = new AbortController();
    c.abort();
    for (const mode of ['exhaustive', 'random'] as const) {
      const r = await runProperty(degProduct, { mode }, { signal: c.signal });
      expect([r.verdict, r.reason, r.cases]).toEqual(['inconclusive', 'aborted', 0]);
    }
  });

  it('an abort mid-run keeps a counterexample found before it', async () => {
    const c = new AbortController();
    let calls = 0;
    const p = defineProperty({ ...degLe1, id: 'abort-late', predicate: ({ f }, k) => (++calls === 5000 && c.abort(), k.degree(f)! <= 1) });
    const r = await runProperty(p, { n: 4, mode: 'exhaustive', countAll: true }, { signal: c.signal });
    expect(r.verdict).toBe('refuted');
    expect(r.cases).toBeLessThan(65536);
    expect([r.counterexamples, r.digest]).toEqual([null, null]);
    const q = defineProperty({ ...degProduct, id: 'abort-holds', predicate: () => (++calls === 9000 && c.abort(), true) });
    calls = 5000;
    const h = await runProperty(q, { n: 3, mode: 'exhaustive' }, { signal: new AbortController().signal });
    expect(h.verdict).toBe('holds');
  });

  it('auto is exhaustive within the budget, random beyond it; low-degree cost is 2^(2^n)', async () => {
    const within = await runProperty(bijAffine, {});
    expect([within.mode, within.choice.cost, within.choice.size]).toEqual(['exhaustive', 40320n, 40320n]);
    const beyond = await runProperty(bijAffine, { budget: 1000n, runs: 10 });
    expect([beyond.mode, beyond.choice.budget]).toEqual(['random', 1000n]);
    const low = await runProperty(lowDeg, { n: 5, runs: 10 });
    expect([low.mode, low.choice.cost]).toEqual(['random', 1n << 32n]);
  });

  it('bad scopes and misbehaving predicates are input errors naming the case', async () => {
    await expect(runProperty(degProduct, { n: 25 })).rejects.toThrow(InputError);
    const throws = defineProperty({ ...bijAffine, id: 'throws', predicate: ({ T }) => { if (T.image[0] === 1) throw new Error('boom'); return true; } });
    await expect(runProperty(throws, { n: 2, mode: 'exhaustive' })).rejects.toThrow(/threw on T = perm:1,0,2,3: boom/);
    await expect(runProperty(throws, { n: 2, mode: 'random' })).rejects.toThrow(PredicateError);
    const notBool = defineProperty({ ...pair, id: 'not-bool', predicate: ({ U }: { U: PointSet }) => U.points.length as unknown as boolean });
    await expect(runProperty(notBool, { mode: 'exhaustive' })).rejects.toThrow(/not a boolean/);
  });
});
