/** The JSON object `analyze --json` prints: exactly the fields the README documents. */
import { setElements } from '../core/cube.js';
import { toRationals } from '../core/cubeFunction.js';
import type { FunctionAnalysis } from '../analysis/functionAnalysis.js';

export interface FunctionJson {
  readonly n: number;
  readonly boolean: boolean;
  readonly values: readonly string[];
  readonly spectrum: readonly { readonly set: readonly number[]; readonly coefficient: string }[];
  readonly degree: number | null;
  readonly gf2Degree: number | null;
  readonly degreeProfile: readonly string[];
  readonly totalInfluence: string;
  readonly influences: readonly string[];
  readonly relevantVariables: readonly number[];
  readonly balanced: boolean;
  readonly bent: boolean;
  readonly anf: readonly (readonly number[])[] | null;
  readonly noiseStability: readonly string[];
}

export function functionJson(a: FunctionAnalysis): FunctionJson {
  return {
    n: a.n,
    boolean: a.boolean,
    values: toRationals(a.function).map(String),
    spectrum: a.coefficients.map((c) => ({ set: setElements(c.set), coefficient: c.coefficient.toString() })),
    degree: a.degree,
    gf2Degree: a.gf2Degree,
    degreeProfile: a.degreeProfile.map(String),
    totalInfluence: a.totalInfluence.toString(),
    influences: a.influences.map(String),
    relevantVariables: a.relevantVariables,
    balanced: a.balanced,
    bent: a.bent,
    anf: a.anf ? a.anf.map(setElements) : null,
    noiseStability: a.noiseStability.map(String),
  };
}
