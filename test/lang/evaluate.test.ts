/** Evaluation against values computed by hand, the semantics of undefined values and run-time errors. */
import { describe, expect, it } from 'vitest';
import { fastKernel } from '../../src/check/kernel/index.js';
import { runProperty } from '../../src/check/runner.js';
import { bind, checkFormula, evaluate, formulaProperty, parseFormula } from '../../src/lang/index.js';
import { q } from '../../src/lang/rational.js';
import type { Val } from '../../src/lang/values.js';

/** The value of a closed formula at n (type-checked as a claim). */
function truth(source: string, n = 2): Val {
  const ast = parseFormula(source);
  checkFormula(source, ast);
  return evaluate(source, ast, fastKernel, bind(null, 'n', q(BigInt(n))));
}

describe('hand-computed values', () => {
  const holds = [
    '1/2 + 1/3 = 5/6',
    '2^10 = 1024 and (-2)^3 = -8 and -2^2 = -4',
    '6/4 = 3/2 and 7 - 10 = -3 and 0^0 = 1',
    'abs(-7/3) = 7/3 and max(1, 5/2, 2) = 5/2 and min(3, -1) = -1',
    'card(11) = 3 and binom(5, 2) = 10 and binom(2, 5) = 0 and pow2(5) = 32',
    'divides(3, 12) and not divides(5, 12) and isInteger(4/2) and not isInteger(1/2)',
    // x1 x2 on C_2 is the character chi_{1,2}: degree 2, sensitivity 2, fhat({1,2}) = 1
    'deg(chi(2, 3)) = 2 and sens(chi(2, 3)) = 2 and fhat(chi(2, 3), 3) = 1 and fhat(chi(2, 3), 0) = 0',
    // AND on 2 variables in +-1 (-1 only at x = (-1,-1), point 3): fhat = 1/2, 1/2, 1/2, -1/2
    'let a = chi(2, 1) in true',
    'sum S in subsets(2): 1 = 4',
    'sum x in points(3): x = 28 and max x in points(3): x = 7 and min i in vars(4): i = 1',
    'sum k in levels(3): binom(3, k) = 8',
    'sum i in range(3, 1): i = 0',
    'forall i in vars(0): false',
    'not (exists i in vars(0): true)',
    'exists S in subsets(3): card(S) = 2 and S = 6',
    // influences of chi_{1}: Inf_1 = 1, Inf_2 = 0
    'influences(chi(2, 1))[1] = 1 and influences(chi(2, 1))[2] = 0 and totinf(chi(2, 3)) = 2',
    'chi(2, 1)[0] = 1 and chi(2, 1)[1] = -1 and chi(2, 1)[3] = -1 and chi(2, 2)[1] = 1',
    // exists over an inner domain: 2^(2^2) = 16 Boolean functions on C_2, 8 balanced
    '(sum f in boolean(2): ite(balanced(f), 1, 0)) = 6',
    '(sum f in boolean(n): 1) = 16',
    'exists f in boolean(2): bent(f)',
    'forall T in bijections(2): maxdeg(inv(T)) <= maxdeg(T)',
    '(sum T in bijections(2): 1) = 24 and (sum T in affine(2): 1) = 24 and (sum T in signedperms(2): 1) = 8',
    'forall T in bijections(2): T o inv(T) = inv(T) o T',
    'forall h in boolean(2), T in bijections(2): deg(h o T) <= deg(h) * maxdeg(T)',
    'true implies true and (false implies false) and (false iff false)',
  ];
  for (const s of holds) it(s, () => expect(truth(s)).toBe(true));

  it('balanced functions on C_2: C(4, 2) = 6 (the check above), and the sum is exact rational', () => {
    expect(truth('sum S in subsets(2): 1/3 = 4/3')).toBe(true);
  });
});

describe('short-circuit and undefined values', () => {
  it('defined(...) guards a partial measure; the guard is evaluated first', () => {
    // the zero function has no degree
    expect(truth('exists f in integer(1, 0, 0): not defined(deg(f))')).toBe(true);
    expect(truth('forall f in integer(1, 0, 0): defined(deg(f)) implies deg(f) >= 0')).toBe(true);
    expect(truth('forall f in integer(1, -1, 1): not isBoolean(f) implies not defined(sens(f))')).toBe(true);
  });

  it('an undefined value used is a run-time error naming the column', () => {
    expect(() => truth('forall f in integer(1, 0, 0): deg(f) >= 0')).toThrow('column 31: deg(f) is undefined on this case');
  });

  it('a division by zero at run time names the column', () => {
    expect(() => truth('forall i in range(0, 1): 1 / i >= 0')).toThrow('column 30: division by zero (i is 0 on this case)');
  });

  it('indices out of range, the inverse of a non-bijection and oversized inner domains are run-time errors', () => {
    expect(() => truth('influences(chi(2, 1))[3] = 0')).toThrow('column 23: index 3 is out of range (variables 1..2)');
    expect(() => truth('forall T in maps(1): maxdeg(inv(T)) >= 0')).toThrow(/column 29: inv: /);
    expect(() => truth('exists f in boolean(5): bent(f)')).toThrow(/more than 2\^20 members/);
  });

  it('a run-time error in a checked formula names the claim and the case (exit 2 through the checker)', async () => {
    const p = formulaProperty('forall f in integer(1, -1, 1): sens(f) >= 0', { n: 1 });
    await expect(runProperty(p, { mode: 'exhaustive' })).rejects.toThrow(/the predicate of formula threw on f = vals:0,-1: column 32: sens\(f\) is undefined/);
  });
});

describe('the property a formula becomes', () => {
  it('the leading quantifiers become variables; a literal size fixes n', () => {
    const p = formulaProperty('forall f in boolean(3), g in boolean(3): deg(f) >= 0');
    expect(Object.keys(p.variables)).toEqual(['f', 'g']);
    expect([p.defaultScope.n, p.minN, p.maxN, p.quantifier]).toEqual([3, 3, 3, 'forAll']);
  });

  it('boolean(n) leaves the scope open; exists gives an exists property; a domain of another size stays inside', () => {
    const p = formulaProperty('exists f in boolean(n): exists g in boolean(2): deg(f) = deg(g)', { n: 4 });
    expect(Object.keys(p.variables)).toEqual(['f']);
    expect([p.quantifier, p.defaultScope.n, p.minN]).toEqual(['exists', 4, undefined]);
  });

  it('a formula without a leading domain quantifier is a closed claim', () => {
    expect(Object.keys(formulaProperty('sum S in subsets(3): 1 = 8').variables)).toEqual([]);
  });
});
