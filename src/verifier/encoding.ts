/**
 * The canonical encodings of docs/certificates.md: hex: and tt: (Boolean functions), vals:
 * (integer functions), perm: (maps), points: (subsets). Decoding is strict: the text must be
 * exactly what encodeValue writes for a member of the stated domain.
 */
import type { ResolvedDomain } from '../claim/domains.js';
import type { CubeMap, Fn, PointSet, Value } from '../claim/values.js';
import { classMembers, MAX_CLASS_N } from './classDomains.js';
import { domainProblem, isClassDomain, isFunctionDomain } from './domain.js';
import { verifierKernel as K } from './kernel.js';

export type Decoded = { readonly ok: true; readonly value: Value } | { readonly ok: false; readonly problem: string };

export function encodeValue(value: Value, d: ResolvedDomain): string {
  if (d.kind === 'integer-functions') return `vals:${Array.from((value as Fn).values).join(',')}`;
  if (isFunctionDomain(d)) {
    const values = (value as Fn).values;
    if (d.n < 2) return `tt:${Array.from(values, (v) => (v === -1 ? '-' : '+')).join('')}`;
    let hex = '';
    for (let i = 0; i < values.length; i += 4) {
      let digit = 0;
      for (let b = 0; b < 4; b++) if (values[i + b] === -1) digit |= 1 << b;
      hex = digit.toString(16) + hex;
    }
    return `hex:${hex}`;
  }
  if (d.kind === 'subsets') return `points:${Array.from((value as PointSet).points).join(',')}`;
  return `perm:${Array.from((value as CubeMap).image).join(',')}`;
}

/** Decimal integers separated by commas; '' is the empty list. */
function integers(body: string): number[] | null {
  if (body === '') return [];
  const parts = body.split(',');
  return parts.every((p) => /^-?[0-9]{1,10}$/.test(p)) ? parts.map(Number) : null;
}

function parse(text: string, d: ResolvedDomain): Value | string {
  const size = 2 ** d.n;
  const colon = text.indexOf(':');
  const prefix = text.slice(0, colon + 1);
  const body = text.slice(colon + 1);
  if (d.kind === 'boolean-functions' || d.kind === 'low-degree-functions' || isClassDomain(d)) {
    if (prefix === 'tt:' && d.n < 2) {
      if (!/^[+-]*$/.test(body) || body.length !== size) return `needs ${size} signs + or -`;
      return { n: d.n, values: Int32Array.from(body, (c) => (c === '-' ? -1 : 1)) };
    }
    if (prefix !== 'hex:' || d.n < 2) return `needs the prefix ${d.n < 2 ? 'tt:' : 'hex:'}`;
    if (!/^[0-9a-f]*$/.test(body) || body.length !== size / 4) return `needs exactly ${size / 4} lowercase hex digits`;
    const values = new Int32Array(size);
    for (let i = 0; i < size; i++) values[i] = (parseInt(body[body.length - 1 - (i >> 2)]!, 16) >> (i & 3)) & 1 ? -1 : 1;
    return { n: d.n, values };
  }
  const expected = d.kind === 'integer-functions' ? 'vals:' : d.kind === 'subsets' ? 'points:' : 'perm:';
  if (prefix !== expected) return `needs the prefix ${expected}`;
  const list = integers(body);
  if (list === null) return 'needs comma-separated decimal integers';
  if (d.kind === 'subsets') {
    if (list.some((p, k) => p < 0 || p >= size || (k > 0 && p <= list[k - 1]!))) {
      return `needs distinct points in [0, ${size}) in increasing order`;
    }
    return { n: d.n, points: Uint32Array.from(list) };
  }
  if (list.length !== size) return `needs ${size} values, got ${list.length}`;
  if (d.kind === 'integer-functions') {
    if (list.some((v) => v < d.min || v > d.max)) return `has a value outside ${d.min}..${d.max}`;
    return { n: d.n, values: Int32Array.from(list) };
  }
  const m = d.kind === 'maps' ? d.m : d.n;
  if (list.some((y) => y < 0 || y >= 2 ** m)) return `has an image index outside [0, ${2 ** m})`;
  return { n: d.n, m, image: Uint32Array.from(list) };
}

/** Why a decoded value is not in the domain, or null. */
function membershipProblem(v: Value, d: ResolvedDomain): string | null {
  switch (d.kind) {
    case 'low-degree-functions':
      return (K.degree(v as Fn) ?? 0) <= d.maxDegree ? null : `has degree above ${d.maxDegree}`;
    case 'bijections':
      return K.isBijection(v as CubeMap) ? null : 'is not a bijection';
    case 'signed-permutations':
      return K.isSignedPermutation(v as CubeMap) ? null : 'is not a signed permutation';
    case 'gf2-affine-maps':
      return K.isGf2Affine(v as CubeMap) ? null : 'is not a GF(2)-affine bijection';
    case 'npn-classes':
    case 'affine-classes':
    case 'ea-classes': {
      if (d.n > MAX_CLASS_N) return `is in a class domain re-enumerated only for n <= ${MAX_CLASS_N}`;
      const t = Array.from((v as Fn).values).reduce((acc, s, x) => acc + (s === -1 ? 2 ** x : 0), 0);
      return classMembers(d.kind, d.n).includes(t) ? null : 'is not a listed member (a class representative or its generator image)';
    }
    default:
      return null;
  }
}

export function decodeValue(text: string, d: ResolvedDomain): Decoded {
  const bad = domainProblem(d);
  if (bad !== null) return { ok: false, problem: bad };
  const value = parse(text, d);
  if (typeof value === 'string') return { ok: false, problem: `is not a valid ${d.kind} encoding (${value})` };
  if (encodeValue(value, d) !== text) return { ok: false, problem: 'is not in canonical form' };
  const outside = membershipProblem(value, d);
  return outside === null ? { ok: true, value } : { ok: false, problem: `${outside}, so it is not in the domain ${d.kind}` };
}
