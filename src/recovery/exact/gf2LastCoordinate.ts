/**
 * The last coordinate of a bijection W of C_d once the other d - 1 are fixed (the dictator
 * route, gf2DictatorSearch.ts): their joint fibres are 2^(d-1) pairs P_c, and W_q must take both
 * values on each pair, so W_q = base + sum_c phi_c 1_(P_c) for a unique phi in GF(2)^(2^(d-1)):
 * an affine space over GF(2) (pairSpace). Every other head F o W is then P0 + W_q P1 (P0, P1 fixed
 * codes: the parts of F's ANF without and with z_q), affine in W_q, and the ANF is GF(2)-linear,
 * so "deg(P0 + W_q P1) <= e" says that the ANF coefficients above degree e vanish: a linear
 * system on the space's coordinates, solved by elimination on bit masks (restrictSpace). The
 * result is again an affine space (a start code and the codes of a basis of its directions),
 * walked in Gray-code order by the caller. docs/math.md "All dictators present under head-gf2".
 */
import { aboveMask, anfOfCode } from './gf2Anf.js';

export interface CoordinateSpace {
  /** One member. */
  readonly start: number;
  /** The members are start + the sum of any subset of these, each once. */
  readonly directions: readonly number[];
}

/** Every code taking both values on each pair (1 on the lower point, plus any set of pairs flipped). */
export function pairSpace(pairs: readonly number[]): CoordinateSpace {
  let base = 0;
  for (const p of pairs) base |= p & -p;
  return { start: base >>> 0, directions: pairs.map((p) => p >>> 0) };
}

/** The members c of the space with deg(p0 + (c AND p1)) <= e; null when there is none. */
export function restrictSpace(d: number, space: CoordinateSpace, p0: number, p1: number, e: number): CoordinateSpace | null {
  if (e >= d) return space;
  if (space.directions.length > 31) throw new RangeError('restrictSpace: at most 31 directions');
  const high = aboveMask(d, e);
  // At most 2^(d-1) <= 16 directions: a combination of them is a bit mask.
  // Pivots of the column space: (vector, the directions whose columns sum to it), reduced on their leads.
  const pivots: { vec: number; lead: number; combo: number }[] = [];
  const reduce = (v: number, combo: number): { vec: number; combo: number } => {
    for (const p of pivots) {
      if ((v & p.lead) !== 0) {
        v = (v ^ p.vec) >>> 0;
        combo ^= p.combo;
      }
    }
    return { vec: v >>> 0, combo };
  };
  const nulls: number[] = [];
  space.directions.forEach((dir, c) => {
    const r = reduce(anfOfCode(d, (dir & p1) >>> 0) & high, 1 << c);
    if (r.vec === 0) nulls.push(r.combo);
    else {
      const lead = (r.vec & -r.vec) >>> 0;
      for (const p of pivots) {
        if ((p.vec & lead) !== 0) {
          p.vec = (p.vec ^ r.vec) >>> 0;
          p.combo ^= r.combo;
        }
      }
      pivots.push({ vec: r.vec, lead, combo: r.combo });
    }
  });
  const target = reduce(anfOfCode(d, (p0 ^ (space.start & p1)) >>> 0) & high, 0);
  if (target.vec !== 0) return null;
  const codeOf = (combo: number): number => {
    let c = 0;
    space.directions.forEach((dir, i) => {
      if ((combo >>> i) & 1) c ^= dir;
    });
    return c >>> 0;
  };
  return { start: (space.start ^ codeOf(target.combo)) >>> 0, directions: nulls.map(codeOf) };
}

/** Every code taking both values on each pair and of GF(2) degree <= e; null when there is none. */
export function lastCoordinateSpace(d: number, pairs: readonly number[], e: number): CoordinateSpace | null {
  return restrictSpace(d, pairSpace(pairs), 0, d === 5 ? 0xffffffff : (1 << (1 << d)) - 1, e);
}
