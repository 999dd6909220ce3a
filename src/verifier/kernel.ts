/**
 * The verifier's own Kernel (src/claim/kernel.ts): written for obviousness, not speed. Every
 * result is exact (Walsh sums in bigint, GF(2) arithmetic on bits). test/verifier/kernel.test.ts
 * checks each basic operation against a second kernel written straight from the definitions; the
 * world-model operations (interpolate.ts, recovery.ts, built on the basic ones) are checked against
 * the checker's in test/check/worldModel.test.ts.
 */
import type { Kernel } from '../claim/kernel.js';
import type { CubeMap, Fn } from '../claim/values.js';
import { interpolate } from './interpolate.js';
import { measure, operation } from './measures/kernel.js';
import { measureOfEither } from './measures/mapKernel.js';
import { recoverySummary } from './recovery.js';
import { recoverySummaryByTuples, recoveryVerdictByTuples, solvesByTuples } from './recoverySolve.js';
import { recoverySummaryRep, recoveryVerdictRep, solvesRepAtD4 } from './recoverySolveRep.js';
import { conditionalDegree } from './conditionalDegree.js';
import { bitCount, chiAt, topLevel, walshOf } from './walsh.js';

/** The kernel without the world-model operations (which are built on it). */
export type BasicKernel = Omit<Kernel, 'interpolate' | 'recoverySummary' | 'recoveryVerdict' | 'conditionalDegree'>;

function fn(n: number, value: (x: number) => number): Fn {
  const values = new Int32Array(2 ** n);
  for (let x = 0; x < values.length; x++) values[x] = value(x);
  return { n, values };
}

/** c_S = sum_x f(x) chi_S(x), exactly in bigint. */
function walsh(f: Fn): bigint[] {
  return walshOf(Array.from(f.values, (v) => BigInt(v)));
}

function isBoolean(f: Fn): boolean {
  return f.values.every((v) => v === 1 || v === -1);
}

/** a_T = XOR of F(b) over b subset of T (binary Moebius transform), F = (1 - f)/2. */
function anf(f: Fn): Uint8Array {
  if (!isBoolean(f)) throw new RangeError('anf needs a Boolean function');
  const a = Uint8Array.from(f.values, (v) => (v === -1 ? 1 : 0));
  for (let bit = 1; bit < a.length; bit <<= 1) {
    for (let x = 0; x < a.length; x++) if (x & bit) a[x]! ^= a[x ^ bit]!;
  }
  return a;
}

function coordinate(t: CubeMap, j: number): Fn {
  if (!Number.isInteger(j) || j < 1 || j > t.m) throw new RangeError(`coordinate ${j} of a map into C_${t.m}`);
  return fn(t.n, (x) => ((t.image[x]! >>> (j - 1)) & 1 ? -1 : 1));
}

/** m = n and the image holds every point of C_n exactly once. */
function isBijection(t: CubeMap): boolean {
  const size = 2 ** t.n;
  return t.m === t.n && t.image.length === size && t.image.every((y) => y < size) && new Set(t.image).size === size;
}

/** The single S with f = +-chi_S, or null when f is not +- a parity. */
function parityOf(f: Fn): number | null {
  const c = walsh(f);
  const nonzero = c.flatMap((v, s) => (v !== 0n ? [s] : []));
  return nonzero.length === 1 && isBoolean(f) ? nonzero[0]! : null;
}

const basicKernel: BasicKernel = {
  walsh,
  degree: (f) => topLevel(walsh(f)),
  gf2Degree: (f) => topLevel(anf(f)),
  anf,
  isBoolean,
  measure: measureOfEither(measure),
  operation,
  relevantVariables(f) {
    const c = walsh(f);
    const vars: number[] = [];
    for (let i = 1; i <= f.n; i++) if (c.some((v, s) => v !== 0n && (s >>> (i - 1)) & 1)) vars.push(i);
    return vars;
  },
  chi: (n, set) => fn(n, (x) => chiAt(set, x)),
  compose(h, t) {
    if (h.n !== t.m) throw new RangeError(`compose: h is on C_${h.n} but T maps into C_${t.m}`);
    return fn(t.n, (x) => h.values[t.image[x]!]!);
  },
  composeMaps(t, u) {
    if (t.n !== u.m) throw new RangeError(`composeMaps: T is on C_${t.n} but U maps into C_${u.m}`);
    return { n: u.n, m: t.m, image: Uint32Array.from(u.image, (y) => t.image[y]!) };
  },
  coordinate,
  component: (t, set) => fn(t.n, (x) => chiAt(set, t.image[x]!)),
  isBijection,
  inverse(t) {
    if (!isBijection(t)) throw new RangeError('inverse of a map that is not a bijection');
    const image = new Uint32Array(t.image.length);
    t.image.forEach((y, x) => (image[y] = x));
    return { n: t.n, m: t.n, image };
  },
  /** T(x)_j = s_j x_pi(j): every coordinate is +- a single variable, each variable used once. */
  isSignedPermutation(t) {
    if (t.m !== t.n) return false;
    const used = new Set<number>();
    for (let j = 1; j <= t.n; j++) {
      const s = parityOf(coordinate(t, j));
      if (s === null || bitCount(s) !== 1 || used.has(s)) return false;
      used.add(s);
    }
    return true;
  },
  /** A bijection whose every coordinate is +- a parity. */
  isGf2Affine(t) {
    if (!isBijection(t)) return false;
    for (let j = 1; j <= t.m; j++) if (parityOf(coordinate(t, j)) === null) return false;
    return true;
  },
  /** sum over S subset [n] of deg(chi_S o T), for a bijection T. */
  parityDegreeSum(t) {
    if (!isBijection(t)) throw new RangeError('parityDegreeSum of a map that is not a bijection');
    let sum = 0;
    for (let s = 0; s < 2 ** t.m; s++) sum += topLevel(walsh(basicKernel.component(t, s)))!;
    return sum;
  },
};

export const verifierKernel: Kernel = {
  ...basicKernel,
  interpolate,
  recoverySummary: (q) => (solvesRepAtD4(q) ? recoverySummaryRep(q, basicKernel) : solvesByTuples(q) ? recoverySummaryByTuples(q, basicKernel) : recoverySummary(q, basicKernel)),
  recoveryVerdict(q) {
    if (!solvesRepAtD4(q) && solvesByTuples(q)) return recoveryVerdictByTuples(q, basicKernel);
    if (solvesRepAtD4(q)) return recoveryVerdictRep(q, basicKernel);
    // The representation biases at d <= 3 (recovery.ts): the summary's verdict.
    const { minimum, recovers, outside } = recoverySummary(q, basicKernel);
    return { minimum, recovers, outside };
  },
  conditionalDegree: (h, phi, psi) => conditionalDegree(h, phi, psi, basicKernel),
};
