/** Valid certificates of every evidence kind and domain kind, built with test-side code. */
import type { Property, Value } from '../../../src/claim/index.js';
import affineNotSignedRaw from '../fixtures/affine-not-signed.js';
import affinePdsRaw from '../fixtures/affine-pds.js';
import balancedPairRaw from '../fixtures/balanced-pair.js';
import bentExistsRaw from '../fixtures/bent-exists.js';
import bijectionBalancedRaw from '../fixtures/bijection-balanced.js';
import bijectionsLinearRaw from '../fixtures/bijections-linear.js';
import degreeBelowNRaw from '../fixtures/degree-below-n.js';
import dictatorsRaw from '../fixtures/dictators.js';
import gf2LeDegRaw from '../fixtures/gf2-le-deg.js';
import mapsToLineRaw from '../fixtures/maps-to-line.js';
import movesOriginRaw from '../fixtures/moves-origin.js';
import plancherelRaw from '../fixtures/plancherel.js';
import signedPermDegreeRaw from '../fixtures/signed-perm-degree.js';
import { DISTRIBUTION, sampleCase } from '../../../src/search/arbitraries/index.js';
import { type Json, type Spec, allCases, erased, certificate, encodeCase, holds, sha256, tally, variablesOf } from './certificates.js';

const affineNotSigned = erased(affineNotSignedRaw);
const affinePds = erased(affinePdsRaw);
const balancedPair = erased(balancedPairRaw);
const bentExists = erased(bentExistsRaw);
const bijectionBalanced = erased(bijectionBalancedRaw);
const bijectionsLinear = erased(bijectionsLinearRaw);
const degreeBelowN = erased(degreeBelowNRaw);
const dictators = erased(dictatorsRaw);
const gf2LeDeg = erased(gf2LeDegRaw);
const mapsToLine = erased(mapsToLineRaw);
const movesOrigin = erased(movesOriginRaw);
const plancherel = erased(plancherelRaw);
const signedPermDegree = erased(signedPermDegreeRaw);

export interface Entry {
  readonly name: string;
  readonly spec: Spec;
  readonly cert: Json;
}

const exhaustive = (file: string, property: Property, n: number): Spec => {
  const t = tally(property, n);
  const verdict = property.quantifier === 'forAll' ? 'holds' : 'refuted';
  return { file, property, n, verdict, evidence: { kind: 'exhaustive', ...t } };
};

/** The first case (canonical order) on which the predicate is `want`. */
function firstCase(p: Property, n: number, want: boolean): Value[] {
  const vars = variablesOf(p, n);
  return allCases(vars).find((c) => holds(p, vars, c) === want)!;
}

const witness = (file: string, property: Property, n: number): Spec => ({
  file, property, n, verdict: 'holds',
  evidence: { kind: 'witness', values: encodeCase(property, n, firstCase(property, n, true)) },
});

/** The cases 0..runs-1 the documented sampler draws from the seed (a forAll theorem holds on all), and their digest. */
function sampled(file: string, property: Property, n: number, seed: number, runs: number): Spec {
  const vars = variablesOf(property, n);
  const picks = Array.from({ length: runs }, (_, k) => sampleCase(vars.map((v) => v.domain), seed, k));
  const text = picks.map((c) => `${Object.values(encodeCase(property, n, c)).join(' ')}\t${holds(property, vars, c, n) ? 1 : 0}\n`).join('');
  return {
    file, property, n, verdict: 'holds', method: { mode: 'random', seed, runs },
    evidence: { kind: 'sampled', distribution: DISTRIBUTION, seed, cases: runs, satisfied: runs, digest: sha256(text) },
  };
}

const specs: Record<string, Spec> = {
  'T4 exhaustive n=3': exhaustive('gf2-le-deg', gf2LeDeg, 3),
  'T4 exhaustive n=1 (tt:)': exhaustive('gf2-le-deg', gf2LeDeg, 1),
  'T3 low-degree n=3': exhaustive('dictators', dictators, 3),
  'degree<n counterexample + --all n=2': {
    file: 'degree-below-n', property: degreeBelowN, n: 2, verdict: 'refuted',
    evidence: { kind: 'counterexample', values: { f: 'hex:6' }, exhaustive: tally(degreeBelowN, 2) },
  },
  'degree<n counterexample random n=3': {
    file: 'degree-below-n', property: degreeBelowN, n: 3, verdict: 'refuted', method: { mode: 'random', seed: 7, runs: 10 },
    evidence: { kind: 'counterexample', values: { f: 'hex:96' } },
  },
  'bent witness n=2': witness('bent-exists', bentExists, 2),
  'bent refuted n=3': exhaustive('bent-exists', bentExists, 3),
  'signed-perm degree, two variables n=2': exhaustive('signed-perm-degree', signedPermDegree, 2),
  'affine P(T) n=2': exhaustive('affine-pds', affinePds, 2),
  'T6 maps n=2': exhaustive('bijection-balanced', bijectionBalanced, 2),
  'T8 bijections n=2': exhaustive('bijections-linear', bijectionsLinear, 2),
  'maps C_2 -> C_1': exhaustive('maps-to-line', mapsToLine, 2),
  'plancherel integer n=2': exhaustive('plancherel', plancherel, 2),
  'subset witness n=2': witness('balanced-pair', balancedPair, 2),
  'signed-perm witness n=2': witness('moves-origin', movesOrigin, 2),
  'affine witness n=2': witness('affine-not-signed', affineNotSigned, 2),
  'T4 sampled n=4': sampled('gf2-le-deg', gf2LeDeg, 4, 42, 5),
};

export const catalog: readonly Entry[] = Object.entries(specs).map(([name, spec]) => ({ name, spec, cert: certificate(spec) }));
