/**
 * The JSON object `analyze --json` prints: n, boolean, values, spectrum (the listings), then one
 * field per registered measure (src/vocabulary/measures; field name = measure id, shape in
 * docs/math.md "## Measures"): null where a Boolean-only measure meets a non-Boolean function,
 * absent where the measure was skipped (n above its maxN).
 */
import { setElements } from '../core/cube.js';
import { toRationals } from '../core/cubeFunction.js';
import type { FunctionAnalysis } from '../analysis/functionAnalysis.js';
import { outcomeJson } from '../vocabulary/evaluate.js';
import type { MeasureId, MeasureJson } from '../vocabulary/measures/index.js';

export type FunctionJson = {
  readonly n: number;
  readonly boolean: boolean;
  readonly values: readonly string[];
  readonly spectrum: readonly { readonly set: readonly number[]; readonly coefficient: string }[];
} & { readonly [K in Exclude<MeasureId, 'spectrum'>]?: MeasureJson<K> | null };

export function functionJson(a: FunctionAnalysis): FunctionJson {
  const out: Record<string, unknown> = {
    n: a.n,
    boolean: a.boolean,
    values: toRationals(a.function).map(String),
    spectrum: a.coefficients.map((c) => ({ set: setElements(c.set), coefficient: c.coefficient.toString() })),
  };
  for (const o of a.measures) {
    if (o.def.listing) continue;
    const j = outcomeJson(o);
    if (j !== undefined) out[o.id] = j;
  }
  return out as FunctionJson;
}
