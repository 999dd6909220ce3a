/**
 * The conditional degree deg(h | Phi) (docs/math.md "Conditional degree"): the checker's kernel
 * (fit-degree oracle, unique head) against the verifier's twin (interpolator, brute force over free
 * head values) and against a third, plainest route here (every Boolean g on C_d tried; deg(h*) from
 * the core's min-degree interpolator), on every map Phi at d <= 2, random ones at d = 3, and with
 * m > d; plus hand-computed cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CubeMap, Fn } from '../../src/claim/values.js';
import { fastKernel } from '../../src/check/kernel/index.js';
import { verifierKernel } from '../../src/verifier/kernel.js';
import { minDegreeInterpolator } from '../../src/core/interpolate/minDegree.js';
import { Rational } from '../../src/core/rational.js';
import { SEED } from '../recovery/helpers.js';

const fn = (n: number, code: number): Fn => ({ n, values: Int32Array.from({ length: 2 ** n }, (_, x) => ((code >>> x) & 1 ? -1 : 1)) });
const map = (n: number, m: number, image: readonly number[]): CubeMap => ({ n, m, image: Uint32Array.from(image) });

/** max over all Boolean g on C_d with g(Phi(psi(z))) = h(z) of deg(g), subtracted from deg(h*); null if none. */
function bruteForce(h: Fn, phi: CubeMap, psi: CubeMap): number | null {
  const d = h.n;
  let most: number | null = null;
  for (let g = 0; g < 2 ** 2 ** d; g++) {
    const gf = fn(d, g);
    let fits = true;
    for (let z = 0; z < 2 ** d; z++) if (gf.values[phi.image[psi.image[z]!]!] !== h.values[z]) fits = false;
    if (fits) most = Math.max(most ?? -1, fastKernel.degree(gf) ?? 0);
  }
  if (most === null) return null;
  const star = minDegreeInterpolator(psi.m, Array.from(psi.image), Array.from(h.values, (v) => Rational.fromInt(v))).degree ?? 0;
  return star - most;
}

const identity = (d: number): CubeMap => map(d, d, [...Array(2 ** d).keys()]);

describe('conditional degree deg(h | Phi)', () => {
  it('hand cases', () => {
    const k = fastKernel;
    // h = x1 x2, Phi = (x1 x2, x2): g = y1, deg(h | Phi) = 2 - 1 = 1.
    expect(k.conditionalDegree(k.chi(2, 3), map(2, 2, [0, 1, 3, 2]))).toBe(1);
    // h = x1 through a signed permutation: g has the same degree, 0.
    expect(k.conditionalDegree(k.chi(2, 1), map(2, 2, [2, 3, 0, 1]))).toBe(0);
    // h = x1, Phi = (x1 x2, x2): g = y1 y2, 1 - 2 = -1.
    expect(k.conditionalDegree(k.chi(2, 1), map(2, 2, [0, 1, 3, 2]))).toBe(-1);
    // A constant Phi: x1 does not factor (null); the constant 1 does, g is free on 3 points: 0 - 2.
    expect(k.conditionalDegree(k.chi(2, 1), map(2, 2, [0, 0, 0, 0]))).toBeNull();
    expect(k.conditionalDegree(k.chi(2, 0), map(2, 2, [0, 0, 0, 0]))).toBe(-2);
    // m > d: psi(z) = (z1, z2, z1 z2), h = z1 z2 is read off x3, so h* = x3 has degree 1; Phi = the
    // first two bits: g = y1 y2, 1 - 2 = -1.
    const psi = map(2, 3, [0, 1 | 4, 2 | 4, 3]);
    const phi = map(3, 2, Array.from({ length: 8 }, (_, x) => x & 3));
    expect(k.conditionalDegree(k.chi(2, 3), phi, psi)).toBe(-1);
  });

  for (const d of [1, 2]) {
    it(`kernel, verifier twin and brute force agree on every task and every map Phi: C_${d} -> C_${d}`, () => {
      const size = 2 ** d;
      for (let code = 0; code < size ** size; code++) {
        const phi = map(d, d, Array.from({ length: size }, (_, x) => Math.floor(code / size ** x) % size));
        for (let h = 0; h < 2 ** size; h++) {
          const f = fn(d, h);
          const slow = bruteForce(f, phi, identity(d));
          expect(fastKernel.conditionalDegree(f, phi)).toBe(slow);
          expect(verifierKernel.conditionalDegree(f, phi)).toBe(slow);
        }
      }
    });
  }

  it('agree on random maps at d = 3 and with psi: C_2 -> C_3 injective', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 255 }),
        fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 8, maxLength: 8 }),
        fc.integer({ min: 0, max: 15 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 8, maxLength: 8 }),
        (h3, phi3, h2, psi2, phi2) => {
          const a = fn(3, h3);
          const p3 = map(3, 3, phi3);
          expect(fastKernel.conditionalDegree(a, p3)).toBe(bruteForce(a, p3, identity(3)));
          expect(verifierKernel.conditionalDegree(a, p3)).toBe(bruteForce(a, p3, identity(3)));
          const b = fn(2, h2);
          const psi = map(2, 3, psi2);
          const phi = map(3, 2, phi2);
          expect(fastKernel.conditionalDegree(b, phi, psi)).toBe(bruteForce(b, phi, psi));
          expect(verifierKernel.conditionalDegree(b, phi, psi)).toBe(bruteForce(b, phi, psi));
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('refuses maps of the wrong shape and a psi that is not injective', () => {
    expect(() => fastKernel.conditionalDegree(fn(2, 1), map(2, 3, [0, 1, 2, 3]))).toThrow(/Phi must map C_2 -> C_2/);
    expect(() => fastKernel.conditionalDegree(fn(2, 1), map(3, 2, Array(8).fill(0)), map(2, 3, [0, 0, 1, 2]))).toThrow(/injective/);
    expect(() => verifierKernel.conditionalDegree(fn(2, 1), map(3, 2, Array(8).fill(0)), map(2, 3, [0, 0, 1, 2]))).toThrow(/injective/);
  });
});
