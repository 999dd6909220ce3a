/**
 * Builtins of the language that are not registry measures: maps (inverse, coordinates,
 * components, the largest coordinate degree, the parity degree sum), characters and Fourier
 * coefficients, and numbers (abs, max, min, card). docs/claims.md, "Functions", lists them.
 */
import type { CubeMap, Fn, PointSet, Q } from '../model/values.js';
import { type Builtin, expectArgs } from './builtin.js';
import { BOOL, BOOLEAN_FN, FN, INT, MAP, RAT, type Ty, fits, isNumeric } from './types.js';
import { cmp, q } from './rational.js';
import { type Val, isPointSet, smallInt } from './values.js';

const int = (v: Val): number => {
  const x = smallInt(v as Q);
  if (x === null) throw new RangeError(`${(v as Q).p} is not a small whole number`);
  return x;
};

/** A builtin with fixed argument types. */
function fixed(name: string, params: readonly [string, Ty][], result: Ty, summary: string, apply: Builtin['apply']): Builtin {
  return {
    name,
    signature: `${name}(${params.map(([p]) => p).join(', ')})`,
    summary,
    type: (args) => (args.length === params.length && args.every((a, i) => fits(a, params[i]![1])) ? result : expectArgs(name, params.map(([p]) => p))),
    apply,
  };
}

const maxdeg = (t: CubeMap, k: Parameters<Builtin['apply']>[1]): Val => {
  let m = 0;
  for (let j = 1; j <= t.m; j++) m = Math.max(m, k.degree(k.coordinate(t, j)) ?? 0);
  return q(BigInt(m));
};

/** max / min of one or more numbers. */
function extremum(name: 'max' | 'min'): Builtin {
  return {
    name,
    signature: `${name}(a, b, ...)`,
    summary: `The ${name === 'max' ? 'largest' : 'smallest'} of one or more numbers.`,
    type: (args) => (args.length >= 1 && args.every(isNumeric) ? (args.every((a) => a.t === 'int') ? INT : RAT) : `${name}(...) takes one or more numbers`),
    apply: (args) => (args as Q[]).reduce((a, b) => ((name === 'max' ? cmp(b, a) > 0 : cmp(b, a) < 0) ? b : a)),
  };
}

export function coreBuiltins(): Map<string, Builtin> {
  const list: Builtin[] = [
    fixed('inv', [['T: bijection', MAP]], MAP, 'The inverse T^-1 of a bijection (run-time error if T is not one).', ([t], k) => k.inverse(t as CubeMap)),
    fixed('coordinate', [['T: map', MAP], ['j: variable', INT]], BOOLEAN_FN, 'The coordinate T_j = chi_{j} o T, 1 <= j <= m.', ([t, j], k) => k.coordinate(t as CubeMap, int(j!))),
    fixed('component', [['T: map', MAP], ['S: set', INT]], BOOLEAN_FN, 'The component chi_S o T, S a subset mask of [m].', ([t, s], k) => {
      const m = (t as CubeMap).m;
      const set = int(s!);
      if (set < 0 || set >= 2 ** m) throw new RangeError(`component: S = ${set} is not a subset mask of [${m}]`);
      return k.component(t as CubeMap, set);
    }),
    fixed('maxdeg', [['T: map', MAP]], INT, 'max_j deg(T_j), the largest Fourier degree of a coordinate (0 for m = 0).', ([t], k) => maxdeg(t as CubeMap, k)),
    fixed('parityDegreeSum', [['T: bijection', MAP]], INT, 'P(T) = sum over S of deg(chi_S o T), for a bijection T.', ([t], k) => q(BigInt(k.parityDegreeSum(t as CubeMap)))),
    fixed('P', [['T: bijection', MAP]], INT, 'Alias of parityDegreeSum.', ([t], k) => q(BigInt(k.parityDegreeSum(t as CubeMap)))),
    fixed('isBijection', [['T: map', MAP]], BOOL, 'T is a bijection of the cube.', ([t], k) => k.isBijection(t as CubeMap)),
    fixed('isAffine', [['T: map', MAP]], BOOL, 'T is GF(2)-affine.', ([t], k) => k.isGf2Affine(t as CubeMap)),
    fixed('isSignedPermutation', [['T: map', MAP]], BOOL, 'T is a signed permutation of the coordinates.', ([t], k) => k.isSignedPermutation(t as CubeMap)),
    fixed('isBoolean', [['f: function', FN]], BOOL, 'Every value of f is +1 or -1.', ([f], k) => k.isBoolean(f as Fn)),
    fixed('nvars', [['f: function', FN]], INT, 'The number of variables of f.', ([f]) => q(BigInt((f as Fn).n))),
    fixed('chi', [['k: size', INT], ['S: set', INT]], BOOLEAN_FN, 'The character chi_S on C_k.', ([n, s], k) => {
      const size = int(n!);
      const set = int(s!);
      if (size < 0 || size > 20) throw new RangeError(`chi: k = ${size} is out of range 0..20`);
      if (set < 0 || set >= 2 ** size) throw new RangeError(`chi: S = ${set} is not a subset mask of [${size}]`);
      return k.chi(size, set);
    }),
    fixed('walsh', [['f: function', FN], ['S: set', INT]], INT, 'c_S = sum_x f(x) chi_S(x), an integer.', ([f, s], k) => walshAt(f as Fn, int(s!), k)),
    fixed('fhat', [['f: function', FN], ['S: set', INT]], RAT, 'The Fourier coefficient fhat(S) = c_S / 2^n.', ([f, s], k) => {
      const c = walshAt(f as Fn, int(s!), k);
      return q(c.p, 1n << BigInt((f as Fn).n));
    }),
    {
      name: 'abs',
      signature: 'abs(x)',
      summary: 'The absolute value of a number.',
      type: (args) => (args.length === 1 && isNumeric(args[0]!) ? args[0]! : expectArgs('abs', ['a number'])),
      apply: ([x]) => ((x as Q).p < 0n ? q(-(x as Q).p, (x as Q).q) : x!),
    },
    extremum('max'),
    extremum('min'),
    {
      name: 'card',
      signature: 'card(S)',
      summary: 'The number of elements: of a subset mask S (its popcount) or of a set of points.',
      type: (args) => (args.length === 1 && (args[0]!.t === 'int' || args[0]!.t === 'pointset') ? INT : expectArgs('card', ['a subset mask or a set of points'])),
      apply: ([s]) => (isPointSet(s!) ? q(BigInt(s.points.length)) : q(BigInt(popcount(int(s!))))),
    },
    fixed('binom', [['a', INT], ['b', INT]], INT, 'The binomial coefficient C(a, b) (0 unless 0 <= b <= a).', ([a, b]) => q(binom(int(a!), int(b!)))),
    fixed('pow2', [['k', INT]], INT, '2^k for 0 <= k <= 4096 (k need not be a literal, unlike ^).', ([k]) => {
      const e = int(k!);
      if (e < 0 || e > 4096) throw new RangeError(`pow2: k = ${e} is out of range 0..4096`);
      return q(1n << BigInt(e));
    }),
    fixed('divides', [['a', INT], ['b', INT]], BOOL, 'a divides b (a = 0 divides only 0).', ([a, b]) => ((a as Q).p === 0n ? (b as Q).p === 0n : (b as Q).p % (a as Q).p === 0n)),
    fixed('isInteger', [['x', RAT]], BOOL, 'x is a whole number.', ([x]) => (x as Q).q === 1n),
    {
      name: 'ite',
      signature: 'ite(c, a, b)',
      summary: 'a if c holds, else b (both evaluated; a and b of the same type).',
      type: (args) => {
        if (args.length !== 3 || args[0]!.t !== 'bool') return expectArgs('ite', ['a truth value', 'a value', 'a value of the same type']);
        const [, a, b] = args as [Ty, Ty, Ty];
        if (isNumeric(a) && isNumeric(b)) return a.t === 'int' && b.t === 'int' ? INT : RAT;
        return fits(a, b) && fits(b, a) ? a : expectArgs('ite', ['a truth value', 'a value', 'a value of the same type']);
      },
      apply: ([c, a, b]) => (c ? a! : b!),
    },
    {
      name: 'defined',
      signature: 'defined(x)',
      summary: 'x has a value (a partial measure, e.g. the degree of the zero function, has none).',
      type: (args) => (args.length === 1 ? BOOL : expectArgs('defined', ['any value'])),
      apply: ([x]) => x !== null,
      acceptsNull: true,
    },
  ];
  return new Map(list.map((b) => [b.name, b]));
}

function binom(a: number, b: number): bigint {
  if (a > 100000) throw new RangeError(`binom: a = ${a} is larger than 100000`);
  if (b < 0 || b > a) return 0n;
  let r = 1n;
  for (let i = 0; i < b; i++) r = (r * BigInt(a - i)) / BigInt(i + 1);
  return r;
}

function popcount(x: number): number {
  let c = 0;
  for (let v = x; v > 0; v = Math.floor(v / 2)) c += v % 2;
  return c;
}

/**
 * The Walsh sums of f, once per function value and kernel: `sum S in subsets(n): walsh(f, S)^2`
 * would otherwise transform f 2^n times. Values of the language are never mutated, so the same
 * object has the same sums (a memo, not state: the result is what k.walsh(f) returns).
 */
const walshMemo = new WeakMap<Fn, { readonly k: Parameters<Builtin['apply']>[1]; readonly sums: readonly bigint[] }>();

function walshAt(f: Fn, s: number, k: Parameters<Builtin['apply']>[1]): Q {
  if (s < 0 || s >= f.values.length) throw new RangeError(`S = ${s} is not a subset mask of [${f.n}]`);
  let memo = walshMemo.get(f);
  if (memo === undefined || memo.k !== k) {
    memo = { k, sums: k.walsh(f) };
    walshMemo.set(f, memo);
  }
  return q(memo.sums[s]!);
}

