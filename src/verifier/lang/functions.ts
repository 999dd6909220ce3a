/**
 * The functions a formula may call, as the verifier knows them: every measure with a twin
 * (src/verifier/measures, by id or short name; map measures take a map), every operation twin,
 * and the core functions of docs/claims.md "Other functions", all over the verifier's kernel.
 */
import type { CubeMap, Fn, PointSet } from '../../claim/values.js';
import type { MapMeasureId } from '../../vocabulary/maps/index.js';
import type { MeasureId } from '../../vocabulary/measures/index.js';
import type { OperationId } from '../../vocabulary/operations/index.js';
import { verifierKernel as K } from '../kernel.js';
import { TWINS } from '../measures/index.js';
import { MAP_TWINS } from '../measures/maps.js';
import { OPERATION_TWINS } from '../operations/index.js';
import { type Q, compare, rat } from '../rational.js';
import { MEASURE_SHORT_NAMES, OPERATION_SHORT_NAMES } from './names.js';
import { type Val, claimVal, int, isPts, smallOf } from './values.js';
import { FUNCTION_MEASURE_TYPES, MAP_MEASURE_TYPES, type VTy, accepts, isFnTy, numeric, typeOfCode } from './vtypes.js';

export interface Func {
  /** The result type, or what the arguments should have been. */
  type(args: readonly VTy[]): VTy | string;
  run(args: readonly Val[]): Val;
  /** defined(...) alone sees undefined arguments. */
  readonly nullOk?: boolean;
}

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

export function small(v: Val): number {
  const x = smallOf(v as Q);
  if (x === null) throw new RangeError('an argument is not a small whole number');
  return x;
}

/**
 * Results kept per value object: a formula asks walsh(f, S) for every S and deg(component(T, S))
 * at every level, and each call would otherwise redo the whole transform. Sound because the
 * verifier's values are never written after they are made (decoded fresh for each case), and each
 * memoised function is a pure function of its arguments.
 */
const memo = new WeakMap<object, Map<string, unknown>>();
function remembered<T>(on: object, key: string, make: () => T): T {
  let m = memo.get(on);
  if (m === undefined) memo.set(on, (m = new Map()));
  if (!m.has(key)) m.set(key, make());
  return m.get(key) as T;
}

function sig(params: readonly VTy[], result: VTy, run: Func['run'], what: string): Func {
  return { type: (a) => (a.length === params.length && a.every((t, i) => accepts(params[i]!, t)) ? result : what), run };
}

const bits = (x: number): number => {
  let c = 0;
  for (let v = x; v > 0; v = Math.floor(v / 2)) c += v % 2;
  return c;
};

function walshAt(f: Fn, s: number): bigint {
  if (s < 0 || s >= f.values.length) throw new RangeError(`S = ${s} is not a subset mask of [${f.n}]`);
  return remembered(f, 'walsh', () => K.walsh(f))[s]!;
}

function binomial(a: number, b: number): bigint {
  if (a > 100000) throw new RangeError('binom needs a <= 100000');
  if (b < 0 || b > a) return 0n;
  let r = 1n;
  for (let i = 1; i <= b; i++) r = (r * BigInt(a - b + i)) / BigInt(i);
  return r;
}

const extreme = (sign: number): Func => ({
  type: (a) => (a.length >= 1 && a.every(numeric) ? (a.every((t) => t === 'int') ? 'int' : 'rat') : 'one or more numbers'),
  run: (a) => (a as Q[]).reduce((x, y) => (compare(y, x) * sign > 0 ? y : x)),
});

const CORE: Readonly<Record<string, Func>> = {
  inv: sig(['map'], 'map', ([t]) => K.inverse(t as CubeMap), 'a map'),
  coordinate: sig(['map', 'int'], 'bfn', ([t, j]) => remembered(t as CubeMap, `coordinate ${small(j!)}`, () => K.coordinate(t as CubeMap, small(j!))), 'a map and a variable'),
  component: sig(['map', 'int'], 'bfn', ([t, s]) => {
    const set = small(s!);
    if (set < 0 || set >= 2 ** (t as CubeMap).m) throw new RangeError(`S = ${set} is not a subset mask of [${(t as CubeMap).m}]`);
    return remembered(t as CubeMap, `component ${set}`, () => K.component(t as CubeMap, set));
  }, 'a map and a set'),
  maxdeg: sig(['map'], 'int', ([t]) => {
    let top = 0;
    for (let j = 1; j <= (t as CubeMap).m; j++) top = Math.max(top, K.degree(K.coordinate(t as CubeMap, j)) ?? 0);
    return int(top);
  }, 'a map'),
  parityDegreeSum: sig(['map'], 'int', ([t]) => int(K.parityDegreeSum(t as CubeMap)), 'a bijection'),
  P: sig(['map'], 'int', ([t]) => int(K.parityDegreeSum(t as CubeMap)), 'a bijection'),
  isBijection: sig(['map'], 'bool', ([t]) => K.isBijection(t as CubeMap), 'a map'),
  isAffine: sig(['map'], 'bool', ([t]) => K.isGf2Affine(t as CubeMap), 'a map'),
  isSignedPermutation: sig(['map'], 'bool', ([t]) => K.isSignedPermutation(t as CubeMap), 'a map'),
  isBoolean: sig(['fn'], 'bool', ([f]) => K.isBoolean(f as Fn), 'a function'),
  nvars: sig(['fn'], 'int', ([f]) => int((f as Fn).n), 'a function'),
  chi: sig(['int', 'int'], 'bfn', ([k, s]) => {
    const [size, set] = [small(k!), small(s!)];
    if (size < 0 || size > 20) throw new RangeError(`chi needs 0 <= k <= 20, got ${size}`);
    if (set < 0 || set >= 2 ** size) throw new RangeError(`S = ${set} is not a subset mask of [${size}]`);
    return K.chi(size, set);
  }, 'a size and a set'),
  walsh: sig(['fn', 'int'], 'int', ([f, s]) => int(walshAt(f as Fn, small(s!))), 'a function and a set'),
  fhat: sig(['fn', 'int'], 'rat', ([f, s]) => rat(walshAt(f as Fn, small(s!)), 2n ** BigInt((f as Fn).n)), 'a function and a set'),
  abs: { type: (a) => (a.length === 1 && numeric(a[0]!) ? a[0]! : 'a number'), run: ([x]) => ((x as Q).p < 0n ? rat(-(x as Q).p, (x as Q).q) : x!) },
  max: extreme(1),
  min: extreme(-1),
  card: {
    type: (a) => (a.length === 1 && (a[0] === 'int' || a[0] === 'pts') ? 'int' : 'a set mask or a set of points'),
    run: ([s]) => int(isPts(s!) ? (s as PointSet).points.length : bits(small(s!))),
  },
  binom: sig(['int', 'int'], 'int', ([a, b]) => rat(binomial(small(a!), small(b!))), 'two integers'),
  pow2: sig(['int'], 'int', ([k]) => {
    const e = small(k!);
    if (e < 0 || e > 4096) throw new RangeError(`pow2 needs 0 <= k <= 4096, got ${e}`);
    return rat(2n ** BigInt(e));
  }, 'an integer'),
  divides: sig(['int', 'int'], 'bool', ([a, b]) => ((a as Q).p === 0n ? (b as Q).p === 0n : (b as Q).p % (a as Q).p === 0n), 'two integers'),
  isInteger: sig(['rat'], 'bool', ([x]) => (x as Q).q === 1n, 'a number'),
  ite: {
    type: (a) => {
      if (a.length !== 3 || a[0] !== 'bool') return 'a truth value and two values of one type';
      if (numeric(a[1]!) && numeric(a[2]!)) return a[1] === 'int' && a[2] === 'int' ? 'int' : 'rat';
      return accepts(a[1]!, a[2]!) && accepts(a[2]!, a[1]!) ? a[1]! : 'a truth value and two values of one type';
    },
    run: ([c, a, b]) => (c ? a! : b!),
  },
  defined: { type: (a) => (a.length === 1 ? 'bool' : 'one value'), run: ([x]) => x !== null, nullOk: true },
};

function functionMeasure(id: MeasureId): Func {
  const result = typeOfCode(FUNCTION_MEASURE_TYPES[id]);
  return { type: (a) => (a.length === 1 && isFnTy(a[0]!) ? result : 'a function'), run: ([f]) => remembered(f as Fn, id, () => claimVal(K.measure(id, f as Fn))) };
}

function mapMeasure(id: MapMeasureId): Func {
  const result = typeOfCode(MAP_MEASURE_TYPES[id]);
  return { type: (a) => (a.length === 1 && a[0] === 'map' ? result : 'a map'), run: ([t]) => remembered(t as object, id, () => claimVal(K.measure(id as never, t as never))) };
}

function operationFunc(id: OperationId): Func {
  const twin = OPERATION_TWINS[id];
  const first = twin.input === 'boolean' ? 'bfn' : 'fn';
  return {
    type: (a) => {
      if (a.length !== 1 + twin.params.length || !accepts(first, a[0]!) || !a.slice(1).every((t) => t === 'int')) return `a function and ${twin.params.join(', ')}`;
      return id === 'partialDerivative' || a[0] === 'fn' ? 'fn' : 'bfn';
    },
    run: ([f, ...rest]) => K.operation(id, f as Fn, rest.map(small)),
  };
}

/** The function a name calls, or undefined. */
export function lookupFunction(name: string): Func | undefined {
  if (own(TWINS, name)) return functionMeasure(name as MeasureId);
  if (own(MAP_TWINS, name) && own(MAP_MEASURE_TYPES, name)) return mapMeasure(name as MapMeasureId);
  if (own(OPERATION_TWINS, name)) return operationFunc(name as OperationId);
  if (own(CORE, name)) return CORE[name];
  if (own(MEASURE_SHORT_NAMES, name)) return functionMeasure(MEASURE_SHORT_NAMES[name]!);
  if (own(OPERATION_SHORT_NAMES, name)) return operationFunc(OPERATION_SHORT_NAMES[name]!);
  return undefined;
}
