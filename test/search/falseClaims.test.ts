/**
 * False claims whose counterexamples are rare and structured (uniform sampling essentially never
 * meets them): random mode must refute each at its default number of runs (1000) with the default
 * seed, which it could not before the structured distribution cubecheck-mix/1. Every reported
 * counterexample is re-checked here against the claim with the checker's kernel.
 */
import { describe, expect, it } from 'vitest';
import { defineProperty, domains } from '../../src/claim/index.js';
import type { Property } from '../../src/claim/property.js';
import type { CubeMap, Fn } from '../../src/claim/values.js';
import { findInCatalogue } from '../../src/check/catalogue.js';
import { loadCatalogue } from '../../src/lang/catalogue.js';
import { fastKernel as K } from '../../src/check/kernel/index.js';
import { runProperty } from '../../src/check/runner.js';

/** 2^n Inf_i(f): the points x with f(x) != f(x with bit i flipped). */
function influenceCount(f: Fn, i: number): number {
  let c = 0;
  for (let x = 0; x < f.values.length; x++) if (f.values[x] !== f.values[x ^ (1 << i)]) c++;
  return c;
}
const balanced = (f: Fn): boolean => f.values.reduce((a, v) => a + v, 0) === 0;
const maxDegree = (t: CubeMap): number => Math.max(0, ...Array.from({ length: t.m }, (_, j) => K.degree(K.coordinate(t, j + 1)) ?? 0));
function popcount(x: number): number {
  let w = 0;
  for (let v = x; v; v &= v - 1) w++;
  return w;
}
function isSymmetric(f: Fn): boolean {
  const byWeight = new Map<number, number>();
  for (let x = 0; x < f.values.length; x++) {
    let w = 0;
    for (let v = x; v; v &= v - 1) w++;
    if (byWeight.has(w) && byWeight.get(w) !== f.values[x]) return false;
    byWeight.set(w, f.values[x]!);
  }
  return true;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const claim = (id: string, variables: Property['variables'], predicate: (values: any) => boolean, n: number): Property =>
  defineProperty({ id: id.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, ''), statement: id, status: 'conjecture', variables, predicate: predicate as never, defaultScope: { n }, maxN: 12 });

const degree3Juntas = claim('degree <= 3 implies at most 4 relevant variables', { f: domains.lowDegreeFunctions(3) }, ({ f }: { f: Fn }) => K.relevantVariables(f).length <= 4, 5);
const FALSE_CLAIMS: readonly [Property, number][] = [
  ...[5, 6, 7, 8, 9, 10].map((n): [Property, number] => [degree3Juntas, n]),
  // Degree 2 with 4 relevant variables (T10's bound is attained): x1 ite(x1 x2, x3, x4) = (x1 x3 + x2 x3 + x1 x4 - x2 x4) / 2.
  [claim('degree <= 2 implies at most 3 relevant variables', { f: domains.lowDegreeFunctions(2) }, ({ f }: { f: Fn }) => K.relevantVariables(f).length <= 3, 6), 6],
  [claim('a balanced f has a variable of influence >= 1/2', { f: domains.booleanFunctions() }, ({ f }: { f: Fn }) => !balanced(f) || Array.from({ length: f.n }, (_, i) => influenceCount(f, i)).some((c) => 2 * c >= 2 ** f.n), 5), 5],
  // Junta shaped: a balanced 3-junta on 8 variables such as ite(x1, x2, x3).
  [claim('a balanced f with <= 3 relevant variables has a variable of influence 1', { f: domains.booleanFunctions() }, ({ f }: { f: Fn }) => K.relevantVariables(f).length > 3 || !balanced(f) || Array.from({ length: f.n }, (_, i) => influenceCount(f, i)).some((c) => c === 2 ** f.n), 8), 8],
  // Symmetric shaped: on C_7, -1 exactly on the weights 0, 1, 2 and 4 (1 + 7 + 21 + 35 = 64 points) is balanced.
  [claim('a balanced symmetric f is a parity or a majority, or the negation of one', { f: domains.booleanFunctions() }, ({ f }: { f: Fn }) => {
    if (!isSymmetric(f) || !balanced(f)) return true;
    const parity = K.chi(f.n, 2 ** f.n - 1).values;
    const majority = f.values.map((_, x) => (2 * popcount(x) > f.n ? -1 : 1));
    return [parity, majority].some((g) => f.values.every((v, x) => v === g[x]) || f.values.every((v, x) => v === -g[x]!));
  }, 7), 7],
  // Threshold shaped: the weighted majority sign(3 x1 + x2 + x3 + x4 + x5) is monotone, self-dual, depends on all variables and is not symmetric.
  [claim('a monotone self-dual f depending on all variables is symmetric', { f: domains.booleanFunctions() }, ({ f }: { f: Fn }) => {
    const v = f.values;
    const size = v.length;
    const monotone = v.every((y, x) => Array.from({ length: f.n }, (_, i) => x & (1 << i) || v[x | (1 << i)]! <= y).every(Boolean));
    const selfDual = v.every((y, x) => v[(size - 1) ^ x] === -y);
    return !monotone || !selfDual || K.relevantVariables(f).length < f.n || isSymmetric(f);
  }, 5), 5],
  // Reversible-circuit shaped: a Toffoli gate has coordinate degrees 1, 1, 2 and is not affine.
  [claim('a bijection of coordinate degree <= 2 is affine', { T: domains.bijections() }, ({ T }: { T: CubeMap }) => maxDegree(T) > 2 || K.isGf2Affine(T), 4), 4],
  // A CNOT is an affine involution that is not a signed permutation.
  [claim('an affine involution is a signed permutation', { T: domains.gf2AffineMaps() }, ({ T }: { T: CubeMap }) => !T.image.every((y, x) => T.image[y] === x) || K.isSignedPermutation(T), 6), 6],
  [claim('a bijection of degree <= 2 whose inverse has degree <= 2 is affine', { T: domains.bijections() }, ({ T }: { T: CubeMap }) => maxDegree(T) > 2 || maxDegree(K.inverse(T)) > 2 || K.isGf2Affine(T), 5), 5],
];

describe('random mode refutes false claims with rare structured counterexamples (default runs and seed)', () => {
  for (const [p, n] of FALSE_CLAIMS) {
    it(`${p.statement} (n = ${n})`, async () => {
      const r = await runProperty(p, { mode: 'random', n });
      expect(r.verdict).toBe('refuted');
      expect([r.runs, r.seed]).toEqual([1000, 42]);
      expect(p.predicate(r.counterexample!.values as never, K, { n })).toBe(false);
    });
  }

  it('refutes C1 at n = 4 with a shrunk counterexample moving 5 points, the fewest possible', async () => {
    const c1 = findInCatalogue(await loadCatalogue(), 'C1').property;
    const r = await runProperty(c1, { mode: 'random', n: 4 });
    expect(r.verdict).toBe('refuted');
    const image = (r.counterexample!.values.T as CubeMap).image;
    expect(image.filter((y, x) => y !== x).length).toBe(5);
    expect(c1.predicate(r.counterexample!.values as never, K, { n: 4 })).toBe(false);
    // 5 is the fewest: none of the 17,620 bijections of C_4 moving 2, 3 or 4 points refutes C1.
    let small = 0;
    const choose = (k: number, from = 0): number[][] => (k === 0 ? [[]] : Array.from({ length: 16 - from }, (_, i) => choose(k - 1, from + i + 1).map((rest) => [from + i, ...rest])).flat());
    const orders = (a: number[]): number[][] => (a.length === 0 ? [[]] : a.flatMap((v, i) => orders(a.filter((_, j) => j !== i)).map((rest) => [v, ...rest])));
    for (const k of [2, 3, 4]) {
      for (const set of choose(k)) {
        for (const to of orders(set).filter((o) => o.every((v, i) => v !== set[i]))) {
          const T = { n: 4, m: 4, image: Uint32Array.from({ length: 16 }, (_, x) => x) };
          set.forEach((x, i) => (T.image[x] = to[i]!));
          small++;
          expect(c1.predicate({ T } as never, K, { n: 4 })).toBe(true);
        }
      }
    }
    expect(small).toBe(17620);
  });
});

/** Theorems of the catalogue, at their default scope and a larger one, must still hold in random mode. */
const LARGER: Record<string, number> = { T2: 7, T3: 8, T4: 8, T5: 8, T7: 5, T8: 6, T10: 8 };

describe('true catalogue theorems hold in random mode (default runs and seed)', async () => {
  const catalogue = await loadCatalogue();
  for (const { property: p } of catalogue) {
    if (p.status !== 'theorem' || Object.keys(p.variables).length === 0) continue;
    const larger = LARGER[p.id.split('-')[0]!];
    for (const n of larger === undefined ? [p.defaultScope.n] : [p.defaultScope.n, larger]) {
      it(`${p.id} at n = ${n}`, async () => {
        const r = await runProperty(p, { mode: 'random', n });
        expect([r.verdict, r.cases, r.distribution]).toEqual(['holds', 1000, 'cubecheck-mix/1']);
      });
    }
  }
});
