/**
 * Complexity of one head g = h o V^-1 under full support: g(V(z)) = h(z), so g's table is h's
 * table moved by V. Boolean heads on d <= 4 use the lookup tables; other Boolean heads one 32-bit
 * Walsh transform; rational-valued heads go through the exact spectrum.
 */
import { popcount } from '../core/cube.js';
import type { CubeFunction, IntValues } from '../core/cubeFunction.js';
import { isBoolean } from '../core/cubeFunction.js';
import { fwhtInt32InPlace } from '../core/fwht.js';
import { moebiusInPlace } from '../core/anf.js';
import { spectrumDegree } from '../core/degree.js';
import { type BigInteger, Rational } from '../core/rational.js';
import { spectrum } from '../core/spectrum.js';
import { degreeProfile } from '../core/measures/profile.js';
import { MAX_TABLE_D, booleanTables } from './booleanTables.js';

/** The measures of one head as functions of V (v[z] = V(z)). Constant-zero heads cost 0. */
export interface Head {
  /** deg(g), 0 for g = 0. */
  degree(v: Uint32Array): number;
  /** deg2(g), 0 for g = +1; throws for non-Boolean heads. */
  gf2(v: Uint32Array): number;
  /** (W^0..W^d) of g, exactly. */
  profile(v: Uint32Array): Rational[];
  /** 4^d (W^0..W^d) of g as integers: only for Boolean heads (null otherwise). */
  readonly profileScaled: ((v: Uint32Array) => number[]) | null;
}

/** The code sum_{x : g(x) = -1} 2^x of g = h o V^-1 (d <= 4), where `minus` lists the z with h(z) = -1. */
export function movedCode(minus: readonly number[], v: Uint32Array): number {
  let code = 0;
  for (const z of minus) code |= 1 << v[z]!; // d <= 4: at most 16 bits
  return code;
}

export function fullSupportHead(d: number, h: CubeFunction): Head {
  return isBoolean(h) ? booleanHead(d, h) : rationalHead(d, h);
}

function booleanHead(d: number, h: CubeFunction): Head {
  const size = 2 ** d;
  const minus: number[] = [];
  for (let z = 0; z < size; z++) if (Number(h.numerators[z]) === -1) minus.push(z);
  const scale = Rational.of(1, 4 ** d);
  if (d <= MAX_TABLE_D) {
    const t = booleanTables(d);
    const profileScaled = (v: Uint32Array): number[] => {
      const base = movedCode(minus, v) * (d + 1);
      return Array.from(t.profile.subarray(base, base + d + 1));
    };
    return {
      degree: (v) => t.degree[movedCode(minus, v)]!,
      gf2: (v) => t.gf2[movedCode(minus, v)]!,
      profileScaled,
      profile: (v) => profileScaled(v).map((w) => Rational.fromInt(w).mul(scale)),
    };
  }
  const buf = new Int32Array(size);
  const moved = (v: Uint32Array): Int32Array => {
    buf.fill(1);
    for (const z of minus) buf[v[z]!] = -1;
    return buf;
  };
  const profileScaled = (v: Uint32Array): number[] => {
    const a = moved(v);
    fwhtInt32InPlace(a);
    const w = new Array<number>(d + 1).fill(0);
    for (let S = 0; S < size; S++) w[popcount(S)]! += a[S]! * a[S]!; // <= 8^d: exact
    return w;
  };
  const bits = new Uint8Array(size);
  return {
    degree: (v) => {
      const a = moved(v);
      fwhtInt32InPlace(a);
      return topLevel(a);
    },
    gf2: (v) => {
      bits.fill(0);
      for (const z of minus) bits[v[z]!] = 1;
      moebiusInPlace(bits);
      return topLevel(bits);
    },
    profileScaled,
    profile: (v) => profileScaled(v).map((w) => Rational.fromInt(w).mul(scale)),
  };
}

function rationalHead(d: number, h: CubeFunction): Head {
  const moved = (v: Uint32Array): CubeFunction => {
    const src = h.numerators;
    let numerators: IntValues;
    if (src instanceof Int32Array) {
      const a = new Int32Array(src.length);
      for (let z = 0; z < a.length; z++) a[v[z]!] = src[z]!;
      numerators = a;
    } else {
      const a = new Array<BigInteger>(src.length);
      for (let z = 0; z < a.length; z++) a[v[z]!] = src[z]!;
      numerators = a;
    }
    return { n: d, numerators, denominator: h.denominator };
  };
  return {
    degree: (v) => spectrumDegree(spectrum(moved(v))) ?? 0,
    gf2: () => {
      throw new RangeError('head-gf2 needs Boolean (+-1 valued) tasks');
    },
    profile: (v) => degreeProfile(spectrum(moved(v))),
    profileScaled: null,
  };
}

/** The largest popcount(S) with a[S] != 0; 0 when a is all zero. */
export function topLevel(a: ArrayLike<number>): number {
  let top = 0;
  for (let S = 0; S < a.length; S++) if (a[S] !== 0 && popcount(S) > top) top = popcount(S);
  return top;
}
