/**
 * fast-check arbitraries for map domains, shrinking toward the identity: maps as identity XOR
 * offsets (offsets shrink to 0), bijections and signed permutations through permutation.ts
 * (shrinking by fixing moved points), affine maps x -> A x + c shrinking A toward the identity
 * matrix one bit at a time (staying invertible) and then c toward 0.
 */
import fc from 'fast-check';
import type { CubeMap } from '../../model/values.js';
import { affineFormMasks, columnsOfRowMasks, isAffine, recognizeAffine } from '../../maps/affine.js';
import { affineImage, gf2Rank } from '../../maps/gf2Linear.js';
import { signedPermutationMap } from '../../maps/signedPermutation.js';
import { customArbitrary, smallDraw } from './custom.js';
import { permutationArbitrary } from './permutation.js';

/** image[x] = (x mod 2^m) XOR d[x]: uniform, and the identity (m = n) when d shrinks to 0. */
export function mapArbitrary(n: number, m: number): fc.Arbitrary<CubeMap> {
  const size = 2 ** n;
  const mask = 2 ** m - 1;
  return fc.array(fc.integer({ min: 0, max: mask }), { minLength: size, maxLength: size }).map((d) => ({
    n,
    m,
    image: Uint32Array.from(d, (v, x) => ((x & mask) ^ v) >>> 0),
  }));
}

export function bijectionArbitrary(n: number): fc.Arbitrary<CubeMap> {
  return permutationArbitrary(2 ** n).map((image) => ({ n, m: n, image }));
}

export function signedPermutationArbitrary(n: number): fc.Arbitrary<CubeMap> {
  return fc
    .tuple(permutationArbitrary(n), fc.array(fc.boolean(), { minLength: n, maxLength: n }))
    .map(([p, s]) => signedPermutationMap(Array.from(p, (v) => v + 1), s.map((neg) => (neg ? -1 : 1))));
}

const affine = (n: number, rows: ArrayLike<number>, c: number): CubeMap => ({ n, m: n, image: affineImage(n, columnsOfRowMasks(n, rows), c) });

/** Candidates: one bit of A moved toward the identity matrix (if A stays invertible), then one bit of c cleared. */
function* affineShrinks(t: CubeMap): Generator<CubeMap> {
  const n = t.n;
  const { rowMasks, translation } = affineFormMasks(recognizeAffine(t)!);
  for (let j = 0; j < n; j++) {
    let off = rowMasks[j]! ^ (1 << j);
    for (; off !== 0; off &= off - 1) {
      const rows = rowMasks.slice();
      rows[j] = rows[j]! ^ (off & -off);
      if (gf2Rank(rows) === n) yield affine(n, rows, translation);
    }
  }
  for (let c = translation; c !== 0; c &= c - 1) yield affine(n, rowMasks, translation ^ (c & -c));
}

/** Uniform (invertible A by rejection, any c); biased runs draw one row operation and one translation bit. */
export function affineMapArbitrary(n: number): fc.Arbitrary<CubeMap> {
  return customArbitrary<CubeMap>({
    generate(mrng, biasFactor) {
      const rows = Array.from({ length: n }, (_, j) => 1 << j);
      if (n > 0 && smallDraw(mrng, biasFactor)) {
        const [a, b] = [mrng.nextInt(0, n - 1), mrng.nextInt(0, n - 1)];
        if (a !== b) rows[a] = rows[a]! ^ rows[b]!;
        return affine(n, rows, mrng.nextBoolean() ? 1 << mrng.nextInt(0, n - 1) : 0);
      }
      do for (let j = 0; j < n; j++) rows[j] = mrng.nextInt(0, 2 ** n - 1);
      while (gf2Rank(rows) !== n);
      return affine(n, rows, mrng.nextInt(0, 2 ** n - 1));
    },
    shrinkCandidates: affineShrinks,
    isValue: (v): v is CubeMap => typeof v === 'object' && v !== null && (v as CubeMap).n === n && (v as CubeMap).image?.length === 2 ** n && isAffine(v as CubeMap),
  });
}
