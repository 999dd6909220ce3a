/** Resolving a property's domain at a scope, and the limits on the parameters the verifier accepts. */
import type { DomainSpec, ResolvedDomain } from '../claim/domains.js';
import type { ClassKind } from './classDomains.js';

const CLASS_KINDS: readonly string[] = ['npn-classes', 'affine-classes', 'ea-classes'];

/** Largest n of a function or subset domain, and of a map's source and target. */
export const MAX_FUNCTION_N = 24;
export const MAX_MAP_N = 20;

export function resolve(spec: DomainSpec, n: number): ResolvedDomain {
  switch (spec.kind) {
    case 'maps':
      return { kind: 'maps', n, m: spec.m ?? n };
    case 'integer-functions':
      return { kind: 'integer-functions', n, min: spec.min, max: spec.max };
    case 'low-degree-functions':
      return { kind: 'low-degree-functions', n, maxDegree: spec.maxDegree };
    default:
      return { kind: spec.kind, n };
  }
}

const isWhole = (v: unknown, max: number): boolean => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= max;
const INT32 = 2 ** 31;
const KINDS: readonly string[] = ['boolean-functions', 'low-degree-functions', 'integer-functions', 'maps', 'bijections', 'signed-permutations', 'gf2-affine-maps', 'subsets', ...CLASS_KINDS];

/** What is wrong with a resolved domain's parameters, or null. */
export function domainProblem(d: ResolvedDomain): string | null {
  if (!KINDS.includes(d.kind)) return `unknown domain kind ${JSON.stringify(d.kind)}`;
  const isMap = ['maps', 'bijections', 'signed-permutations', 'gf2-affine-maps'].includes(d.kind);
  if (!isWhole(d.n, isMap ? MAX_MAP_N : MAX_FUNCTION_N)) return `domain ${d.kind} has an unsupported n = ${String(d.n)}`;
  if (d.kind === 'maps' && !isWhole(d.m, MAX_MAP_N)) return `domain maps has an unsupported m = ${String(d.m)}`;
  if (d.kind === 'low-degree-functions' && !isWhole(d.maxDegree, 64)) return `domain low-degree-functions has a bad maxDegree`;
  if (d.kind === 'integer-functions') {
    const ok = [d.min, d.max].every((v) => Number.isSafeInteger(v) && v >= -INT32 && v < INT32);
    if (!ok || d.min > d.max) return `domain integer-functions needs 32-bit integers min <= max`;
  }
  return null;
}

export const isFunctionDomain = (d: ResolvedDomain): boolean =>
  d.kind === 'boolean-functions' || d.kind === 'low-degree-functions' || d.kind === 'integer-functions' || isClassDomain(d);

/** The class domains (./classDomains.ts): Boolean tables, listed. */
export const isClassDomain = (d: ResolvedDomain): d is Extract<ResolvedDomain, { kind: ClassKind }> => CLASS_KINDS.includes(d.kind);
