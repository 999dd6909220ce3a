/**
 * Vectorial measures in formulas (docs/claims.md, "Map measures"): every registered map measure
 * is a builtin of one map with the registry's type; values agree with plain brute force and with
 * the literature; type errors name what was expected.
 */
import { describe, expect, it } from 'vitest';
import { fastKernel } from '../../src/check/kernel/index.js';
import { runProperty } from '../../src/check/runner.js';
import { builtin } from '../../src/lang/builtins.js';
import { MAP_MEASURE_ALIASES } from '../../src/lang/aliases.js';
import { bind, checkFormula, evaluate, formulaProperty, parseFormula, typeOf } from '../../src/lang/index.js';
import { q } from '../../src/lang/rational.js';
import type { Val } from '../../src/lang/values.js';
import { MAP_MEASURES, MAP_MEASURE_IDS } from '../../src/vocabulary/maps/index.js';
import { fromValueType } from '../../src/lang/types.js';

const value = (source: string, n = 3): Val => {
  const ast = parseFormula(source);
  return evaluate(source, ast, fastKernel, bind(null, 'n', q(BigInt(n))));
};
const truth = (source: string, n = 3): Val => {
  checkFormula(source, parseFormula(source));
  return value(source, n);
};

/** Every permutation of 0..size-1 (slow and obvious). */
function permutations(size: number): number[][] {
  if (size === 0) return [[]];
  return permutations(size - 1).flatMap((p) => Array.from({ length: size }, (_, i) => [...p.slice(0, i), size - 1, ...p.slice(i)]));
}

/** max over a != 0, b of #{x : T(x) xor T(x xor a) = b}, by counting. */
function bruteDu(image: readonly number[]): number {
  let best = 0;
  for (let a = 1; a < image.length; a++) {
    for (let b = 0; b < image.length; b++) {
      let c = 0;
      for (let x = 0; x < image.length; x++) if ((image[x]! ^ image[x ^ a]!) === b) c++;
      best = Math.max(best, c);
    }
  }
  return best;
}

describe('map measures in formulas', () => {
  it('every registered map measure is a builtin of one map, typed as the registry says', () => {
    for (const id of MAP_MEASURE_IDS) {
      const b = builtin(id);
      expect(b, id).toBeDefined();
      expect(b!.type([{ t: 'map' }])).toEqual(fromValueType(MAP_MEASURES[id].type));
      expect(typeof b!.type([{ t: 'fn', boolean: true }])).toBe('string');
    }
    for (const [alias, id] of Object.entries(MAP_MEASURE_ALIASES)) expect(builtin(alias)!.type([{ t: 'map' }]), alias).toEqual(fromValueType(MAP_MEASURES[id].type));
  });

  it('every map measure on one map gives the kernel value (and indexes by cell)', () => {
    const t = { n: 3, m: 3, image: Uint32Array.from([0, 1, 3, 6, 7, 4, 5, 2]) };
    for (const id of MAP_MEASURE_IDS) {
      const v = evaluate(`${id}(T)`, parseFormula(`${id}(T)`), fastKernel, bind(null, 'T', t));
      const k = fastKernel.measure(id, t);
      expect(v, id).toEqual(typeof k === 'number' ? q(BigInt(k)) : k);
    }
  });

  it('du on every bijection of C_2 and C_3 agrees with counting the DDT by hand', () => {
    for (const n of [2, 3]) {
      const hist = new Map<number, number>();
      for (const p of permutations(2 ** n)) hist.set(bruteDu(p), (hist.get(bruteDu(p)) ?? 0) + 1);
      for (const [du, count] of hist) expect(value(`sum T in bijections(${n}): ite(differentialUniformity(T) = ${du}, 1, 0)`, n), `n = ${n}, du = ${du}`).toEqual(q(BigInt(count)));
    }
  });

  it('the literature: 10752 APN permutations of F_2^3, all with boomerang uniformity 2 and nonlinearity 2; 9 derangements of 4 points', () => {
    expect(value('sum T in bijections(3): ite(apn(T), 1, 0)')).toEqual(q(10752n));
    expect(truth('forall T in bijections(3): apn(T) iff differentialUniformity(T) = 2')).toBe(true);
    expect(truth('forall T in bijections(3): apn(T) implies (boomerangUniformity(T) = 2 and mapNonlinearity(T) = 2 and mapLinearity(T) = 4)')).toBe(true);
    expect(value('sum T in bijections(2): ite(fixedPoints(T) = 0, 1, 0)', 2)).toEqual(q(9n));
    expect(truth('forall T in bijections(2): let t = ddt(T) in t[0] = 4 and (forall a in range(1, 3), b in points(2): t[a * 4 + b] <= differentialUniformity(T))', 2)).toBe(true);
  });

  it('function measures stay function measures: nl(T) on a map is a type error (map names are the registry ids)', () => {
    expect(truth('nl(chi(3, 3)) = 0 and lin(chi(3, 3)) = 8')).toBe(true);
    expect(() => typeOf('nl(x)', parseFormula('nl(x)'), new Map([['x', { t: 'map' }]]))).toThrow('nl takes 1 argument (a function), got (a map of the cube)');
  });

  it("'bijection' measures are undefined on a map that is not one", () => {
    expect(truth('forall T in maps(2): defined(cycleType(T)) iff isBijection(T)', 2)).toBe(true);
    expect(truth('forall T in maps(2): defined(boomerangUniformity(T)) iff isBijection(T)', 2)).toBe(true);
  });

  it('a checked claim: exists an APN bijection of C_3, with its witness; du >= 2 everywhere', async () => {
    const e = await runProperty(formulaProperty('exists T in bijections(3): apn(T)'), { n: 3, mode: 'exhaustive' });
    expect(e.verdict).toBe('holds');
    expect(bruteDu([...(e.witness!.values.T as { image: Uint32Array }).image])).toBe(2);
    const f = await runProperty(formulaProperty('forall T in bijections(3): differentialUniformity(T) >= 2'), { n: 3, mode: 'exhaustive' });
    expect({ verdict: f.verdict, cases: f.cases }).toEqual({ verdict: 'holds', cases: 40320 });
  });

  it('type errors name what was expected', () => {
    expect(() => formulaProperty('forall f in boolean(3): apn(f)')).toThrow('column 25: apn takes 1 argument (a map), got (a Boolean function)');
    expect(() => formulaProperty('forall T in maps(2): nl(3) = 2')).toThrow('nl takes 1 argument (a function), got (an integer)');
    expect(() => formulaProperty('forall T in maps(2): apn(T) = 2')).toThrow("expected a truth value after '=', got an integer");
  });
});

describe('the Walsh memo of walsh(f, S) / fhat(f, S)', () => {
  it('gives each case its own sums: 186 of the 256 functions on C_3 are unbalanced, sum_f c_0(f)^2 = 16 * 4 on C_2', async () => {
    const r = await runProperty(formulaProperty('forall f in boolean(3): walsh(f, 0) = 0'), { n: 3, mode: 'exhaustive', countAll: true });
    expect([r.verdict, r.counterexamples]).toEqual(['refuted', 256 - 70]);
    expect(value('sum f in boolean(2): walsh(f, 0)^2', 2)).toEqual(q(64n));
    expect(value('sum f in boolean(2): sum S in subsets(2): fhat(f, S)^2', 2)).toEqual(q(16n));
  });
});
