/**
 * Re-checks sampled evidence (docs/certificates.md "Sampled cases"): regenerates cases 0..runs-1
 * from the seed with the verifier's own sampler, checks each is a member of its domain, evaluates
 * the predicate and compares the count, the satisfied count and the digest of the lines in sample
 * order. A certificate whose cases were not drawn by the documented sampler cannot match.
 */
import { createHash } from 'node:crypto';
import { type Variable, evaluateCases, show } from './cases.js';
import type { Tally } from './certificate.js';
import { decodeValue, encodeValue } from './encoding.js';
import { domainProblem } from './domain.js';
import type { Oracle } from './oracle.js';
import { reject } from './reject.js';
import { KNOWN_DISTRIBUTION, regenerateCase } from './sampler.js';

/** The verifier regenerates at most this many sampled cases. */
export const MAX_SAMPLED = 2 ** 20;

export async function checkSampled(p: Oracle, vars: readonly Variable[], e: Tally & { readonly distribution: string; readonly seed: number }, runs: number): Promise<void> {
  if (e.distribution !== KNOWN_DISTRIBUTION) reject(`evidence.distribution ${JSON.stringify(e.distribution)} is not one the verifier knows (${KNOWN_DISTRIBUTION})`);
  if (runs < 1) reject('method.runs must be at least 1 for sampled evidence (0 sampled cases prove nothing)');
  if (e.cases !== runs) reject(`evidence.cases = ${e.cases} but method.runs is ${runs}`);
  if (runs > MAX_SAMPLED) reject(`${runs} sampled cases are too many to regenerate (limit ${MAX_SAMPLED})`);
  if (e.seed < -(2 ** 31) || e.seed >= 2 ** 31) reject(`evidence.seed ${e.seed} is not a 32-bit integer`);
  for (const v of vars) {
    const bad = domainProblem(v.domain);
    if (bad !== null) reject(`scope.variables: ${bad}`);
  }
  const cases: string[][] = [];
  for (let k = 0; k < runs; k++) {
    const values = regenerateCase(vars.map((v) => v.domain), e.seed, k);
    const encs = values.map((value, i) => encodeValue(value, vars[i]!.domain));
    encs.forEach((enc, i) => {
      const decoded = decodeValue(enc, vars[i]!.domain);
      if (!decoded.ok) reject(`regenerated case ${k}: ${vars[i]!.name} = ${enc} ${decoded.problem}`);
    });
    cases.push(encs);
  }
  const bits = await evaluateCases(p, vars, cases);
  const hash = createHash('sha256');
  let satisfied = 0;
  for (let k = 0; k < runs; k++) {
    const encs = cases[k]!;
    const holds = bits[k] === 1;
    if (!holds) reject(`sampled case ${k} (${show(vars, encs)}) does not satisfy the predicate, so the claim does not hold on the sample`);
    satisfied++;
    hash.update(`${encs.join(' ')}\t1\n`);
  }
  if (e.satisfied !== satisfied) reject(`evidence.satisfied = ${e.satisfied} but the predicate holds on ${satisfied} regenerated cases`);
  const digest = hash.digest('hex');
  if (e.digest !== digest) reject(`evidence.digest does not match the regenerated cases (certificate ${e.digest}, recomputed ${digest})`);
}
