/**
 * fast-check arbitraries for map domains. Values come from the documented sampler (sampler.ts,
 * drawn with fast-check's generator); shrinking goes toward the identity (shrinkMaps.ts): maps
 * C_n -> C_m toward x -> x mod 2^m one point at a time, bijections toward fewest moved points,
 * signed permutations toward fewer moved and negated coordinates, affine maps x -> A x + c with A
 * moved toward the identity matrix one bit at a time (staying invertible), then c toward 0.
 */
import type fc from 'fast-check';
import type { ResolvedDomain } from '../../vocabulary/domains/index.js';
import type { CubeMap } from '../../model/values.js';
import { affineFormMasks, columnsOfRowMasks, isAffine, recognizeAffine } from '../../maps/affine.js';
import { isBijection } from '../../maps/bijectivity.js';
import { affineImage, gf2Rank } from '../../maps/gf2Linear.js';
import { isSignedPermutation } from '../../maps/signedPermutation.js';
import { customArbitrary } from './custom.js';
import { popcount } from './sampleFunctions.js';
import { fastCheckSource } from './random.js';
import { sampleValue } from './sampler.js';
import { mapShrinks, permutationShrinks, signedShrinks } from './shrinkMaps.js';

function isMapOf(v: unknown, n: number, m: number): v is CubeMap {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as CubeMap;
  return t.n === n && t.m === m && t.image instanceof Uint32Array && t.image.length === 2 ** n && t.image.every((y) => y < 2 ** m);
}

function mapArbitraryOf(d: ResolvedDomain & { kind: 'maps' | 'bijections' | 'signed-permutations' | 'gf2-affine-maps' }, spec: {
  readonly shrink: (t: CubeMap) => Iterable<Uint32Array | CubeMap>;
  readonly member: (t: CubeMap) => boolean;
}): fc.Arbitrary<CubeMap> {
  const m = d.kind === 'maps' ? d.m : d.n;
  return customArbitrary<CubeMap>({
    generate: (mrng) => sampleValue(d, fastCheckSource(mrng)) as CubeMap,
    shrinkCandidates: function* (t) {
      for (const c of spec.shrink(t)) yield c instanceof Uint32Array ? { n: d.n, m, image: c } : c;
    },
    isValue: (v): v is CubeMap => isMapOf(v, d.n, m) && spec.member(v),
  });
}

export function mapArbitrary(n: number, m: number): fc.Arbitrary<CubeMap> {
  return mapArbitraryOf({ kind: 'maps', n, m }, { shrink: (t) => mapShrinks(m, t.image), member: () => true });
}

export function bijectionArbitrary(n: number): fc.Arbitrary<CubeMap> {
  return mapArbitraryOf({ kind: 'bijections', n }, { shrink: (t) => permutationShrinks(t.image), member: (t) => isBijection(t) });
}

export function signedPermutationArbitrary(n: number): fc.Arbitrary<CubeMap> {
  return mapArbitraryOf({ kind: 'signed-permutations', n }, { shrink: (t) => signedShrinks(n, t.image), member: (t) => isSignedPermutation(t) });
}

const affine = (n: number, rows: ArrayLike<number>, c: number): CubeMap => ({ n, m: n, image: affineImage(n, columnsOfRowMasks(n, rows), c) });

/**
 * Candidates, each decreasing (bits where A differs from the identity matrix, c as a number)
 * lexicographically: A replaced by the identity; one bit of A moved toward it, or two rows swapped
 * when that brings A nearer, if A stays invertible; then one bit of c cleared, or c halved.
 */
function* affineShrinks(t: CubeMap): Generator<CubeMap> {
  const n = t.n;
  const { rowMasks, translation } = affineFormMasks(recognizeAffine(t)!);
  const off = (rows: readonly number[]): number => rows.reduce((a, r, j) => a + popcount((r ^ (1 << j)) >>> 0), 0);
  const distance = off(rowMasks);
  if (distance > 0) yield affine(n, Array.from({ length: n }, (_, j) => 1 << j), translation);
  for (let j = 0; j < n; j++) {
    for (let k = j + 1; k < n; k++) {
      const rows = rowMasks.slice();
      [rows[j], rows[k]] = [rows[k]!, rows[j]!];
      if (off(rows) < distance) yield affine(n, rows, translation);
    }
  }
  for (let j = 0; j < n; j++) {
    let off = rowMasks[j]! ^ (1 << j);
    for (; off !== 0; off &= off - 1) {
      const rows = rowMasks.slice();
      rows[j] = rows[j]! ^ (off & -off);
      if (gf2Rank(rows) === n) yield affine(n, rows, translation);
    }
  }
  for (let c = translation; c !== 0; c &= c - 1) yield affine(n, rowMasks, translation ^ (c & -c));
  if (translation > 1) yield affine(n, rowMasks, translation >>> 1);
}

export function affineMapArbitrary(n: number): fc.Arbitrary<CubeMap> {
  return mapArbitraryOf({ kind: 'gf2-affine-maps', n }, { shrink: affineShrinks, member: (t) => isBijection(t) && isAffine(t) });
}
