/**
 * The contract of a verifier twin of an operation (src/vocabulary/operation.ts): a plain,
 * independent re-implementation returning the same function. Runtime imports only from
 * src/verifier. The verifier kernel validates the arguments itself (see checkArgsPlain).
 */
import type { Fn } from '../../model/values.js';
import type { MeasureInput } from '../../vocabulary/measure.js';
import type { ParamKind } from '../../vocabulary/operation.js';

export interface OperationTwin<I extends MeasureInput> {
  readonly input: I;
  readonly params: readonly ParamKind[];
  apply(f: Fn, args: readonly number[]): Fn;
}

export function defineOperationTwin<I extends MeasureInput>(twin: OperationTwin<I>): OperationTwin<I> {
  return twin;
}

export function checkArgsPlain(id: string, params: readonly ParamKind[], n: number, args: readonly number[]): void {
  if (args.length !== params.length) throw new RangeError(`${id} takes ${params.length} argument(s), got ${args.length}`);
  params.forEach((kind, k) => {
    const a = args[k]!;
    const [min, max] = kind === 'variable' ? [1, n] : kind === 'bit' ? [0, 1] : [0, 2 ** n - 1];
    if (!Number.isInteger(a) || a < min || a > max) throw new RangeError(`${id}: argument ${k + 1} must be a ${kind} in [${min}, ${max}], got ${a}`);
  });
}
