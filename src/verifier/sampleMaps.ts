/**
 * The verifier's own copy of the map samplers of docs/certificates.md ("Sampled cases"):
 * bijections, signed permutations, GF(2)-affine bijections and maps C_n -> C_m, as image arrays.
 */
import { booleanTable, choose, gather } from './sampleFunctions.js';
import type { Stream } from './sampleStream.js';

type Image = number[];

const bit = (x: number, i: number): number => (x >>> i) & 1;
const idMap = (size: number): Image => Array.from({ length: size }, (_, i) => i);

function exchange(p: Image, i: number, j: number): void {
  const t = p[i]!;
  p[i] = p[j]!;
  p[j] = t;
}

function shuffle(s: Stream, size: number): Image {
  const p = idMap(size);
  for (let i = size - 1; i > 0; i--) exchange(p, i, s.below(i + 1));
  return p;
}

function swaps(s: Stream, size: number): Image {
  const p = idMap(size);
  const count = 1 + s.below(4);
  for (let t = 0; t < count; t++) {
    const a = s.below(size);
    const b = s.below(size);
    exchange(p, a, b);
  }
  return p;
}

function cycle(s: Stream, size: number): Image {
  const p = idMap(size);
  if (size < 2) return p;
  const c = 2 + s.below(Math.min(size, 6) - 1);
  const pts = choose(s, size, c);
  for (let i = 0; i < c; i++) p[pts[i]!] = pts[(i + 1) % c]!;
  return p;
}

/** Gaussian elimination over GF(2) on the row masks. */
function rank(rows: readonly number[], n: number): number {
  const r = rows.slice();
  let done = 0;
  for (let col = 0; col < n; col++) {
    let pivot = -1;
    for (let i = done; i < r.length; i++) if (bit(r[i]!, col) === 1) pivot = pivot < 0 ? i : pivot;
    if (pivot < 0) continue;
    exchange(r, done, pivot);
    for (let i = 0; i < r.length; i++) if (i !== done && bit(r[i]!, col) === 1) r[i] = (r[i]! ^ r[done]!) >>> 0;
    done++;
  }
  return done;
}

function affineOf(n: number, rows: readonly number[], c: number): Image {
  return idMap(2 ** n).map((x) => {
    let y = 0;
    for (let j = 0; j < n; j++) {
      let parity = 0;
      for (let i = 0; i < n; i++) parity ^= bit(rows[j]!, i) & bit(x, i);
      y += (parity ^ bit(c, j)) * 2 ** j;
    }
    return y;
  });
}

export function affine(s: Stream, n: number): Image {
  if (n === 0) return [0];
  const kind = s.below(4);
  const rows = Array.from({ length: n }, (_, j) => 2 ** j);
  if (kind < 2) {
    do for (let j = 0; j < n; j++) rows[j] = s.below(2 ** n);
    while (rank(rows, n) < n);
    return affineOf(n, rows, s.below(2 ** n));
  }
  if (kind === 2) {
    const ops = 1 + s.below(3);
    for (let t = 0; t < ops; t++) {
      const a = s.below(n);
      const b = s.below(n);
      if (a !== b) rows[a] = (rows[a]! ^ rows[b]!) >>> 0;
    }
    return affineOf(n, rows, s.below(2) === 1 ? 2 ** s.below(n) : 0);
  }
  const perm = choose(s, n, n);
  return affineOf(n, perm.map((v) => 2 ** v), s.below(2 ** n));
}

const signedOf = (n: number, pi: readonly number[], signs: number): Image => idMap(2 ** n).map((x) => (gather(x, pi) ^ signs) >>> 0);

export function signed(s: Stream, n: number): Image {
  if (n === 0) return [0];
  const kind = s.below(4);
  if (kind < 2) {
    const pi = choose(s, n, n);
    return signedOf(n, pi, s.below(2 ** n));
  }
  if (kind === 2) {
    const pi = idMap(n);
    const a = s.below(n);
    const b = s.below(n);
    exchange(pi, a, b);
    return signedOf(n, pi, s.below(2 ** n));
  }
  return signedOf(n, choose(s, n, n), 0);
}

function gates(s: Stream, n: number): Image {
  const p = idMap(2 ** n);
  const kinds = n >= 3 ? 4 : n === 2 ? 2 : n;
  if (kinds === 0) return p;
  const count = 1 + s.below(8);
  for (let g = 0; g < count; g++) {
    const kind = s.below(kinds);
    const w = choose(s, n, [1, 2, 3, 3][kind]!);
    const polarity = s.below(4);
    const active = (y: number, wire: number, k: number): boolean => bit(y, wire) === 1 - bit(polarity, k);
    const flip = (y: number, wire: number): number => (y ^ (2 ** wire)) >>> 0;
    for (let x = 0; x < p.length; x++) {
      const y = p[x]!;
      if (kind === 0) p[x] = flip(y, w[0]!);
      if (kind === 1 && active(y, w[0]!, 0)) p[x] = flip(y, w[1]!);
      if (kind === 2 && active(y, w[0]!, 0) && active(y, w[1]!, 1)) p[x] = flip(y, w[2]!);
      if (kind === 3 && active(y, w[0]!, 0) && bit(y, w[1]!) !== bit(y, w[2]!)) p[x] = flip(flip(y, w[1]!), w[2]!);
    }
  }
  return p;
}

function local(s: Stream, n: number): Image {
  const r = Math.min(n, 1 + s.below(3));
  const vars = choose(s, n, r);
  const sigma = shuffle(s, 2 ** r);
  const kind = s.below(3);
  const then = kind === 0 ? signed(s, n) : kind === 1 ? affine(s, n) : swaps(s, 2 ** n);
  return idMap(2 ** n).map((x) => {
    const v = sigma[gather(x, vars)]!;
    let y = x;
    vars.forEach((wire, j) => {
      if (bit(y, wire) !== bit(v, j)) y = (y ^ (2 ** wire)) >>> 0;
    });
    return then[y]!;
  });
}

export function bijection(s: Stream, n: number): Image {
  if (n === 0) return [0];
  const size = 2 ** n;
  const c = s.below(8);
  if (c < 2) return shuffle(s, size);
  if (c === 2) return swaps(s, size);
  if (c === 3) return cycle(s, size);
  if (c < 6) return gates(s, n);
  if (c === 6) return local(s, n);
  return s.below(2) === 1 ? signed(s, n) : affine(s, n);
}

export function anyMap(s: Stream, n: number, m: number): Image {
  const size = 2 ** n;
  const c = s.below(4);
  if (c < 2) return idMap(size).map(() => s.below(2 ** m));
  if (c === 2) {
    const image = idMap(size).map(() => 0);
    for (let j = 0; j < m; j++) booleanTable(s, n).forEach((v, x) => (image[x] = image[x]! + (v === -1 ? 2 ** j : 0)));
    return image;
  }
  if (m === n) return bijection(s, n);
  const image = idMap(size).map((x) => x % 2 ** m);
  const t = 1 + s.below(3);
  for (let i = 0; i < t; i++) {
    const p = s.below(size);
    image[p] = s.below(2 ** m);
  }
  return image;
}
