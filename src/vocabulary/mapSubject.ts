/**
 * What a vectorial measure computes on: one map T: C_n -> C_m with its tables computed at most
 * once and shared (the DDT feeds differential uniformity, APN, the autocorrelation table and the
 * differential branch number; the Walsh table feeds the LAT, linearity, nonlinearity, almost bent,
 * plateaued, the linear branch number and the real component degrees). Read-only: a measure must
 * not mutate the arrays it is handed. Tables are flat: cell (a, b) at index a * 2^m + b.
 */
import type { CubeMap } from '../model/values.js';
import { boomerangTable, componentGf2Degrees, differenceTable, walshTable } from './maps/tables.js';

export interface MapSubject {
  readonly n: number;
  readonly m: number;
  /** image[x] is the index of T(x) (bit j-1 is coordinate j). */
  readonly image: Uint32Array;
  readonly bijective: boolean;
  /** The inverse's image, for a bijection; null otherwise. */
  inverse(): Uint32Array | null;
  /** DDT(a, b) = #{x : T(x) xor T(x xor a) = b}. */
  ddt(): Int32Array;
  /** W_T(a, b) = sum_x (-1)^(b.T(x) + a.x). */
  walsh(): Int32Array;
  /** BCT(a, b) (Cid et al. 2018), bijections only. */
  bct(): Int32Array;
  /** deg_2(b.T) for b = 0..2^m - 1, null where b.T = 0. */
  gf2Degrees(): readonly (number | null)[];
}

function once<T>(make: () => T): () => T {
  let cached: { value: T } | null = null;
  return () => (cached ??= { value: make() }).value;
}

function inverseImage(t: CubeMap): Uint32Array | null {
  if (t.m !== t.n) return null;
  const inv = new Uint32Array(t.image.length).fill(0xffffffff);
  for (let x = 0; x < t.image.length; x++) {
    const y = t.image[x]!;
    if (inv[y] !== 0xffffffff) return null;
    inv[y] = x;
  }
  return inv;
}

/** The subject of a map (validated by the caller: image of length 2^n, entries < 2^m). */
export function mapSubjectOf(t: CubeMap): MapSubject {
  const inv = inverseImage(t);
  return {
    n: t.n,
    m: t.m,
    image: t.image,
    bijective: inv !== null,
    inverse: () => inv,
    ddt: once(() => differenceTable(t)),
    walsh: once(() => walshTable(t)),
    bct: once(() => {
      if (!inv) throw new RangeError('the boomerang table needs a bijection');
      return boomerangTable(t, inv);
    }),
    gf2Degrees: once(() => componentGf2Degrees(t)),
  };
}
