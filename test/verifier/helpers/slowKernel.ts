/**
 * A second Kernel, straight from the definitions in docs/math.md and deliberately unlike the verifier's:
 * degree from the real multilinear polynomial in the bits (inclusion-exclusion), the ANF by XOR over
 * all subsets, relevance by flipping a variable, recognition of signed permutations and affine maps
 * by trying every permutation, sign and parity. Test-only; small n.
 */
import type { CubeMap, Fn, Kernel } from '../../../src/claim/index.js';
import { measure, operation } from '../../../src/verifier/measures/kernel.js';

const ones = (v: number): number => v.toString(2).split('').filter((c) => c === '1').length;
const subsetsOf = (t: number): number[] => Array.from({ length: t + 1 }, (_, u) => u).filter((u) => (u & t) === u);
const x = (point: number, i: number): number => ((point >> (i - 1)) & 1 ? -1 : 1);
const table = (n: number, value: (p: number) => number): Fn => ({ n, values: Int32Array.from({ length: 2 ** n }, (_, p) => value(p)) });

function walsh(f: Fn): bigint[] {
  return Array.from(f.values, (_, s) => {
    let sum = 0n;
    f.values.forEach((v, p) => {
      let chi = 1;
      for (let i = 1; i <= f.n; i++) if ((s >> (i - 1)) & 1) chi *= x(p, i);
      sum += BigInt(v * chi);
    });
    return sum;
  });
}

/** f(b) = sum_T c_T prod_{i in T} b_i over the reals; c_T by inclusion-exclusion. Same degree as Fourier. */
function degree(f: Fn): number | null {
  let best: number | null = null;
  for (let t = 0; t < f.values.length; t++) {
    const c = subsetsOf(t).reduce((a, u) => a + (ones(t ^ u) % 2 ? -1 : 1) * f.values[u]!, 0);
    if (c !== 0) best = Math.max(best ?? 0, ones(t));
  }
  return best;
}

function isBoolean(f: Fn): boolean {
  return Array.from(f.values).every((v) => Math.abs(v) === 1);
}

function anf(f: Fn): Uint8Array {
  if (!isBoolean(f)) throw new Error('not Boolean');
  return Uint8Array.from(f.values, (_, t) => subsetsOf(t).reduce((a, u) => a ^ (f.values[u] === -1 ? 1 : 0), 0));
}

function permutationsOf(k: number): number[][] {
  if (k === 0) return [[]];
  return permutationsOf(k - 1).flatMap((p) => Array.from({ length: k }, (_, at) => [...p.slice(0, at), k - 1, ...p.slice(at)]));
}

const coordinate = (t: CubeMap, j: number): Fn => table(t.n, (p) => x(t.image[p]!, j));
const chi = (n: number, s: number): Fn => table(n, (p) => (ones(p & s) % 2 ? -1 : 1));
const same = (f: Fn, g: Fn): boolean => f.values.every((v, p) => v === g.values[p]);
const isBijection = (t: CubeMap): boolean =>
  t.m === t.n && [...t.image].sort((a, b) => a - b).every((y, k) => y === k);

export const slowKernel: Kernel = {
  walsh,
  degree,
  gf2Degree: (f) => anf(f).reduce<number | null>((best, a, t) => (a ? Math.max(best ?? 0, ones(t)) : best), null),
  anf,
  isBoolean,
  // Registered measures are cross-checked fast against twin in test/vocabulary/twins.test.ts;
  // here they are the verifier's twins.
  measure,
  operation,
  relevantVariables: (f) =>
    Array.from({ length: f.n }, (_, k) => k + 1).filter((i) => f.values.some((v, p) => v !== f.values[p ^ (1 << (i - 1))])),
  chi,
  compose: (h, t) => table(t.n, (p) => h.values[t.image[p]!]!),
  composeMaps: (t, u) => ({ n: u.n, m: t.m, image: Uint32Array.from(u.image, (y) => t.image[y]!) }),
  coordinate,
  component: (t, s) => table(t.n, (p) => chi(t.m, s).values[t.image[p]!]!),
  isBijection,
  inverse: (t) => {
    if (!isBijection(t)) throw new Error('not a bijection');
    return { n: t.n, m: t.n, image: Uint32Array.from(t.image, (_, y) => t.image.indexOf(y)) };
  },
  isSignedPermutation: (t) =>
    t.m === t.n &&
    permutationsOf(t.n).some((pi) =>
      Array.from({ length: 2 ** t.n }, (_, s) => s).some((s) =>
        Array.from(t.image).every((y, p) => pi.every((pj, j) => x(y, j + 1) === x(s, j + 1) * x(p, pj + 1))),
      ),
    ),
  isGf2Affine: (t) =>
    isBijection(t) &&
    Array.from({ length: t.m }, (_, j) => coordinate(t, j + 1)).every((c) =>
      Array.from({ length: 2 ** t.n }, (_, a) => chi(t.n, a)).some((p) => same(c, p) || same(c, table(t.n, (q) => -p.values[q]!))),
    ),
  parityDegreeSum: (t) => {
    if (!isBijection(t)) throw new Error('not a bijection');
    let sum = 0;
    for (let s = 0; s < 2 ** t.m; s++) sum += degree(slowKernel.component(t, s))!;
    return sum;
  },
  // The world-model operations are cross-checked fast kernel against verifier kernel (test/check/worldModel.test.ts).
  interpolate: () => {
    throw new Error('interpolate is not in the slow kernel');
  },
  conditionalDegree: () => {
    throw new Error('conditionalDegree is not in the slow kernel');
  },
  recoverySummary: () => {
    throw new Error('recoverySummary is not in the slow kernel');
  },
  recoveryVerdict: () => {
    throw new Error('recoveryVerdict is not in the slow kernel');
  },
};
