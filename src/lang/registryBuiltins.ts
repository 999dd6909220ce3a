/**
 * Builtins derived from the vocabulary registry: every registered measure (by id and alias) is a
 * function of one function argument whose result type is the measure's static `type`; every
 * registered operation takes a function and its integer parameters and returns a function.
 * Every registered vectorial measure (src/vocabulary/maps) is a function of one map.
 * Adding a measure or an operation to the registry adds it here with no edit.
 */
import type { AnyMeasure } from '../vocabulary/measure.js';
import { MEASURES, MEASURE_IDS, type MeasureId } from '../vocabulary/measures/index.js';
import type { AnyOperation } from '../vocabulary/operation.js';
import { OPERATIONS, OPERATION_IDS, type OperationId } from '../vocabulary/operations/index.js';
import { MAP_MEASURES, MAP_MEASURE_IDS, type MapMeasureId } from '../vocabulary/maps/index.js';
import type { AnyMapMeasure } from '../vocabulary/measure.js';
import { MAP_MEASURE_ALIASES, MEASURE_ALIASES, OPERATION_ALIASES } from './aliases.js';
import { type Builtin, expectArgs } from './builtin.js';
import { INT, MAP, type Ty, FN, BOOLEAN_FN, fits, fromValueType } from './types.js';
import { type Val, fromClaimValue, smallInt } from './values.js';
import type { CubeMap, Fn, Q } from '../model/values.js';

function measureBuiltin(name: string, id: MeasureId): Builtin {
  const def: AnyMeasure = MEASURES[id];
  const result = fromValueType(def.type);
  const nullable = def.type.nullable || def.input === 'boolean';
  return {
    name,
    signature: `${name}(f: ${def.input === 'boolean' ? 'Boolean function' : 'function'}) -> ${def.type.over ? `list by ${def.type.over} of ` : ''}${def.type.scalar}${nullable ? ' or undefined' : ''}`,
    summary: `${def.title}${name === id ? '' : ` (alias of ${id})`}: ${def.summary}`,
    type: (args) => (args.length === 1 && fits(args[0]!, FN) ? result : expectArgs(name, ['a function'])),
    apply: ([f], k) => fromClaimValue(k.measure(id, f as Fn)),
  };
}

/** A vectorial measure of one map; 'bijection' measures are undefined on other maps. */
function mapMeasureBuiltin(name: string, id: MapMeasureId): Builtin {
  const def: AnyMapMeasure = MAP_MEASURES[id];
  const result = fromValueType(def.type);
  const nullable = def.type.nullable || def.input === 'bijection';
  return {
    name,
    signature: `${name}(T: ${def.input === 'bijection' ? 'bijection' : 'map'}) -> ${def.type.over ? `list by ${def.type.over} of ` : ''}${def.type.scalar}${nullable ? ' or undefined' : ''}`,
    summary: `${def.title}${name === id ? '' : ` (alias of ${id})`}: ${def.summary}`,
    type: (args) => (args.length === 1 && fits(args[0]!, MAP) ? result : expectArgs(name, ['a map'])),
    apply: ([t], k) => fromClaimValue(k.measure(id, t as CubeMap)),
  };
}

/** One name for a function measure and a map measure: the argument's type picks the measure. */
function overloaded(fn: Builtin, map: Builtin): Builtin {
  return {
    name: fn.name,
    signature: `${fn.signature}; ${map.signature}`,
    summary: `${fn.summary} On a map: ${map.summary}`,
    type: (args) => (args.length === 1 && fits(args[0]!, MAP) ? map.type(args) : args.length === 1 && fits(args[0]!, FN) ? fn.type(args) : expectArgs(fn.name, ['a function or a map'])),
    apply: (args, k) => ((args[0] as object) !== null && 'image' in (args[0] as object) ? map.apply(args, k) : fn.apply(args, k)),
  };
}

function operationBuiltin(name: string, id: OperationId): Builtin {
  const op: AnyOperation = OPERATIONS[id];
  const want = ['a function', ...op.params.map((p) => `${p.name}: ${p.kind}`)];
  // derivative of a Boolean function is Boolean; a partial derivative has values in {-1, 0, 1}
  const result: Ty = id === 'partialDerivative' ? FN : BOOLEAN_FN;
  return {
    name,
    signature: `${name}(f, ${op.params.map((p) => `${p.name}: ${p.kind}`).join(', ')}) -> function`,
    summary: `${op.title}${name === id ? '' : ` (alias of ${id})`}: ${op.summary}`,
    type: (args) => {
      if (args.length !== want.length || !fits(args[0]!, op.input === 'boolean' ? BOOLEAN_FN : FN) || !args.slice(1).every((a) => fits(a, INT))) {
        return expectArgs(name, [op.input === 'boolean' ? 'a Boolean function' : 'a function', ...want.slice(1)]);
      }
      return result.t === 'fn' && result.boolean && args[0]!.t === 'fn' && !args[0]!.boolean ? FN : result;
    },
    apply: ([f, ...rest], k) => {
      const nums = rest.map((a) => smallInt(a as Q));
      if (nums.some((x) => x === null)) throw new RangeError(`${name}: an argument is not a small whole number`);
      return k.operation(id, f as Fn, nums as number[]);
    },
  };
}

export function registryBuiltins(): Map<string, Builtin> {
  const out = new Map<string, Builtin>();
  for (const id of MEASURE_IDS) out.set(id, measureBuiltin(id, id));
  for (const id of OPERATION_IDS) out.set(id, operationBuiltin(id, id));
  for (const [alias, id] of Object.entries(MEASURE_ALIASES)) out.set(alias, measureBuiltin(alias, id));
  for (const [alias, id] of Object.entries(OPERATION_ALIASES)) out.set(alias, operationBuiltin(alias, id));
  for (const id of MAP_MEASURE_IDS) out.set(id, mapMeasureBuiltin(id, id));
  for (const [alias, id] of Object.entries(MAP_MEASURE_ALIASES)) {
    const fn = out.get(alias);
    out.set(alias, fn === undefined ? mapMeasureBuiltin(alias, id) : overloaded(fn, mapMeasureBuiltin(alias, id)));
  }
  return out;
}

