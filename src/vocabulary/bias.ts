/**
 * The contract of a low-degree bias (docs/math.md section 5): the complexity recovery minimises
 * over realizations. One file per bias in ./biases/, one line in ./biases/index.ts. Scoring lives
 * with the recovery engine (src/recovery/scorer.ts), which branches on the id exhaustively.
 */
export interface BiasSpec<Id extends string> {
  readonly id: Id;
  /** e.g. "sum_t deg(g_t)". */
  readonly formula: string;
  readonly summary: string;
  /** Needs Boolean (+-1 valued) tasks. */
  readonly booleanTasks: boolean;
  /** The value is a number (false: a degree profile, compared from the top level down). */
  readonly numeric: boolean;
}

export function defineBias<const Id extends string>(spec: BiasSpec<Id>): BiasSpec<Id> {
  return spec;
}
