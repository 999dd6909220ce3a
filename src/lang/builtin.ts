/**
 * The shape of a built-in function of the language: a static signature (checked by ./check.ts)
 * and an exact evaluation over a Kernel (./evaluate.ts). Arguments are never null when apply runs
 * (the evaluator reports a null argument first), except for builtins that say `acceptsNull`.
 */
import type { Kernel } from '../claim/kernel.js';
import type { Ty } from './types.js';
import type { Val } from './values.js';

export interface Builtin {
  readonly name: string;
  /** Shown in docs and errors, e.g. "deg(f: function) -> integer". */
  readonly signature: string;
  readonly summary: string;
  /** The result type, or a sentence saying what was expected of the arguments. */
  type(args: readonly Ty[]): Ty | string;
  apply(args: readonly Val[], k: Kernel): Val;
  readonly acceptsNull?: boolean;
}

/** What an argument list of fixed types expects, for error messages. */
export function expectArgs(name: string, want: readonly string[]): string {
  return `${name} takes ${want.length} argument${want.length === 1 ? '' : 's'} (${want.join(', ')})`;
}
