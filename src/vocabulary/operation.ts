/**
 * The contract of an operation: a named map from a function (and small integer arguments) to a
 * function, e.g. the restriction f|x_i=b or the derivative D_a f. Same registry scheme as
 * measures: src/vocabulary/operations/<id>.ts, one line in ./operations/index.ts, a twin in
 * src/verifier/operations/<id>.ts, tests. The claim kernel runs one as
 * `k.operation(id, f, args)`. Change only additively.
 */
import type { Fn } from '../model/values.js';
import type { MeasureInput } from './measure.js';

/**
 * The kinds of argument: 'variable' a 1-based variable index i in [1, n]; 'bit' 0 or 1; 'point' a
 * point index of C_n; 'set' a subset mask of [n]. Arguments are plain numbers, checked by the
 * kernel against these kinds before apply runs.
 */
export type ParamKind = 'variable' | 'bit' | 'point' | 'set';

export interface OperationSpec<Id extends string, I extends MeasureInput> {
  readonly id: Id;
  /** e.g. "restriction f|x_i=b". */
  readonly title: string;
  readonly input: I;
  readonly params: readonly { readonly name: string; readonly kind: ParamKind }[];
  readonly summary: string;
  /** The result's number of variables (n, or n - 1 for a restriction that drops x_i). */
  resultN(n: number): number;
  /** Exact; f is not mutated; args are validated (count, kind, range) before the call. */
  apply(f: Fn, args: readonly number[]): Fn;
}

export type AnyOperation = OperationSpec<string, MeasureInput>;

export function defineOperation<const Id extends string, I extends MeasureInput>(spec: OperationSpec<Id, I>): OperationSpec<Id, I> {
  return spec;
}

/** Throws a RangeError naming the problem when args do not fit the operation's params on C_n. */
export function checkArgs(op: AnyOperation, n: number, args: readonly number[]): void {
  if (args.length !== op.params.length) throw new RangeError(`${op.id} takes ${op.params.length} argument(s), got ${args.length}`);
  op.params.forEach((p, k) => {
    const a = args[k]!;
    const max = p.kind === 'variable' ? n : p.kind === 'bit' ? 1 : 2 ** n - 1;
    const min = p.kind === 'variable' ? 1 : 0;
    if (!Number.isInteger(a) || a < min || a > max) throw new RangeError(`${op.id}: ${p.name} must be a ${p.kind} in [${min}, ${max}], got ${a}`);
  });
}
