/** Arbitraries, builders and slow reference objectives for the recovery tests. */
import fc from 'fast-check';
import { popcount } from '../../src/core/cube.js';
import { type CubeFunction, fromInt32, fromRationals, fromSignBits, toRationals } from '../../src/core/cubeFunction.js';
import { degree, gf2Degree } from '../../src/core/degree.js';
import { Rational } from '../../src/core/rational.js';
import { spectrum } from '../../src/core/spectrum.js';
import { degreeProfile as levelWeights, addProfiles } from '../../src/core/measures/profile.js';
import { minDegreeInterpolator } from '../../src/core/interpolate/minDegree.js';
import { leastGf2Extension } from '../../src/core/interpolate/gf2Extension.js';
import type { BoolMap } from '../../src/maps/boolMap.js';
import { compose, inverseOrThrow } from '../../src/maps/inverse.js';
import { coordinateDegrees } from '../../src/maps/degrees.js';
import { BIASES, GROUPS, type Bias, type Group, type Objective, type RecoveryProblem } from '../../src/recovery/types.js';

export const SEED = 1234;

export const parity = (d: number, S: number): CubeFunction => fromSignBits(d, (x) => (popcount(x & S) & 1) === 1);
export const dictators = (d: number): CubeFunction[] => Array.from({ length: d }, (_, j) => parity(d, 1 << j));
export const allParities = (d: number): CubeFunction[] => Array.from({ length: 2 ** d - 1 }, (_, S) => parity(d, S + 1));

export function arbBijectionImage(d: number): fc.Arbitrary<Uint32Array> {
  const size = 2 ** d;
  return fc.array(fc.nat(), { minLength: size, maxLength: size }).map((keys) => Uint32Array.from(keys.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b)));
}

export function arbBooleanTask(d: number): fc.Arbitrary<CubeFunction> {
  return fc.array(fc.constantFrom(1, -1), { minLength: 2 ** d, maxLength: 2 ** d }).map((v) => fromInt32(d, Int32Array.from(v)));
}

export function arbRationalTask(d: number): fc.Arbitrary<CubeFunction> {
  return fc
    .array(fc.record({ p: fc.integer({ min: -3, max: 3 }), q: fc.integer({ min: 1, max: 3 }) }), { minLength: 2 ** d, maxLength: 2 ** d })
    .map((v) => fromRationals(d, v.map(({ p, q }) => Rational.of(p, q))));
}

export function arbSupport(d: number): fc.Arbitrary<number[] | null> {
  return fc.oneof(
    fc.constant(null),
    fc.array(fc.boolean(), { minLength: 2 ** d, maxLength: 2 ** d }).map((keep) => {
      const pts = keep.flatMap((k, i) => (k ? [i] : []));
      return pts.length > 0 ? pts : [0];
    }),
  );
}

export const mapOf = (d: number, image: Uint32Array): BoolMap => ({ n: d, m: d, image });

/** The objective straight from docs/math.md section 5, computing every head from scratch. */
export function slowObjective(p: RecoveryProblem, v: Uint32Array): Objective {
  const { d } = p;
  const V = mapOf(d, v);
  const Vinv = inverseOrThrow(V);
  const heads = p.tasks.map((h) => {
    const vals = toRationals(h);
    if (p.support === null) {
      const g = fromRationals(d, Array.from({ length: 2 ** d }, (_, x) => vals[Vinv.image[x]!]!));
      return { deg: degree(g) ?? 0, gf2: () => gf2Degree(g) ?? 0, profile: () => levelWeights(spectrum(g)) };
    }
    const pts = p.support.map((z) => v[z]!);
    const ys = p.support.map((z) => vals[z]!);
    const interp = minDegreeInterpolator(d, pts, ys);
    return {
      deg: interp.degree ?? 0,
      gf2: () => leastGf2Extension(d, pts, ys.map((y) => y.toSafeInteger())).degree ?? 0,
      profile: () => interp.profile.slice(),
    };
  });
  const num = (value: number): Objective => ({ kind: 'number', value });
  const bias: Bias = p.bias;
  switch (bias) {
    case 'head-degree':
      return num(heads.reduce((s, h) => s + h.deg, 0));
    case 'head-gf2':
      return num(heads.reduce((s, h) => s + h.gf2(), 0));
    case 'head-max':
      return num(heads.reduce((s, h) => Math.max(s, h.deg), 0));
    case 'head+rep': {
      const phi = compose(V, inverseOrThrow(p.psi));
      return num(heads.reduce((s, h) => s + h.deg, 0) + coordinateDegrees(phi).reduce((a, b) => a + b, 0));
    }
    case 'hier-max':
    case 'hier-sum': {
      // Phi on C_m: Phi_j(psi(z)) = bit j of V(z), free off psi's image (least-degree real fit).
      const pts = Array.from(p.psi.image);
      const ks = Array.from({ length: d }, (_, j) => minDegreeInterpolator(p.psi.m, pts, Array.from(v, (y) => Rational.fromInt((y >>> j) & 1 ? -1 : 1))).degree ?? 0);
      const rep = bias === 'hier-max' ? Math.max(...ks) : ks.reduce((a, b) => a + b, 0);
      return num(heads.reduce((s, h) => s + h.deg, 0) + rep);
    }
    case 'head-profile':
      return { kind: 'profile', weights: heads.reduce<Rational[]>((acc, h) => addProfiles(acc, h.profile()), new Array<Rational>(d + 1).fill(Rational.ZERO)) };
  }
}

export function objectiveText(o: Objective): string {
  return o.kind === 'number' ? String(o.value) : o.weights.map(String).join(' ');
}

/** Boolean tasks (and, when asked, +-parities with full support), any bias, group and psi. */
export function arbMixedProblem(d: number, withParities: boolean): fc.Arbitrary<RecoveryProblem> {
  const task = withParities ? fc.oneof(arbBooleanTask(d), fc.integer({ min: 1, max: 2 ** d - 1 }).map((S) => parity(d, S))) : arbBooleanTask(d);
  return fc.record({
    d: fc.constant(d),
    psi: arbBijectionImage(d).map((v) => mapOf(d, v)),
    tasks: fc.array(task, { minLength: 1, maxLength: 4 }),
    bias: fc.constantFrom<Bias>(...BIASES),
    group: fc.constantFrom<Group>(...GROUPS),
    support: withParities ? fc.constant(null) : arbSupport(d),
  });
}
