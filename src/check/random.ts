/**
 * Random checking with fast-check. The runs are split into chunks of CHUNK runs; chunk c uses the
 * seed (seed + c * 0x9e3779b9) | 0, so a seed fixes every generated case and the shrunk
 * counterexample, and the runner can pause between chunks (progress, abort). For forAll a failing
 * case is a counterexample; for exists the property is negated, so a "failure" is a witness.
 * Both are shrunk by fast-check toward small values (see src/search/arbitraries).
 */
import fc from 'fast-check';
import type { Property } from '../claim/property.js';
import type { Value } from '../claim/values.js';
import { arbitraryFor } from '../search/arbitraries/index.js';
import type { Pacer } from './pacer.js';
import type { CaseEvaluator } from './sandbox/index.js';
import type { BoundScope } from './scope.js';
import type { Case } from './types.js';

/** Runs per fast-check call. */
export const CHUNK = 100;
const GOLDEN = 0x9e3779b9;

export function chunkSeed(seed: number, chunk: number): number {
  return (seed + chunk * GOLDEN) | 0;
}

export interface RandomOutcome {
  readonly cases: number;
  readonly satisfied: number;
  /** forAll: the shrunk counterexample. exists: the shrunk witness. */
  readonly found: Case | null;
  readonly shrinks: number;
  readonly sampled: Readonly<Record<string, string>>[];
  readonly aborted: boolean;
}

export async function runRandom(
  p: Property,
  bound: BoundScope,
  evaluator: CaseEvaluator,
  runs: number,
  seed: number,
  pacer: Pacer,
): Promise<RandomOutcome> {
  const vars = bound.variables;
  const arbitrary = fc.tuple(...vars.map((v) => arbitraryFor(v.handler.domain)));
  const toCase = (vals: readonly Value[]): Case => ({
    values: Object.fromEntries(vars.map((v, i) => [v.name, vals[i]!])),
    encoded: Object.fromEntries(vars.map((v, i) => [v.name, v.handler.encode(vals[i]!)])),
  });
  const wantTrue = p.quantifier === 'exists';
  const sampled: Record<string, string>[] = [];
  let satisfied = 0;
  if (pacer.aborted) return { cases: 0, satisfied, found: null, shrinks: 0, sampled, aborted: true };
  for (let chunk = 0; sampled.length < runs; chunk++) {
    let shrinking = false;
    let error: unknown = null;
    const property = fc.asyncProperty(arbitrary, async (vals) => {
      if (error !== null) return true;
      const c = toCase(vals);
      let holds: boolean;
      try {
        holds = (await evaluator.cases(vars.map((v) => c.encoded[v.name]!), 1, null))[0] === 1;
      } catch (e) {
        error = e;
        return true;
      }
      if (!shrinking) {
        sampled.push(c.encoded as Record<string, string>);
        if (holds) satisfied++;
        if (holds === wantTrue) shrinking = true;
      }
      return holds !== wantTrue;
    });
    const details = await fc.check(property, { seed: chunkSeed(seed, chunk), numRuns: Math.min(CHUNK, runs - sampled.length) });
    if (error !== null) throw error;
    if (details.failed && details.counterexample) {
      const found = toCase(details.counterexample[0] as readonly Value[]);
      return { cases: sampled.length, satisfied, found, shrinks: details.numShrinks, sampled, aborted: false };
    }
    if (sampled.length < runs) {
      await pacer.pause(sampled.length);
      if (pacer.aborted) return { cases: sampled.length, satisfied, found: null, shrinks: 0, sampled, aborted: true };
    }
  }
  return { cases: sampled.length, satisfied, found: null, shrinks: 0, sampled, aborted: false };
}
