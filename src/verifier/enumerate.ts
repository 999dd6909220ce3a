/**
 * Every domain kind in the canonical order of docs/certificates.md, written independently of the
 * checker: mixed-radix counting for tables, recursion for permutations, and plain sorting where the
 * order is "image sequences in increasing lexicographic order".
 */
import type { ResolvedDomain } from '../claim/domains.js';
import type { CubeMap, Fn, Value } from '../claim/values.js';
import { classMembers } from './classDomains.js';
import { domainProblem } from './domain.js';
import { verifierKernel as K } from './kernel.js';

/** The verifier refuses to generate more candidates than this for one domain. */
export const MAX_ENUMERATION = 2 ** 20;

/** Calls visit with every digit tuple of the given length and radix, digit 0 least significant. */
function countUp(length: number, radix: number, visit: (digits: readonly number[]) => void): void {
  const digits = new Array<number>(length).fill(0);
  for (;;) {
    visit(digits);
    let k = 0;
    while (k < length && digits[k] === radix - 1) digits[k++] = 0;
    if (k === length) return;
    digits[k]!++;
  }
}

/** All orderings of 0..count-1, in increasing lexicographic order. */
function permutations(count: number): number[][] {
  if (count === 0) return [[]];
  const out: number[][] = [];
  const extend = (prefix: number[]): void => {
    if (prefix.length === count) out.push(prefix);
    for (let v = 0; v < count; v++) if (!prefix.includes(v)) extend([...prefix, v]);
  };
  extend([]);
  return out;
}

function factorial(k: number): number {
  return k <= 1 ? 1 : k * factorial(k - 1);
}

/** How many candidates enumerate(d) generates (may be Infinity). */
export function enumerationWork(d: ResolvedDomain): number {
  const size = 2 ** d.n;
  switch (d.kind) {
    case 'integer-functions':
      return (d.max - d.min + 1) ** size;
    case 'maps':
      return 2 ** (d.m * size);
    case 'bijections':
      return factorial(size);
    case 'signed-permutations':
      return size * factorial(d.n);
    case 'gf2-affine-maps':
      return 2 ** ((d.n + 1) * d.n);
    default:
      return 2 ** size;
  }
}

function compareLex(a: CubeMap, b: CubeMap): number {
  for (let i = 0; i < a.image.length; i++) if (a.image[i] !== b.image[i]) return a.image[i]! - b.image[i]!;
  return 0;
}

const bit = (v: number, j: number): number => (v >>> j) & 1;
/** (popcount of v) mod 2. */
const parity = (v: number): number => (v === 0 ? 0 : bit(v, 0) ^ parity(v >>> 1));

function mapsFromBits(n: number, bitOf: (x: number, j: number) => number): CubeMap {
  const image = new Uint32Array(2 ** n);
  for (let x = 0; x < image.length; x++) for (let j = 0; j < n; j++) image[x]! |= bitOf(x, j) << j;
  return { n, m: n, image };
}

export function enumerate(d: ResolvedDomain): Value[] {
  const problem = domainProblem(d);
  if (problem !== null) throw new RangeError(problem);
  const work = enumerationWork(d);
  if (!(work <= MAX_ENUMERATION)) throw new RangeError(`domain ${d.kind} at n = ${d.n} is too large to re-enumerate (${work} candidates, limit ${MAX_ENUMERATION})`);
  const { n } = d;
  const size = 2 ** n;
  const out: Value[] = [];
  switch (d.kind) {
    case 'boolean-functions':
    case 'low-degree-functions': {
      const fns: Fn[] = [];
      countUp(size, 2, (ds) => fns.push({ n, values: Int32Array.from(ds, (b) => (b ? -1 : 1)) }));
      return d.kind === 'boolean-functions' ? fns : fns.filter((f) => K.degree(f)! <= d.maxDegree);
    }
    case 'integer-functions':
      countUp(size, d.max - d.min + 1, (ds) => out.push({ n, values: Int32Array.from(ds, (v) => d.min + v) }));
      return out;
    case 'subsets':
      countUp(size, 2, (ds) => out.push({ n, points: Uint32Array.from(ds.flatMap((b, i) => (b ? [i] : []))) }));
      return out;
    case 'maps':
      countUp(size, 2 ** d.m, (ds) => out.push({ n, m: d.m, image: Uint32Array.from(ds) }));
      return out;
    case 'bijections':
      return permutations(size).map((p) => ({ n, m: n, image: Uint32Array.from(p) }));
    case 'signed-permutations': {
      // T(x)_j = s_j x_pi(j): in bits, bit j of T(x) is bit pi(j) of x, flipped when s_j = -1.
      const maps: CubeMap[] = [];
      for (const pi of permutations(n)) {
        for (let s = 0; s < size; s++) maps.push(mapsFromBits(n, (x, j) => bit(x, pi[j]!) ^ bit(s, j)));
      }
      return maps.sort(compareLex);
    }
    case 'gf2-affine-maps': {
      // Coordinate j is s_j chi_{A_j}; digit j holds A_j (high bits) and whether s_j = -1 (low bit).
      const maps: CubeMap[] = [];
      countUp(n, 2 * size, (ds) => {
        const t = mapsFromBits(n, (x, j) => parity(x & (ds[j]! >>> 1)) ^ (ds[j]! & 1));
        if (K.isBijection(t)) maps.push(t);
      });
      return maps.sort(compareLex);
    }
    case 'npn-classes':
    case 'affine-classes':
    case 'ea-classes':
      return classMembers(d.kind, n).map((t) => ({ n, values: Int32Array.from({ length: size }, (_, x) => (Math.floor(t / 2 ** x) % 2 ? -1 : 1)) }));
  }
}
