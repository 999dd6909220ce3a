/**
 * Random checking. Case k (k = 0, 1, ..., runs - 1) is drawn by the documented sampler from the
 * stream of (seed, k) (src/search/arbitraries/sampler.ts, distribution DISTRIBUTION,
 * docs/certificates.md "Sampled cases"), so a seed fixes every case and any reimplementation of
 * the sampler (the verifier has its own) regenerates them. Memory stays bounded in the number of
 * runs: each case is dropped once it has entered the digest (the lines of docs/certificates.md in
 * sample order). For forAll the first failing case is a counterexample; for exists the first
 * satisfying case is a witness; fast-check then shrinks it (fixed seed) toward small values. The
 * predicate is evaluated through holdsOn, one call.
 */
import fc from 'fast-check';
import type { Property } from '../claim/property.js';
import type { Value } from '../claim/values.js';
import { DISTRIBUTION, arbitraryFor, sampleCase } from '../search/arbitraries/index.js';
import { CaseDigest } from './digest.js';
import type { Pacer } from './pacer.js';
import type { CaseEvaluator } from './sandbox/index.js';
import type { BoundScope } from './scope.js';
import type { Case } from './types.js';

/** Cases between progress reports and abort checks: CHUNK, fewer for big values (see chunkFor). */
export const CHUNK = 100;

/** Cases per pause: CHUNK, or about 2^22 table entries' worth when a case is bigger (deterministic). */
export function chunkFor(domains: readonly { readonly n: number }[]): number {
  const entries = domains.reduce((a, d) => a + 2 ** d.n, 1);
  return Math.max(1, Math.min(CHUNK, Math.floor(2 ** 22 / entries)));
}

export interface RandomOutcome {
  readonly cases: number;
  readonly satisfied: number;
  /** forAll: the shrunk counterexample. exists: the shrunk witness. */
  readonly found: Case | null;
  readonly shrinks: number;
  /** The digest of the sampled cases when all runs completed without finding one, else null. */
  readonly digest: string | null;
  readonly distribution: string;
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
  const domains = vars.map((v) => v.handler.domain);
  const toCase = (vals: readonly Value[]): Case => ({
    values: Object.fromEntries(vars.map((v, i) => [v.name, vals[i]!])),
    encoded: Object.fromEntries(vars.map((v, i) => [v.name, v.handler.encode(vals[i]!)])),
  });
  const encodings = (vals: readonly Value[]): string[] => vars.map((v, i) => v.handler.encode(vals[i]!));
  /** The predicate on one case (shrinking), through the evaluator: user code never sees our values. */
  const holdsOn = async (vals: readonly Value[]): Promise<boolean> => (await evaluator.cases(encodings(vals), 1, null))[0] === 1;
  const wantTrue = p.quantifier === 'exists';
  const digest = new CaseDigest();
  const outcome = (cases: number, satisfied: number, rest: Partial<RandomOutcome>): RandomOutcome =>
    ({ cases, satisfied, found: null, shrinks: 0, digest: null, distribution: DISTRIBUTION, aborted: false, ...rest });
  const chunk = chunkFor(domains);
  let satisfied = 0;
  for (let k0 = 0; k0 < runs; k0 += chunk) {
    if (k0 > 0) await pacer.pause(k0);
    if (pacer.aborted) return outcome(k0, satisfied, { aborted: true });
    // One request per chunk: the cases of the chunk, stopping at the first that decides the run.
    const count = Math.min(chunk, runs - k0);
    const batch: (readonly Value[])[] = [];
    const flat: string[] = [];
    for (let j = 0; j < count; j++) {
      const vals = sampleCase(domains, seed, k0 + j);
      batch.push(vals);
      flat.push(...encodings(vals));
    }
    const answers = await evaluator.cases(flat, count, wantTrue);
    for (let j = 0; j < answers.length; j++) {
      const vals = batch[j]!;
      const holds = answers[j] === 1;
      if (holds) satisfied++;
      if (holds === wantTrue) {
        let error: unknown = null;
        const passes = async (candidate: readonly Value[]): Promise<boolean> => {
          if (error !== null) return true;
          try {
            return (await holdsOn(candidate)) !== wantTrue;
          } catch (e) {
            error = e;
            return true;
          }
        };
        const { found, shrinks } = await shrink(vals, passes, domains, seed);
        if (error !== null) throw error;
        return outcome(k0 + j + 1, satisfied, { found: toCase(found), shrinks });
      }
      digest.add(flat.slice(j * vars.length, (j + 1) * vars.length), holds);
    }
  }
  return outcome(runs, satisfied, { digest: digest.finish() });
}

/** fast-check shrinks the failing case (given as its one example) with the domains' shrinkers. */
async function shrink(
  start: readonly Value[],
  passes: (vals: readonly Value[]) => Promise<boolean>,
  domains: Parameters<typeof arbitraryFor>[0][],
  seed: number,
): Promise<{ found: readonly Value[]; shrinks: number }> {
  const arbitrary = fc.tuple(...domains.map((d) => arbitraryFor(d)));
  const details = await fc.check(fc.asyncProperty(arbitrary, passes), { seed, numRuns: 1, examples: [[start as Value[]]] });
  return details.failed && details.counterexample ? { found: details.counterexample[0] as Value[], shrinks: details.numShrinks } : { found: start, shrinks: 0 };
}
