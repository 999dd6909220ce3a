/**
 * The samplers of maps of the cube (cubecheck-mix/1, docs/certificates.md "Sampled cases"):
 * bijections as a mix of uniform permutations, near-identities (a few transpositions, one short
 * cycle), circuits of reversible gates (NOT, CNOT, Toffoli, controlled swap, controls of either
 * polarity), products of a local permutation of a few coordinates with a signed permutation, an
 * affine map or a near-identity, and affine maps and signed permutations; signed permutations,
 * affine bijections and maps C_n -> C_m each with a uniform family (reaching the whole domain)
 * and structured ones. On C_0 each returns the one map without drawing. Images are Uint32Arrays (image[x] = T(x) as a point index).
 */
import type { RandomSource } from './random.js';
import { pickVariables, project, sampleBooleanTable, tabulateImage } from './sampleFunctions.js';

const identity = (size: number): Uint32Array => tabulateImage(size, (i) => i);

function swap(p: Uint32Array, i: number, j: number): void {
  const t = p[i]!;
  p[i] = p[j]!;
  p[j] = t;
}

/** Fisher-Yates: for i = size-1 down to 1, swap entries i and below(i + 1). */
function uniformPermutation(src: RandomSource, size: number): Uint32Array {
  const p = identity(size);
  for (let i = size - 1; i >= 1; i--) swap(p, i, src.below(i + 1));
  return p;
}

function transpositions(src: RandomSource, size: number): Uint32Array {
  const p = identity(size);
  for (let t = 1 + src.below(4); t > 0; t--) swap(p, src.below(size), src.below(size));
  return p;
}

/** One cycle a_1 -> a_2 -> ... -> a_c -> a_1 on c = 2 + below(min(size, 6) - 1) distinct points. */
function shortCycle(src: RandomSource, size: number): Uint32Array {
  const p = identity(size);
  if (size < 2) return p;
  const c = 2 + src.below(Math.min(size, 6) - 1);
  const pts = pickVariables(src, size, c);
  pts.forEach((a, i) => (p[a] = pts[(i + 1) % c]!));
  return p;
}

/** Rank of row masks over GF(2). */
export function gf2RankOf(rows: readonly number[]): number {
  const r = rows.slice();
  let rank = 0;
  for (let bit = 0; bit < 31; bit++) {
    const i = r.findIndex((v, k) => k >= rank && (v >>> bit) & 1);
    if (i < 0) continue;
    [r[rank], r[i]] = [r[i]!, r[rank]!];
    for (let k = 0; k < r.length; k++) if (k !== rank && (r[k]! >>> bit) & 1) r[k] = r[k]! ^ r[rank]!;
    rank++;
  }
  return rank;
}

/** x -> A x + c: output bit j is parity(rows[j] & x) XOR bit j of c. */
export function affineImageOf(n: number, rows: readonly number[], c: number): Uint32Array {
  return tabulateImage(2 ** n, (x) => {
    let y = 0;
    for (let j = 0; j < n; j++) {
      let v = rows[j]! & x;
      v ^= v >>> 16;
      v ^= v >>> 8;
      v ^= v >>> 4;
      v ^= v >>> 2;
      v ^= v >>> 1;
      y |= (v & 1) << j;
    }
    return (y ^ c) >>> 0;
  });
}

export function sampleAffine(src: RandomSource, n: number): Uint32Array {
  if (n === 0) return identity(1);
  const kind = src.below(4);
  const rows = Array.from({ length: n }, (_, j) => 1 << j);
  if (kind <= 1) {
    do for (let j = 0; j < n; j++) rows[j] = src.below(2 ** n);
    while (gf2RankOf(rows) !== n);
    return affineImageOf(n, rows, src.below(2 ** n));
  }
  if (kind === 2) {
    for (let t = 1 + src.below(3); t > 0; t--) {
      const a = src.below(n);
      const b = src.below(n);
      if (a !== b) rows[a] = rows[a]! ^ rows[b]!;
    }
    return affineImageOf(n, rows, src.below(2) === 1 ? 1 << src.below(n) : 0);
  }
  const perm = pickVariables(src, n, n);
  return affineImageOf(n, perm.map((v) => 1 << v), src.below(2 ** n));
}

/** Output bit j is bit pi(j) of x XOR bit j of the signs mask. */
export function signedImage(n: number, pi: readonly number[], signs: number): Uint32Array {
  return tabulateImage(2 ** n, (x) => (project(x, pi) ^ signs) >>> 0);
}

export function sampleSignedPermutation(src: RandomSource, n: number): Uint32Array {
  if (n === 0) return identity(1);
  const kind = src.below(4);
  if (kind <= 1) return signedImage(n, pickVariables(src, n, n), src.below(2 ** n));
  if (kind === 2) {
    const pi = Array.from({ length: n }, (_, i) => i);
    const a = src.below(n);
    const b = src.below(n);
    [pi[a], pi[b]] = [pi[b]!, pi[a]!];
    return signedImage(n, pi, src.below(2 ** n));
  }
  return signedImage(n, pickVariables(src, n, n), 0);
}

/** Gates on n wires; each is applied to every image value, in order. */
function circuit(src: RandomSource, n: number): Uint32Array {
  const p = identity(2 ** n);
  const kinds = n >= 3 ? 4 : n === 2 ? 2 : n;
  if (kinds === 0) return p;
  for (let g = 1 + src.below(8); g > 0; g--) {
    const kind = src.below(kinds);
    const wires = pickVariables(src, n, [1, 2, 3, 3][kind]!);
    const polarity = src.below(4);
    const on = (y: number, w: number, k: number): boolean => ((y >>> w) & 1) === ((polarity >>> k) & 1 ? 0 : 1);
    for (let x = 0; x < p.length; x++) {
      const y = p[x]!;
      if (kind === 0) p[x] = y ^ (1 << wires[0]!);
      else if (kind === 1) p[x] = on(y, wires[0]!, 0) ? y ^ (1 << wires[1]!) : y;
      else if (kind === 2) p[x] = on(y, wires[0]!, 0) && on(y, wires[1]!, 1) ? y ^ (1 << wires[2]!) : y;
      else {
        const [c, a, b] = wires as [number, number, number];
        p[x] = on(y, c, 0) && ((y >>> a) & 1) !== ((y >>> b) & 1) ? y ^ (1 << a) ^ (1 << b) : y;
      }
    }
  }
  return p;
}

/** A uniform permutation of the r = min(n, 1 + below(3)) coordinates' values, then another map. */
function product(src: RandomSource, n: number): Uint32Array {
  const r = Math.min(n, 1 + src.below(3));
  const vars = pickVariables(src, n, r);
  const sigma = uniformPermutation(src, 2 ** r);
  const kind = src.below(3);
  const second = kind === 0 ? sampleSignedPermutation(src, n) : kind === 1 ? sampleAffine(src, n) : transpositions(src, 2 ** n);
  return tabulateImage(2 ** n, (x) => {
    let y = x;
    const s = sigma[project(x, vars)]!;
    vars.forEach((v, j) => (y = (y & ~(1 << v)) | (((s >>> j) & 1) << v)));
    return second[y]!;
  });
}

export function sampleBijection(src: RandomSource, n: number): Uint32Array {
  const size = 2 ** n;
  if (n === 0) return identity(1);
  const c = src.below(8);
  if (c <= 1) return uniformPermutation(src, size);
  if (c === 2) return transpositions(src, size);
  if (c === 3) return shortCycle(src, size);
  if (c <= 5) return circuit(src, n);
  if (c === 6) return product(src, n);
  return src.below(2) === 1 ? sampleSignedPermutation(src, n) : sampleAffine(src, n);
}

/** Maps C_n -> C_m. */
export function sampleMap(src: RandomSource, n: number, m: number): Uint32Array {
  const size = 2 ** n;
  const c = src.below(4);
  if (c <= 1) return tabulateImage(size, () => src.below(2 ** m));
  if (c === 2) {
    const image = new Uint32Array(size);
    for (let j = 0; j < m; j++) sampleBooleanTable(src, n).forEach((v, x) => (image[x] = (image[x]! | ((v === -1 ? 1 : 0) << j)) >>> 0));
    return image;
  }
  if (m === n) return sampleBijection(src, n);
  const image = tabulateImage(size, (x) => x % 2 ** m);
  for (let t = 1 + src.below(3); t > 0; t--) image[src.below(size)] = src.below(2 ** m);
  return image;
}
