/** The verifier kernel's generic measure and operation, from its own twin registries. */
import type { Fn } from '../../model/values.js';
import type { ClaimValue, Json } from '../../vocabulary/measure.js';
import type { MeasureId } from '../../vocabulary/measures/index.js';
import type { OperationId } from '../../vocabulary/operations/index.js';
import { OPERATION_TWINS } from '../operations/index.js';
import { type OperationTwin, checkArgsPlain } from '../operations/twin.js';
import { TWINS } from './index.js';
import { isBooleanFn } from './sums.js';
import type { Twin } from './twin.js';

function checkFn(f: Fn): void {
  if (!Number.isInteger(f.n) || f.n < 0 || f.n > 20 || f.values.length !== 2 ** f.n) throw new RangeError('a function on C_n needs 2^n values (n <= 20)');
}

export function measure(id: MeasureId, f: Fn): ClaimValue {
  if (!Object.prototype.hasOwnProperty.call(TWINS, id)) throw new RangeError(`unknown measure '${String(id)}'`);
  checkFn(f);
  const twin = TWINS[id] as Twin<'function' | 'boolean', Json>;
  if (twin.input === 'boolean' && !isBooleanFn(f)) return null;
  return twin.value(twin.compute(f), f);
}

export function operation(id: OperationId, f: Fn, args: readonly number[]): Fn {
  if (!Object.prototype.hasOwnProperty.call(OPERATION_TWINS, id)) throw new RangeError(`unknown operation '${String(id)}'`);
  checkFn(f);
  const twin = (OPERATION_TWINS as Record<string, OperationTwin<'function' | 'boolean'>>)[id]!;
  checkArgsPlain(String(id), twin.params, f.n, args);
  if (twin.input === 'boolean' && !isBooleanFn(f)) throw new RangeError(`${String(id)} needs a Boolean function`);
  return twin.apply({ n: f.n, values: f.values.slice() }, args);
}
