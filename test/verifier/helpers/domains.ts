/**
 * Test-side enumeration and encoding, written from docs/certificates.md without the verifier's code:
 * every map/function table is counted out by division, the structured map domains are filtered from
 * all maps with the slow kernel and sorted, encodings are built with BigInt and string padding.
 */
import type { CubeMap, Fn, PointSet, ResolvedDomain, Value } from '../../../src/claim/index.js';
import { slowKernel as S } from './slowKernel.js';
import { classDomainTables } from '../../../src/equivalence/classDomain.js';

/** Digits of t in the given radix, least significant first. */
function digits(t: number, radix: number, length: number): number[] {
  return Array.from({ length }, (_, k) => Math.floor(t / radix ** k) % radix);
}

function allMaps(n: number, m: number): CubeMap[] {
  const size = 2 ** n;
  return Array.from({ length: (2 ** m) ** size }, (_, t) => ({ n, m, image: Uint32Array.from(digits(t, 2 ** m, size)) }));
}

const lex = (a: CubeMap, b: CubeMap): number => {
  const k = a.image.findIndex((y, i) => y !== b.image[i]);
  return k < 0 ? 0 : a.image[k]! - b.image[k]!;
};

export function slowEnumerate(d: ResolvedDomain): Value[] {
  const size = 2 ** d.n;
  const tables = (radix: number): number[][] => Array.from({ length: radix ** size }, (_, t) => digits(t, radix, size));
  switch (d.kind) {
    case 'boolean-functions':
      return tables(2).map((ds): Fn => ({ n: d.n, values: Int32Array.from(ds, (b) => 1 - 2 * b) }));
    case 'low-degree-functions':
      return slowEnumerate({ kind: 'boolean-functions', n: d.n }).filter((f) => S.degree(f as Fn)! <= d.maxDegree);
    case 'integer-functions':
      return tables(d.max - d.min + 1).map((ds): Fn => ({ n: d.n, values: Int32Array.from(ds, (v) => v + d.min) }));
    case 'subsets':
      return tables(2).map((ds): PointSet => ({ n: d.n, points: Uint32Array.from(ds.flatMap((b, p) => (b ? [p] : []))) }));
    case 'maps':
      return allMaps(d.n, d.m);
    case 'bijections':
      return allMaps(d.n, d.n).filter(S.isBijection).sort(lex);
    case 'signed-permutations':
      return allMaps(d.n, d.n).filter(S.isSignedPermutation).sort(lex);
    case 'gf2-affine-maps':
      return allMaps(d.n, d.n).filter(S.isGf2Affine).sort(lex);
    case 'npn-classes':
    case 'affine-classes':
    case 'ea-classes':
      // the engine's listing (src/equivalence/classDomain.ts), which the verifier must match independently
      return Array.from(classDomainTables(d.n, CLASS_GROUP[d.kind]), (t): Fn => ({ n: d.n, values: Int32Array.from(digits(t, 2, size), (b) => 1 - 2 * b) }));
  }
}

const CLASS_GROUP = { 'npn-classes': 'npn', 'affine-classes': 'affine', 'ea-classes': 'ea' } as const;

export function slowEncode(v: Value, d: ResolvedDomain): string {
  if ('image' in v) return `perm:${v.image.join(',')}`;
  if ('points' in v) return `points:${v.points.join(',')}`;
  if (d.kind === 'integer-functions') return `vals:${v.values.join(',')}`;
  if (d.n < 2) return `tt:${Array.from(v.values, (s) => (s < 0 ? '-' : '+')).join('')}`;
  const t = Array.from(v.values).reduce((acc, s, p) => (s < 0 ? acc + (1n << BigInt(p)) : acc), 0n);
  return `hex:${t.toString(16).padStart(2 ** d.n / 4, '0')}`;
}
