/**
 * The two implementations of the claim language agree: on random well-typed formulas (fixed seed,
 * printed on failure) the engine's evaluator (src/lang over the checker's kernel) and the
 * verifier's (src/verifier/lang over its kernel and twins) give the same truth value, or both a
 * run-time error; and on printed formulas (random syntax trees through printFormula) the two
 * parsers build the same tree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastKernel } from '../../../src/check/kernel/index.js';
import type { Expr } from '../../../src/lang/ast.js';
import { stripOffsets } from '../../../src/lang/ast.js';
import { LangError, bind, checkFormula, evaluate, parseFormula, printFormula } from '../../../src/lang/index.js';
import { q } from '../../../src/lang/rational.js';
import { FormulaProblem, type Node, checkClaim, extend, parse, value } from '../../../src/verifier/lang/index.js';
import { rat } from '../../../src/verifier/rational.js';
import { syntaxTrees } from '../../lang/syntaxTrees.js';

const SEED = 20261211;

/** A verifier tree in the engine's shape (as stripOffsets writes it). */
function asEngine(e: Node): unknown {
  switch (e.t) {
    case 'num':
      return { k: 'int', value: `${e.v}n` };
    case 'bool':
      return { k: 'bool', value: e.v };
    case 'name':
      return { k: 'var', name: e.id };
    case 'call':
      return { k: 'call', name: e.f, args: e.args.map(asEngine) };
    case 'at':
      return { k: 'index', target: asEngine(e.of), index: asEngine(e.i) };
    case 'neg':
      return { k: 'neg', arg: asEngine(e.a) };
    case 'not':
      return { k: 'not', arg: asEngine(e.a) };
    case 'pow':
      return { k: 'pow', base: asEngine(e.a), exponent: e.e };
    case 'bin':
      return { k: 'binary', op: e.op, left: asEngine(e.a), right: asEngine(e.b) };
    case 'bind':
      return { k: 'binder', binder: e.q, bindings: e.vars.map((v) => ({ name: v.id, range: v.range, args: v.args.map(asEngine) })), body: asEngine(e.body) };
    case 'let':
      return { k: 'let', bindings: e.defs.map((d) => ({ name: d.id, value: asEngine(d.val) })), body: asEngine(e.body) };
    case 'const':
      return { k: 'const' };
  }
}

// ---- well-typed formulas over f, g (Boolean functions on C_2 or C_3) and T (a bijection) ----
const lit = fc.integer({ min: 0, max: 3 }).map(String);
const set = fc.oneof(lit, fc.constant('S'));
const { int, num, bool } = fc.letrec<{ int: string; num: string; bool: string }>((tie) => {
  const int = tie('int');
  const num = tie('num');
  const bool = tie('bool');
  const fun = fc.constantFrom('f', 'g', '(f o T)', 'restrict(f, 1, 0)', 'deriv(g, 1)', 'coordinate(T, 1)');
  return {
    int: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      lit,
      fc.constant('n'),
      fun.chain((h) => fc.constantFrom(`deg(${h})`, `sens(${h})`, `sparsity(${h})`, `nvars(${h})`, `bs(${h})`, `nl(${h})`, `deg2(${h})`, `junta(${h})`, `${h}[1]`)),
      fc.tuple(fun, set).map(([h, s]) => `walsh(${h}, ${s})`),
      fc.tuple(int, int).map(([a, b]) => `(${a} + ${b})`),
      fc.tuple(int, int).map(([a, b]) => `${a} * ${b}`),
      fc.tuple(int, int).map(([a, b]) => `${a} - ${b}`),
      int.map((a) => `-${a}`),
      int.map((a) => `${a}^2`),
      fc.tuple(int, int).map(([a, b]) => `max(${a}, ${b})`),
      int.map((a) => `abs(${a})`),
      fc.tuple(lit, lit).map(([a, b]) => `binom(${a}, ${b})`),
      fc.constant('card(3)'),
      fc.constant('maxdeg(T)'),
      fc.constant('P(inv(T))'),
      int.map((a) => `(sum S in subsets(2): ${a})`),
      int.map((a) => `(max x in points(2): ${a} + f[x])`),
      fc.tuple(bool, int, int).map(([c, a, b]) => `ite(${c}, ${a}, ${b})`),
      int.map((a) => `(let d = deg(f) in d * ${a})`),
    ),
    num: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      int,
      fc.tuple(fc.constantFrom('f', 'g'), set).map(([h, s]) => `fhat(${h}, ${s})`),
      fc.constantFrom('I(f)', 'L1(g)', 'inf(f)[1]', 'stab(g)[1]', 'profile(f)[0]', 'fhats(f)[3]'),
      fc.tuple(num, fc.integer({ min: 1, max: 3 })).map(([a, b]) => `${a} / ${b}`),
      fc.tuple(num, num).map(([a, b]) => `${a} / ${b}`),
      fc.tuple(num, num).map(([a, b]) => `(${a} + ${b})`),
      fc.tuple(num, num).map(([a, b]) => `min(${a}, ${b})`),
    ),
    bool: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom('true', 'false', 'bent(f)', 'balanced(g)', 'isBijection(T)', 'monotone(f)', 'symmetric(g)', 'relevant(f)[2]', 'defined(deg2(f))', 'f = g', 'inv(inv(T)) = T', 'isInteger(fhat(f, 1))'),
      fc.tuple(num, fc.constantFrom('=', '!=', '<', '<=', '>', '>='), num).map(([a, op, b]) => `${a} ${op} ${b}`),
      bool.map((a) => `not (${a})`),
      fc.tuple(bool, fc.constantFrom('and', 'or', 'implies', 'iff'), bool).map(([a, op, b]) => `(${a}) ${op} (${b})`),
      bool.map((a) => `(exists x in points(2): f[x] < 0 and ${a})`),
      bool.map((a) => `(forall i in vars(2): inf(f)[i] <= 1 or ${a})`),
      bool.map((a) => `(let h = g in ${a.replace(/\bg\b/g, 'h')})`),
      fc.tuple(int, int).map(([a, b]) => `divides(${a}, ${b})`),
    ),
  };
});

const quantifier = fc.constantFrom('forall', 'exists');
const smallFormula = fc
  .tuple(quantifier, quantifier, fc.constantFrom('signedperms', 'bijections'), bool)
  .map(([q1, q2, maps, b]) => `forall f in boolean(2): ${q1} g in boolean(2): ${q2} T in ${maps}(2): ${b}`);

type Outcome = { value: unknown } | { error: 'runtime' };

function engineValue(text: string): Outcome | 'ill-typed' {
  const ast = parseFormula(text);
  try {
    checkFormula(text, ast);
  } catch {
    return 'ill-typed';
  }
  try {
    return { value: evaluate(text, ast, fastKernel, bind(null, 'n', q(2n))) };
  } catch (e) {
    if (e instanceof LangError) return { error: 'runtime' };
    throw e;
  }
}

function verifierValue(text: string): Outcome | 'ill-typed' {
  const ast = parse(text);
  try {
    checkClaim(ast);
  } catch {
    return 'ill-typed';
  }
  try {
    return { value: value(ast, extend(null, 'n', rat(2n))) };
  } catch (e) {
    if (e instanceof FormulaProblem) return { error: 'runtime' };
    throw e;
  }
}

describe('the engine and the verifier read formulas alike', () => {
  it('the same truth value on random well-typed formulas (C_2, all f, g, T)', () => {
    let decided = 0;
    fc.assert(
      fc.property(smallFormula, (text) => {
        const a = engineValue(text);
        const b = verifierValue(text);
        expect(b, text).toEqual(a);
        if (a !== 'ill-typed' && 'value' in a) decided++;
      }),
      { seed: SEED, numRuns: 120, verbose: true },
    );
    expect(decided).toBeGreaterThan(30);
  });

  it('the two parsers agree on printed formulas', () => {
    fc.assert(
      fc.property(fc.oneof(smallFormula, int, num), (text) => {
        const printed = printFormula(parseFormula(text));
        expect(asEngine(parse(printed))).toEqual(stripOffsets(parseFormula(printed)));
        expect(asEngine(parse(text))).toEqual(stripOffsets(parseFormula(text)));
      }),
      { seed: SEED + 2, numRuns: 300, verbose: true },
    );
  });

  it('the two parsers agree on printed random syntax trees (any names, any nesting)', () => {
    fc.assert(
      fc.property(anyExpr, (e) => {
        const printed = printFormula(e);
        expect(asEngine(parse(printed))).toEqual(stripOffsets(parseFormula(printed)));
      }),
      { seed: SEED + 3, numRuns: 400, verbose: true },
    );
  });

  it('the two parsers accept and refuse the same texts', () => {
    const texts = ['1 < 2 < 3', 'a iff b iff c', 'x ^ y', '2^65', 'sum(1)', 'max x', 'forall x in : p', '(1', '1 2', 'f[1', 'let x = 1 y', '12ab', '1.5', '#c\n1 = 1', 'not not -(-1) = 1', 'a implies forall x in vars(2): x > 0 and b'];
    for (const t of texts) {
      let engine: unknown = 'error';
      let verifier: unknown = 'error';
      try {
        engine = stripOffsets(parseFormula(t));
      } catch (e) {
        if (!(e instanceof LangError)) throw e;
      }
      try {
        verifier = asEngine(parse(t));
      } catch (e) {
        if (!(e instanceof FormulaProblem)) throw e;
      }
      expect(verifier, t).toEqual(engine);
    }
  });
});

// ---- random syntax trees in the engine's shape (printed, then parsed by both) ----
const anyExpr = syntaxTrees({
  names: ['f', 'g', 'T', 'S', 'x', 'n', 'deg', 'i', '_a'],
  callees: ['deg', 'sens', 'inv', 'max', 'min', 'fhat', 'foo'],
  ranges: ['boolean', 'subsets', 'range'],
  maxArgs: 2,
});
