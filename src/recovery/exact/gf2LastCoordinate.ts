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

// Scratch for the elimination (at most 31 directions): pivot vectors, their leads and combinations.
const pivVec = new Uint32Array(32);
const pivLead = new Uint32Array(32);
const pivCombo = new Uint32Array(32);

/** The members c of the space with deg(p0 + (c AND p1)) <= e; null when there is none. */
export function restrictSpace(d: number, space: CoordinateSpace, p0: number, p1: number, e: number): CoordinateSpace | null {
  if (e >= d) return space;
  const dirs = space.directions;
  if (dirs.length > 31) throw new RangeError('restrictSpace: at most 31 directions');
  const high = aboveMask(d, e);
  // Columns: the ANF above e of (direction AND p1); a combination of directions is a bit mask.
  // Pivots are kept reduced on each other's leads, so one pass reduces a vector.
  let pivots = 0;
  const nulls: number[] = [];
  for (let c = 0; c < dirs.length; c++) {
    let v = anfOfCode(d, (dirs[c]! & p1) >>> 0) & high;
    let combo = 1 << c;
    for (let i = 0; i < pivots; i++) {
      if ((v & pivLead[i]!) !== 0) {
        v ^= pivVec[i]!;
        combo ^= pivCombo[i]!;
      }
    }
    v >>>= 0;
    if (v === 0) {
      nulls.push(combo);
      continue;
    }
    const lead = (v & -v) >>> 0;
    for (let i = 0; i < pivots; i++) {
      if ((pivVec[i]! & lead) !== 0) {
        pivVec[i] ^= v;
        pivCombo[i] ^= combo;
      }
    }
    pivVec[pivots] = v;
    pivLead[pivots] = lead;
    pivCombo[pivots++] = combo;
  }
  let t = anfOfCode(d, (p0 ^ (space.start & p1)) >>> 0) & high;
  let tc = 0;
  for (let i = 0; i < pivots; i++) {
    if ((t & pivLead[i]!) !== 0) {
      t ^= pivVec[i]!;
      tc ^= pivCombo[i]!;
    }
  }
  if (t >>> 0 !== 0) return null;
  const directions = nulls.map((m) => codeOfCombination(dirs, m));
  return { start: (space.start ^ codeOfCombination(dirs, tc)) >>> 0, directions };
}

function codeOfCombination(dirs: readonly number[], combo: number): number {
  let c = 0;
  for (let i = 0; combo !== 0; i++, combo >>>= 1) if (combo & 1) c ^= dirs[i]!;
  return c >>> 0;
}

/** Every code taking both values on each pair and of GF(2) degree <= e; null when there is none. */
export function lastCoordinateSpace(d: number, pairs: readonly number[], e: number): CoordinateSpace | null {
  return restrictSpace(d, pairSpace(pairs), 0, d === 5 ? 0xffffffff : (1 << (1 << d)) - 1, e);
}
