/**
 * fast-check arbitraries for function and subset domains. Values come from the documented sampler
 * (sampler.ts, drawn with fast-check's generator); shrinking goes toward small, readable values:
 * Boolean functions toward fewer relevant variables and fewer -1 points (booleanShrink.ts; for
 * low-degree domains only candidates of degree <= k), integer functions toward 0 (or the value
 * in range nearest 0), subsets toward fewer points.
 */
import type fc from 'fast-check';
import type { ResolvedDomain } from '../../vocabulary/domains/index.js';
import type { Fn, PointSet } from '../../model/values.js';
import { hasDegreeAtMost, isBooleanTable } from '../domains/lowDegree.js';
import { booleanShrinks } from './booleanShrink.js';
import { customArbitrary } from './custom.js';
import { fastCheckSource } from './random.js';
import { sampleValue } from './sampler.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function sampled<T>(d: ResolvedDomain): (mrng: fc.Random) => T {
  return (mrng) => sampleValue(d, fastCheckSource(mrng)) as T;
}

export function booleanFunctionArbitrary(n: number): fc.Arbitrary<Fn> {
  return customArbitrary<Fn>({
    generate: sampled({ kind: 'boolean-functions', n }),
    shrinkCandidates: (f) => booleanShrinks(f),
    isValue: (v): v is Fn => isObject(v) && v.values instanceof Int32Array && isBooleanTable(v as unknown as Fn, n),
  });
}

export function lowDegreeArbitrary(n: number, k: number): fc.Arbitrary<Fn> {
  const accept = (g: Fn): boolean => hasDegreeAtMost(g, k);
  return customArbitrary<Fn>({
    generate: sampled({ kind: 'low-degree-functions', n, maxDegree: k }),
    shrinkCandidates: (f) => booleanShrinks(f, accept),
    isValue: (v): v is Fn => isObject(v) && v.values instanceof Int32Array && isBooleanTable(v as unknown as Fn, n) && accept(v as unknown as Fn),
  });
}

/** Candidates: one value set to the target, then one value moved halfway to it (sum of |v - target| decreases). */
function* integerShrinks(f: Fn, target: number): Generator<Fn> {
  const v = f.values;
  for (let x = 0; x < v.length; x++) if (v[x] !== target) yield { n: f.n, values: v.map((y, z) => (z === x ? target : y)) };
  for (let x = 0; x < v.length; x++) {
    const half = Math.trunc((v[x]! + target) / 2);
    if (half !== v[x] && half !== target) yield { n: f.n, values: v.map((y, z) => (z === x ? half : y)) };
  }
}

export function integerFunctionArbitrary(n: number, min: number, max: number): fc.Arbitrary<Fn> {
  const target = Math.min(max, Math.max(min, 0));
  return customArbitrary<Fn>({
    generate: sampled({ kind: 'integer-functions', n, min, max }),
    shrinkCandidates: (f) => integerShrinks(f, target),
    isValue: (v): v is Fn =>
      isObject(v) && v.n === n && v.values instanceof Int32Array && v.values.length === 2 ** n && v.values.every((y) => y >= min && y <= max),
  });
}

function* subsetShrinks(s: PointSet): Generator<PointSet> {
  if (s.points.length > 1) yield { n: s.n, points: new Uint32Array(0) };
  for (let i = 0; i < s.points.length; i++) yield { n: s.n, points: s.points.filter((_, j) => j !== i) };
}

export function subsetArbitrary(n: number): fc.Arbitrary<PointSet> {
  return customArbitrary<PointSet>({
    generate: sampled({ kind: 'subsets', n }),
    shrinkCandidates: subsetShrinks,
    isValue: (v): v is PointSet =>
      isObject(v) && v.n === n && v.points instanceof Uint32Array && v.points.every((p, i, a) => p < 2 ** n && (i === 0 || p > a[i - 1]!)),
  });
}
