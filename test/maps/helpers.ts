/** Arbitraries and slow reference definitions shared by the map and enumerator tests. */
import fc from 'fast-check';
import { coordinate as coordinateAt } from '../../src/core/cube.js';
import type { BoolMap } from '../../src/maps/boolMap.js';

export const SEED = 1234;

/** Any map C_n -> C_m with n, m in the given ranges. */
export function arbMap(minN: number, maxN: number, minM: number, maxM: number): fc.Arbitrary<BoolMap> {
  return fc
    .record({ n: fc.integer({ min: minN, max: maxN }), m: fc.integer({ min: minM, max: maxM }) })
    .chain(({ n, m }) =>
      fc
        .array(fc.integer({ min: 0, max: 2 ** m - 1 }), { minLength: 2 ** n, maxLength: 2 ** n })
        .map((v) => ({ n, m, image: Uint32Array.from(v) })),
    );
}

/** A uniformly shuffled bijection of C_n (points sorted by random keys, ties by index). */
export function arbBijection(minN: number, maxN: number): fc.Arbitrary<BoolMap> {
  return fc.integer({ min: minN, max: maxN }).chain((n) =>
    fc.array(fc.nat(), { minLength: 2 ** n, maxLength: 2 ** n }).map((keys) => {
      const order = keys.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
      return { n, m: n, image: Uint32Array.from(order) };
    }),
  );
}

/** A bijection with one image changed (so usually not a bijection, and with a known collision). */
export function arbNearBijection(minN: number, maxN: number): fc.Arbitrary<BoolMap> {
  return arbBijection(minN, maxN).chain((t) =>
    fc.record({ p: fc.nat(t.image.length - 1), v: fc.nat(t.image.length - 1) }).map(({ p, v }) => {
      const image = t.image.slice();
      image[p] = v;
      return { n: t.n, m: t.m, image };
    }),
  );
}

/** Bijections, near-bijections and arbitrary square maps mixed. */
export function arbSquareMap(minN: number, maxN: number): fc.Arbitrary<BoolMap> {
  return fc.oneof(
    arbBijection(minN, maxN),
    arbNearBijection(minN, maxN),
    fc.integer({ min: minN, max: maxN }).chain((n) => arbMap(n, n, n, n)),
  );
}

/** chi_S(T(x)) straight from the definition: the product of the coordinates in S. */
export function slowComponentValue(t: BoolMap, set: number, x: number): number {
  let v = 1;
  for (let j = 1; j <= t.m; j++) if ((set >>> (j - 1)) & 1) v *= coordinateAt(t.image[x]!, j);
  return v;
}

export function slowIsBijection(t: BoolMap): boolean {
  return t.m === t.n && new Set(t.image).size === t.image.length;
}

/** Every map C_n -> C_m as an array (small n, m only). */
export function allMapsSlow(n: number, m: number): BoolMap[] {
  const out: BoolMap[] = [];
  const size = 2 ** n;
  const total = (2 ** m) ** size;
  for (let code = 0; code < total; code++) {
    const image = new Uint32Array(size);
    let c = code;
    for (let i = size - 1; i >= 0; i--) {
      image[i] = c % 2 ** m;
      c = Math.floor(c / 2 ** m);
    }
    out.push({ n, m, image });
  }
  return out;
}
