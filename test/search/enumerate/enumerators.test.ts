import { describe, expect, it } from 'vitest';
import type { BoolMap } from '../../../src/maps/index.js';
import {
  affineFormFromMasks,
  isBijection,
  recognizeAffine,
  recognizeSignedPermutation,
} from '../../../src/maps/index.js';
import {
  affineMaps,
  allMaps,
  bijections,
  countAffineMaps,
  countBijections,
  countMaps,
  countSignedPermutations,
  forEachAffineMapInPlace,
  forEachBijectionInPlace,
  forEachMapInPlace,
  forEachSignedPermutationInPlace,
  nextPermutationInPlace,
  signedPermutations,
} from '../../../src/search/enumerate/index.js';
import { allMapsSlow } from '../../maps/helpers.js';

const key = (image: ArrayLike<number>) => Array.from(image).join(',');

/** Lexicographic comparison of image tables. */
function lexLess(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

function collect(forEach: (visit: (image: Uint32Array) => void) => number): string[] {
  const out: string[] = [];
  const visited = forEach((image) => void out.push(key(image)));
  expect(visited).toBe(out.length);
  return out;
}

describe('all maps', () => {
  it('visits (2^m)^(2^n) maps in lexicographic order, as the generator does', () => {
    for (const [n, m] of [[0, 0], [0, 2], [1, 1], [2, 0], [2, 1], [2, 2], [3, 1]] as const) {
      const visited = collect((v) => forEachMapInPlace(n, m, v));
      expect(BigInt(visited.length)).toBe(countMaps(n, m));
      expect(visited).toEqual(allMapsSlow(n, m).map((t) => key(t.image)));
      expect(Array.from(allMaps(n, m), (t) => key(t.image))).toEqual(visited);
    }
  });
});

describe('bijections', () => {
  it('visits (2^n)! distinct bijections in strictly increasing lexicographic order', () => {
    for (let n = 0; n <= 3; n++) {
      let prev: Uint32Array | null = null;
      let ordered = true;
      let allBijective = true;
      const seen = new Set<string>();
      const count = forEachBijectionInPlace(n, (image) => {
        if (prev !== null && !lexLess(prev, image)) ordered = false;
        if (!isBijection({ n, m: n, image })) allBijective = false;
        prev = image.slice();
        seen.add(key(image));
      });
      expect(BigInt(count)).toBe(countBijections(n));
      expect(seen.size).toBe(count);
      expect([ordered, allBijective]).toEqual([true, true]);
    }
    expect(Array.from(bijections(2), (t) => key(t.image)).slice(0, 3)).toEqual(['0,1,2,3', '0,1,3,2', '0,2,1,3']);
    const gen = Array.from(bijections(3), (t) => key(t.image));
    expect(gen).toEqual(collect((v) => forEachBijectionInPlace(3, v)));
    expect(gen[gen.length - 1]).toBe('7,6,5,4,3,2,1,0');
  });

  it('stops early when the visitor returns false, and honours the limit', () => {
    let calls = 0;
    expect(forEachBijectionInPlace(3, () => ++calls < 5)).toBe(5);
    expect(calls).toBe(5);
    expect(() => forEachBijectionInPlace(4, () => {})).toThrow(/refusing to enumerate all bijections of C_4/);
    expect(() => forEachBijectionInPlace(3, () => {}, { limit: 40319n })).toThrow(RangeError);
    expect(() => bijections(4).next()).toThrow(RangeError);
    expect(() => forEachMapInPlace(3, 5, () => {})).toThrow(/2\^40|1099511627776/);
    expect(() => forEachMapInPlace(21, 1, () => {})).toThrow(/n = 21 is too large/);
  });

  it('nextPermutationInPlace cycles back to sorted order', () => {
    const a = [1, 2, 3];
    const seen: string[] = [];
    do seen.push(a.join('')); while (nextPermutationInPlace(a));
    expect(seen).toEqual(['123', '132', '213', '231', '312', '321']);
    expect(a).toEqual([1, 2, 3]);
  });
});

/** The set of bijections of C_n recognised by `recognise`, as keys. */
function recognisedBijections(n: number, recognise: (t: BoolMap) => unknown): Set<string> {
  const out = new Set<string>();
  forEachBijectionInPlace(n, (image) => {
    if (recognise({ n, m: n, image }) !== null) out.add(key(image));
  });
  return out;
}

describe('signed permutations and GF(2)-affine maps', () => {
  it('on C_3: the enumerators list exactly the 48 / 1344 recognised bijections', () => {
    const signed = collect((v) => forEachSignedPermutationInPlace(3, v));
    const affine = collect((v) => forEachAffineMapInPlace(3, v));
    expect(signed.length).toBe(48);
    expect(affine.length).toBe(1344);
    expect(new Set(signed)).toEqual(recognisedBijections(3, recognizeSignedPermutation));
    expect(new Set(affine)).toEqual(recognisedBijections(3, recognizeAffine));
    expect(Array.from(signedPermutations(3), (t) => key(t.image))).toEqual(signed);
    expect(Array.from(affineMaps(3), (t) => key(t.image))).toEqual(affine);
    expect(signed[0]).toBe('0,1,2,3,4,5,6,7');
    expect(affine[0]).toBe('0,1,2,3,4,5,6,7');
  });

  it('visitor parameters describe the map they come with (all for n <= 3, a sample at n = 4)', () => {
    for (let n = 0; n <= 4; n++) {
      const bad: string[] = [];
      const step = n <= 3 ? 1 : 61;
      let index = 0;
      const ns = forEachSignedPermutationInPlace(n, (image, permutation, signMask) => {
        const r = recognizeSignedPermutation({ n, m: n, image });
        const signs = permutation.map((_, j) => ((signMask >>> j) & 1 ? -1 : 1));
        if (r === null || key(r.permutation) !== key(permutation) || key(r.signs) !== key(signs)) bad.push(key(image));
      });
      let previousRows = '';
      const na = forEachAffineMapInPlace(n, (image, rows, c) => {
        if (index++ % step === 0) {
          const r = recognizeAffine({ n, m: n, image });
          if (JSON.stringify(r) !== JSON.stringify(affineFormFromMasks(n, rows, c))) bad.push(key(image));
        }
        const k = key(rows);
        if (c === 0 && previousRows !== '' && !lexLess(previousRows.split(',').map(Number), rows)) bad.push(`order ${k}`);
        if (c === 0) previousRows = k;
      });
      expect(bad).toEqual([]);
      expect(BigInt(ns)).toBe(countSignedPermutations(n));
      expect(BigInt(na)).toBe(countAffineMaps(n));
    }
  });
});
