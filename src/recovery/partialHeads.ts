/**
 * Complexity of one head under partial support: g need only satisfy g(V(z)) = h(z) for z in U,
 * and costs what its simplest extension costs (docs/math.md section 5): for the Fourier measures the
 * min-degree interpolator of that data, for head-gf2 the least GF(2) degree of a Boolean
 * extension (gf2Extension.ts). Degrees come from cached annihilators (fitDegree.ts), profiles
 * from the interpolator itself, cached per point list.
 */
import type { CubeFunction } from '../core/cubeFunction.js';
import { isBoolean, valueAt } from '../core/cubeFunction.js';
import { Rational } from '../core/rational.js';
import { type FitDegreeOracle, type Gf2FitDegreeOracle, fitDegreeOracle, gf2FitDegreeOracle } from '../core/interpolate/fitDegree.js';
import { minDegreeInterpolator } from '../core/interpolate/minDegree.js';
import type { Head } from './heads.js';

export interface Oracles {
  readonly real: FitDegreeOracle;
  readonly gf2: Gf2FitDegreeOracle;
  /** Interpolator profiles keyed by the data as a function of x ('.' where unseen), shared by all heads. */
  readonly profiles: Map<string, Rational[]>;
  readonly degrees: Map<string, number>;
  readonly gf2Degrees: Map<string, number>;
  /** Each distinct data value's one-character id in those keys. */
  readonly valueIds: Map<string, string>;
}

export function makeOracles(d: number): Oracles {
  return { real: fitDegreeOracle(d), gf2: gf2FitDegreeOracle(d), profiles: new Map(), degrees: new Map(), gf2Degrees: new Map(), valueIds: new Map() };
}

export function partialSupportHead(d: number, h: CubeFunction, support: readonly number[], oracles: Oracles): Head {
  const ints = support.map((z) => BigInt(String(h.numerators[z]!)));
  const rationals = support.map((z) => valueAt(h, z));
  const boolean = isBoolean(h);
  const bits = support.map((z): 0 | 1 => (Number(h.numerators[z]) === -1 ? 1 : 0));
  const points = new Array<number>(support.length);
  const place = (v: Uint32Array): number[] => {
    for (let i = 0; i < support.length; i++) points[i] = v[support[i]!]!;
    return points;
  };
  const ids = rationals.map((r) => {
    const text = r.toString();
    let id = oracles.valueIds.get(text);
    if (id === undefined) {
      id = String.fromCharCode(48 + oracles.valueIds.size);
      oracles.valueIds.set(text, id);
    }
    return id;
  });
  const chars = new Array<string>(2 ** d);
  /** The data as a function of x: one character per point, '.' where unseen. */
  const keyOf = (p: readonly number[]): string => {
    chars.fill('.');
    for (let i = 0; i < p.length; i++) chars[p[i]!] = ids[i]!;
    return chars.join('');
  };
  return {
    degree: (v) => {
      const key = keyOf(place(v));
      let k = oracles.degrees.get(key);
      if (k === undefined) {
        k = oracles.real.degree(points, ints) ?? 0;
        oracles.degrees.set(key, k);
      }
      return k;
    },
    gf2: (v) => {
      if (!boolean) throw new RangeError('head-gf2 needs Boolean (+-1 valued) tasks');
      const key = keyOf(place(v));
      let k = oracles.gf2Degrees.get(key);
      if (k === undefined) {
        k = oracles.gf2.degree(points, bits) ?? 0;
        oracles.gf2Degrees.set(key, k);
      }
      return k;
    },
    profile: (v) => {
      const p = place(v);
      const key = keyOf(p);
      let w = oracles.profiles.get(key);
      if (w === undefined) {
        w = minDegreeInterpolator(d, p.slice(), rationals).profile.slice();
        oracles.profiles.set(key, w);
      }
      return w;
    },
    profileScaled: null,
  };
}
