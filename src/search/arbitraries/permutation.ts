/**
 * Permutations of 0..size-1. Generation is a uniform Fisher-Yates shuffle, except that biased runs
 * (fast-check's small-value bias) sometimes draw the identity composed with one to three random
 * transpositions. Shrinking moves toward the identity: each candidate fixes one moved point i (the
 * point that was sent to i takes i's old image), or two, so every step moves fewer points and a
 * shrunk counterexample is locally minimal in moved points.
 */
import type fc from 'fast-check';
import { customArbitrary, smallDraw } from './custom.js';

function swapInPlace(p: Uint32Array, i: number, j: number): void {
  const t = p[i]!;
  p[i] = p[j]!;
  p[j] = t;
}

export function isPermutationTable(p: Uint32Array): boolean {
  const seen = new Uint8Array(p.length);
  for (let i = 0; i < p.length; i++) {
    const v = p[i]!;
    if (v >= p.length || seen[v]) return false;
    seen[v] = 1;
  }
  return true;
}

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

/** Pairs of moved points are tried too (after single points) when at most this many move. */
const PAIR_LIMIT = 16;

/** Fewer moved points: p with one moved point fixed (i ascending), then with two. */
function* fixPoints(p: Uint32Array): Generator<Uint32Array> {
  const inverse = inverseOf(p);
  const moved = Array.from(p.keys()).filter((i) => p[i] !== i);
  for (const i of moved) yield fixPoint(p, inverse, i);
  if (moved.length > PAIR_LIMIT) return;
  for (const i of moved) {
    const q = fixPoint(p, inverse, i);
    const qInverse = inverseOf(q);
    for (const j of moved) if (j > i && q[j] !== j) yield fixPoint(q, qInverse, j);
  }
}

export function permutationArbitrary(size: number): fc.Arbitrary<Uint32Array> {
  return customArbitrary<Uint32Array>({
    generate(mrng, biasFactor) {
      const p = Uint32Array.from({ length: size }, (_, i) => i);
      if (size > 1 && smallDraw(mrng, biasFactor)) {
        for (let k = mrng.nextInt(1, 3); k > 0; k--) swapInPlace(p, mrng.nextInt(0, size - 1), mrng.nextInt(0, size - 1));
      } else {
        for (let i = size - 1; i >= 1; i--) swapInPlace(p, i, mrng.nextInt(0, i));
      }
      return p;
    },
    shrinkCandidates: fixPoints,
    isValue: (v): v is Uint32Array => v instanceof Uint32Array && v.length === size && isPermutationTable(v),
  });
}
