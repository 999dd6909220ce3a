/**
 * One handler per resolved domain: exact size, canonical cursor, encoding and membership.
 * Domain parameters are validated here (an InputError names the problem).
 */
import type { ResolvedDomain } from '../../vocabulary/domains/index.js';
import type { CubeMap, Fn, PointSet, Value } from '../../model/values.js';
import { MAX_ANALYSIS_N, MAX_MAP_N } from '../../core/cube.js';
import { InputError } from '../../core/result.js';
import { isAffine } from '../../maps/affine.js';
import { isBijection } from '../../maps/bijectivity.js';
import { isSignedPermutation } from '../../maps/signedPermutation.js';
import { countAffineMaps, countSignedPermutations } from '../enumerate/counts.js';
import { decodeBoolean, decodeIntegers, decodeMap, decodeSubset, encodeBoolean, encodeIntegers, encodeMap, encodeSubset } from './encoding.js';
import { booleanFunctionCursor, integerFunctionCursor, subsetCursor } from './functionCursors.js';
import { hasDegreeAtMost, isBooleanTable, lowDegreeCount, lowDegreeCursor } from './lowDegree.js';
import { affineMapCursor, bijectionCursor, mapCursor, signedPermutationCursor } from './mapCursors.js';
import type { Cursor, DomainHandler } from './types.js';
import { classCursor, classTables, isClassMember } from './classDomains.js';

export type { Cursor, DomainHandler } from './types.js';

/** Bijections of C_n are counted exactly up to this n ((2^12)! has about 43000 digits). */
const MAX_COUNTED_BIJECTION_N = 12;

function factorial(k: number): bigint {
  let p = 1n;
  for (let i = 2; i <= k; i++) p *= BigInt(i);
  return p;
}

function isMapOf(v: Value, n: number, m: number): v is CubeMap {
  const t = v as CubeMap;
  if (t.n !== n || t.m !== m || !(t.image instanceof Uint32Array) || t.image.length !== 2 ** n) return false;
  for (let i = 0; i < t.image.length; i++) if (t.image[i]! >= 2 ** m) return false;
  return true;
}

function isSubsetOf(v: Value, n: number): v is PointSet {
  const s = v as PointSet;
  if (s.n !== n || !(s.points instanceof Uint32Array)) return false;
  return s.points.every((p, k) => p < 2 ** n && (k === 0 || p > s.points[k - 1]!));
}

function isIntegerFunction(v: Value, n: number, min: number, max: number): boolean {
  const f = v as Fn;
  return f.n === n && f.values instanceof Int32Array && f.values.length === 2 ** n && f.values.every((x) => x >= min && x <= max);
}

export function validateDomain(d: ResolvedDomain): void {
  const isMap = d.kind === 'maps' || d.kind === 'bijections' || d.kind === 'signed-permutations' || d.kind === 'gf2-affine-maps';
  const maxN = isMap ? MAX_MAP_N : MAX_ANALYSIS_N;
  if (!Number.isSafeInteger(d.n) || d.n < 0 || d.n > maxN) throw new InputError(`domain ${d.kind} supports 0 <= n <= ${maxN}, got n = ${d.n}`);
  if (d.kind === 'maps' && (!Number.isSafeInteger(d.m) || d.m < 0 || d.m > MAX_MAP_N)) {
    throw new InputError(`domain maps supports 0 <= m <= ${MAX_MAP_N}, got m = ${d.m}`);
  }
  if (d.kind === 'integer-functions' && !(Number.isSafeInteger(d.min) && Number.isSafeInteger(d.max) && d.min >= -(2 ** 31) && d.max < 2 ** 31 && d.min <= d.max)) {
    throw new InputError(`domain integer-functions needs 32-bit integers min <= max, got ${d.min}..${d.max}`);
  }
}

function handler(
  domain: ResolvedDomain,
  size: () => bigint | null,
  cursor: () => Cursor,
  encode: (v: Value) => string,
  decode: (text: string) => Value,
  isMember: (v: Value) => boolean,
  cost: () => bigint | null = size,
): DomainHandler {
  const strictDecode = (text: string): Value => {
    const v = decode(text);
    if (!isMember(v)) throw new InputError(`'${text.length > 40 ? `${text.slice(0, 37)}...` : text}' is not a member of ${domain.kind} at n = ${domain.n}`);
    return v;
  };
  return { domain, size, cost, cursor, encode, decode: strictDecode, isMember };
}

export function handlerFor(d: ResolvedDomain): DomainHandler {
  validateDomain(d);
  const { n } = d;
  const points = 2 ** n;
  const mapHandler = (m: number, size: () => bigint | null, cursor: () => Cursor, member: (t: CubeMap) => boolean): DomainHandler =>
    handler(d, size, cursor, (v) => encodeMap(v as CubeMap), (s) => decodeMap(n, m, s), (v) => isMapOf(v, n, m) && member(v));
  switch (d.kind) {
    case 'boolean-functions':
      return handler(d, () => 1n << BigInt(points), () => booleanFunctionCursor(n), (v) => encodeBoolean(v as Fn), (s) => decodeBoolean(n, s), (v) => isBooleanTable(v as Fn, n));
    case 'low-degree-functions':
      return handler(
        d,
        () => lowDegreeCount(n, d.maxDegree),
        () => lowDegreeCursor(n, d.maxDegree),
        (v) => encodeBoolean(v as Fn),
        (s) => decodeBoolean(n, s),
        (v) => isBooleanTable(v as Fn, n) && hasDegreeAtMost(v as Fn, d.maxDegree),
        () => 1n << BigInt(points),
      );
    case 'integer-functions':
      return handler(d, () => BigInt(d.max - d.min + 1) ** BigInt(points), () => integerFunctionCursor(n, d.min, d.max), (v) => encodeIntegers(v as Fn), (s) => decodeIntegers(n, s), (v) => isIntegerFunction(v, n, d.min, d.max));
    case 'subsets':
      return handler(d, () => 1n << BigInt(points), () => subsetCursor(n), (v) => encodeSubset(v as PointSet), (s) => decodeSubset(n, s), (v) => isSubsetOf(v, n));
    case 'maps':
      return mapHandler(d.m, () => 1n << BigInt(d.m * points), () => mapCursor(n, d.m), () => true);
    case 'bijections':
      return mapHandler(n, () => (n <= MAX_COUNTED_BIJECTION_N ? factorial(points) : null), () => bijectionCursor(n), isBijection);
    case 'signed-permutations':
      return mapHandler(n, () => countSignedPermutations(n), () => signedPermutationCursor(n), isSignedPermutation);
    case 'gf2-affine-maps':
      return mapHandler(n, () => countAffineMaps(n), () => affineMapCursor(n), isAffine);
    case 'npn-classes':
    case 'affine-classes':
    case 'ea-classes': {
      const kind = d.kind;
      return handler(d, () => BigInt(classTables(kind, n).length), () => classCursor(kind, n), (v) => encodeBoolean(v as Fn), (s) => decodeBoolean(n, s), (v) => isClassMember(kind, n, v as Fn));
    }
  }
}
