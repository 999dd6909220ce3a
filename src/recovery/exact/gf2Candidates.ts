/**
 * Candidate coordinates for the dictator route's inner levels (gf2DictatorSearch.ts): the codes
 * of GF(2) degree exactly e that are balanced on every current fibre (take the value 1 on half
 * of each). Sources: d <= 4 every balanced code (at most C(16, 8) = 12,870); d = 5 and e <= 2 the
 * balanced words of RM(2,5) (the span of the 16 monomials of degree <= 2, a Gray-code walk);
 * d = 5 and e >= 3 the balanced-on-fibres codes generated class by class (compatibleCodes.ts)
 * when there are at most RAW_LIMIT of them, else none can be listed (null: out of reach).
 * The level-1 lists (fibres of x_1..x_a) and their orbit representatives under K_a
 * (gf2FibreGroup.ts) are cached per (d, a, e).
 */
import { binomial } from '../../core/cube.js';
import { CompatibleCodes } from './compatibleCodes.js';
import { coordinateCode, gf2Degree, popcount } from './gf2Anf.js';
import { type OrbitRepresentatives, fibreGroupGenerators, orbitRepresentatives } from './gf2FibreGroup.js';

export const RAW_LIMIT = 4_000_000;

const balancedLists = new Map<string, Uint32Array>();

/** Every balanced code on C_d of degree exactly e, for d <= 4 or e <= 2. */
function balancedOfDegree(d: number, e: number): Uint32Array {
  const key = `${d}:${e}`;
  let l = balancedLists.get(key);
  if (l !== undefined) return l;
  const half = 1 << (d - 1);
  const out: number[] = [];
  if (d <= 4) {
    for (let c = 0; c < 2 ** (1 << d); c++) if (popcount(c) === half && gf2Degree(d, c) === e) out.push(c);
  } else {
    // RM(2,5): the monomials of degree <= 2 (16 rows), every word once by a Gray-code walk.
    const rows: number[] = [];
    for (let S = 0; S < 32; S++) {
      if (popcount(S) > 2) continue;
      let row = 0;
      for (let x = 0; x < 32; x++) if ((x & S) === S) row |= 1 << x;
      rows.push(row >>> 0);
    }
    let code = 0;
    for (let i = 0; ; ) {
      if (popcount(code) === half && gf2Degree(5, code) === e) out.push(code >>> 0);
      if (++i === 1 << rows.length) break;
      code = (code ^ rows[31 - Math.clz32(i & -i)]!) >>> 0;
    }
  }
  balancedLists.set(key, (l = Uint32Array.from(out)));
  return l;
}

function balancedOn(classes: readonly number[], g: number): boolean {
  for (const c of classes) if (2 * popcount((c & g) >>> 0) !== popcount(c)) return false;
  return true;
}

/** The codes of degree exactly e balanced on every class; null when too many to generate (d = 5, e >= 3). */
export function coordinateCandidates(d: number, classes: readonly number[], e: number): number[] | null {
  if (d <= 4 || e <= 2) return Array.from(balancedOfDegree(d, e)).filter((g) => balancedOn(classes, g));
  let product = 1;
  for (const c of classes) product *= binomial(popcount(c), popcount(c) / 2);
  if (product > RAW_LIMIT) return null;
  const codes = new CompatibleCodes(classes, classes.map((c) => popcount(c) / 2));
  const out: number[] = [];
  for (let g = codes.next(); g !== -1; g = codes.next()) if (gf2Degree(d, g) === e) out.push(g);
  return out;
}

/** The fibres of x_1..x_a on C_d (2^a classes). */
export function affineFibres(d: number, a: number): number[] {
  let classes = [d === 5 ? 0xffffffff : (1 << (1 << d)) - 1];
  for (let i = 0; i < a; i++) {
    const x = coordinateCode(d, i);
    classes = classes.flatMap((c) => [(c & ~x) >>> 0, (c & x) >>> 0]);
  }
  return classes;
}

const firstLists = new Map<string, readonly number[] | null>();

/** The level-1 candidates (balanced on the fibres of x_1..x_a, degree exactly e), cached; null when out of reach. */
export function firstLevelList(d: number, a: number, e: number): readonly number[] | null {
  const key = `${d}:${a}:${e}`;
  if (!firstLists.has(key)) firstLists.set(key, coordinateCandidates(d, affineFibres(d, a), e));
  return firstLists.get(key)!;
}

/**
 * The candidates of an inner level below the first: its classes refine the fibres of x_1..x_a, so
 * they are among the level-1 list (when that is listed) and are filtered from it.
 */
export function innerCandidates(d: number, a: number, classes: readonly number[], e: number): readonly number[] | null {
  const pool = firstLevelList(d, a, e);
  return pool === null ? coordinateCandidates(d, classes, e) : pool.filter((g) => balancedOn(classes, g));
}

const firstLevels = new Map<string, OrbitRepresentatives | null>();

/** The level-1 candidates, one per K_a-orbit with its size; null when out of reach. */
export function firstLevelOrbits(d: number, a: number, e: number): OrbitRepresentatives | null {
  const key = `${d}:${a}:${e}`;
  if (firstLevels.has(key)) return firstLevels.get(key)!;
  const codes = firstLevelList(d, a, e);
  const reps = codes === null ? null : orbitRepresentatives(fibreGroupGenerators(d, a), codes);
  firstLevels.set(key, reps);
  return reps;
}
