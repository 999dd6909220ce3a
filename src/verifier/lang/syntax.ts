/**
 * The verifier's own syntax tree of a formula (docs/claims.md, "Grammar"), written apart from
 * src/lang: plain tagged nodes with the offset of their first token (`pos`) for error messages.
 */
export type Quant = 'forall' | 'exists' | 'sum' | 'max' | 'min';

export interface Bound {
  readonly id: string;
  readonly range: string;
  readonly args: readonly Node[];
  readonly pos: number;
}

export interface Def {
  readonly id: string;
  readonly val: Node;
  readonly pos: number;
}

export type Node =
  | { readonly t: 'num'; readonly v: bigint; readonly pos: number }
  | { readonly t: 'bool'; readonly v: boolean; readonly pos: number }
  | { readonly t: 'name'; readonly id: string; readonly pos: number }
  | { readonly t: 'call'; readonly f: string; readonly args: readonly Node[]; readonly pos: number }
  | { readonly t: 'at'; readonly of: Node; readonly i: Node; readonly pos: number }
  | { readonly t: 'neg'; readonly a: Node; readonly pos: number }
  | { readonly t: 'not'; readonly a: Node; readonly pos: number }
  | { readonly t: 'pow'; readonly a: Node; readonly e: number; readonly pos: number }
  | { readonly t: 'bin'; readonly op: string; readonly a: Node; readonly b: Node; readonly pos: number }
  | { readonly t: 'bind'; readonly q: Quant; readonly vars: readonly Bound[]; readonly body: Node; readonly pos: number }
  | { readonly t: 'let'; readonly defs: readonly Def[]; readonly body: Node; readonly pos: number }
  /** Not from the parser: a value put in place of a census measure of f (./claim.ts). */
  | { readonly t: 'const'; readonly v: unknown; readonly pos: number };

/** A one-line problem with a formula: where (offset) and what. */
export class FormulaProblem extends Error {
  override readonly name = 'FormulaProblem';
  constructor(
    readonly stage: 'parse' | 'type' | 'runtime',
    readonly pos: number,
    readonly what: string,
  ) {
    super(`${stage} error at column ${pos + 1}: ${what}`);
  }
}

export function problem(stage: FormulaProblem['stage'], pos: number, what: string): never {
  throw new FormulaProblem(stage, pos, what);
}
