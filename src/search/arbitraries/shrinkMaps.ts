/**
 * Shrinking maps toward the identity (or, for C_n -> C_m, the projection x -> x mod 2^m). Every
 * candidate strictly decreases a measure, so shrinking ends: moved points for bijections (whole
 * cycles undone first, then pairs of moved points fixed, then single points), moved coordinates
 * plus negated coordinates for signed permutations, points off the projection for maps.
 */
import { signedImage } from './sampleMaps.js';

function inverseOf(p: Uint32Array): Uint32Array {
  const inverse = new Uint32Array(p.length);
  for (let i = 0; i < p.length; i++) inverse[p[i]!] = i;
  return inverse;
}

/** p with the moved point i fixed: the point that was sent to i takes i's old image. */
function fixPoint(p: Uint32Array, inverse: Uint32Array, i: number): Uint32Array {
  const q = p.slice();
  q[inverse[i]!] = p[i]!;
  q[i] = i;
  return q;
}

/** The non-trivial cycles of p, longest first. */
function cycles(p: Uint32Array): number[][] {
  const seen = new Uint8Array(p.length);
  const out: number[][] = [];
  for (let i = 0; i < p.length; i++) {
    if (seen[i] || p[i] === i) continue;
    const c: number[] = [];
    for (let j = i; !seen[j]; j = p[j]!) {
      seen[j] = 1;
      c.push(j);
    }
    out.push(c);
  }
  return out.sort((a, b) => b.length - a.length);
}

/** Pairs of moved points are tried when at most this many points move. */
const PAIR_LIMIT = 24;

export function* permutationShrinks(p: Uint32Array): Generator<Uint32Array> {
  const cs = cycles(p);
  if (cs.length > 1) {
    for (const c of cs) {
      const q = p.slice();
      for (const i of c) q[i] = i;
      yield q;
    }
  }
  const moved = Array.from(p.keys()).filter((i) => p[i] !== i);
  const inverse = inverseOf(p);
  if (moved.length <= PAIR_LIMIT) {
    for (const i of moved) {
      const q = fixPoint(p, inverse, i);
      const qInverse = inverseOf(q);
      for (const j of moved) if (j > i && q[j] !== j) yield fixPoint(q, qInverse, j);
    }
  }
  for (const i of moved) yield fixPoint(p, inverse, i);
}

/** pi (bit j of T(x) is bit pi[j] of x XOR bit j of signs) and signs of a signed permutation image. */
function signedForm(n: number, image: Uint32Array): { pi: number[]; signs: number } {
  const signs = image[0]!;
  const pi = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    const col = image[1 << i]! ^ signs;
    pi[31 - Math.clz32(col)] = i;
  }
  return { pi, signs };
}

export function* signedShrinks(n: number, image: Uint32Array): Generator<Uint32Array> {
  const { pi, signs } = signedForm(n, image);
  for (let j = 0; j < n; j++) {
    if (pi[j] === j) continue;
    const q = pi.slice();
    const k = q.indexOf(j);
    [q[j], q[k]] = [j, q[j]!];
    yield signedImage(n, q, signs);
  }
  for (let s = signs; s !== 0; s &= s - 1) yield signedImage(n, pi, signs ^ (s & -s));
}

export function* mapShrinks(m: number, image: Uint32Array): Generator<Uint32Array> {
  const mask = 2 ** m - 1;
  for (let x = 0; x < image.length; x++) {
    if (image[x] === (x & mask) >>> 0) continue;
    const q = image.slice();
    q[x] = (x & mask) >>> 0;
    yield q;
  }
}

