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
import type { Kernel } from '../claim/kernel.js';
import type { Property } from '../claim/property.js';
import type { Value } from '../claim/values.js';
import { DISTRIBUTION, arbitraryFor, sampleCase } from '../search/arbitraries/index.js';
import { CaseDigest } from './digest.js';
import type { Pacer } from './pacer.js';
import { type BoundScope, evaluate } from './scope.js';
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

/** A fresh copy, so a predicate that mutates its arguments cannot change the case it was given. */
function copy(v: Value): Value {
  if ('values' in v) return { n: v.n, values: v.values.slice() };
  if ('image' in v) return { n: v.n, m: v.m, image: v.image.slice() };
  return { n: v.n, points: v.points.slice() };
}

export async function runRandom(
  p: Property,
  bound: BoundScope,
  kernel: Kernel,
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
  /** The one predicate evaluation of a random run (it may become asynchronous). */
  const holdsOn = async (vals: readonly Value[]): Promise<boolean> => {
    const values = Object.fromEntries(vars.map((v, i) => [v.name, copy(vals[i]!)]));
    return evaluate(p, values, kernel, () => toCase(vals).encoded, bound.scope.n);
  };
  const wantTrue = p.quantifier === 'exists';
  const digest = new CaseDigest();
  const outcome = (cases: number, satisfied: number, rest: Partial<RandomOutcome>): RandomOutcome =>
    ({ cases, satisfied, found: null, shrinks: 0, digest: null, distribution: DISTRIBUTION, aborted: false, ...rest });
  const chunk = chunkFor(domains);
  let satisfied = 0;
  for (let k = 0; k < runs; k++) {
    if (k > 0 && k % chunk === 0) await pacer.pause(k);
    if (pacer.aborted) return outcome(k, satisfied, { aborted: true });
    const vals = sampleCase(domains, seed, k);
    const holds = await holdsOn(vals);
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
      return outcome(k + 1, satisfied, { found: toCase(found), shrinks });
    }
    digest.add(vars.map((v, i) => v.handler.encode(vals[i]!)), holds);
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
