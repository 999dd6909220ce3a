/** The fast kernel's generic measure and operation: straight from the registries. */
import type { Fn } from '../../model/values.js';
import type { AnyMeasure, ClaimValue } from '../../vocabulary/measure.js';
import { MEASURES, type MeasureId, isMeasureId } from '../../vocabulary/measures/index.js';
import { type AnyOperation, checkArgs } from '../../vocabulary/operation.js';
import { OPERATIONS, type OperationId, isOperationId } from '../../vocabulary/operations/index.js';
import { subjectOfFn } from '../../vocabulary/subject.js';
import { assertFn } from './fnOps.js';

export function measure(id: MeasureId, f: Fn): ClaimValue {
  if (!isMeasureId(id)) throw new RangeError(`unknown measure '${String(id)}'`);
  assertFn(f);
  const def: AnyMeasure = MEASURES[id];
  const s = subjectOfFn(f);
  if (def.input === 'boolean' && !s.boolean) return null;
  return def.value(def.compute(s));
}

export function operation(id: OperationId, f: Fn, args: readonly number[]): Fn {
  if (!isOperationId(id)) throw new RangeError(`unknown operation '${String(id)}'`);
  assertFn(f);
  const op: AnyOperation = OPERATIONS[id];
  checkArgs(op, f.n, args);
  if (op.input === 'boolean' && !f.values.every((v) => v === 1 || v === -1)) throw new RangeError(`${id} needs a Boolean function`);
  return op.apply({ n: f.n, values: f.values.slice() }, args);
}
