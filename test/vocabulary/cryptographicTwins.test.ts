/** The fast cryptographic measures against the verifier's plain twins. */
import { describe, expect, it } from 'vitest';
import { plainAbsoluteIndicator } from '../../src/verifier/measures/absoluteIndicator.js';
import { plainAlgebraicImmunity } from '../../src/verifier/measures/algebraicImmunity.js';
import { plainAutocorrelation } from '../../src/verifier/measures/autocorrelation.js';
import { plainCorrelationImmunity, plainResiliency } from '../../src/verifier/measures/correlationImmunity.js';
import { plainLinearity } from '../../src/verifier/measures/linearity.js';
import { plainLinearStructures } from '../../src/verifier/measures/linearStructures.js';
import { plainNonlinearity } from '../../src/verifier/measures/nonlinearity.js';
import { plainPlateaued } from '../../src/verifier/measures/plateaued.js';
import { plainSpectralNorm } from '../../src/verifier/measures/spectralNorm.js';
import { plainSumOfSquaresIndicator } from '../../src/verifier/measures/sumOfSquaresIndicator.js';
import { plainWalshSpectrum } from '../../src/verifier/measures/walshSpectrum.js';
import { absoluteIndicatorJson, computeAbsoluteIndicator } from '../../src/vocabulary/measures/absoluteIndicator.js';
import { algebraicImmunityJson, computeAlgebraicImmunity } from '../../src/vocabulary/measures/algebraicImmunity.js';
import { autocorrelationJson, computeAutocorrelation } from '../../src/vocabulary/measures/autocorrelation.js';
import { computeCorrelationImmunity, correlationImmunityJson } from '../../src/vocabulary/measures/correlationImmunity.js';
import { computeLinearity, linearityJson } from '../../src/vocabulary/measures/linearity.js';
import { computeLinearStructures, linearStructuresJson } from '../../src/vocabulary/measures/linearStructures.js';
import { computeNonlinearity, nonlinearityJson } from '../../src/vocabulary/measures/nonlinearity.js';
import { computePlateaued, plateauedJson } from '../../src/vocabulary/measures/plateaued.js';
import { computeResiliency, resiliencyJson } from '../../src/vocabulary/measures/resiliency.js';
import { computeSpectralNorm, spectralNormJson } from '../../src/vocabulary/measures/spectralNorm.js';
import { computeSumOfSquaresIndicator, sumOfSquaresIndicatorJson } from '../../src/vocabulary/measures/sumOfSquaresIndicator.js';
import { computeWalshSpectrum, walshSpectrumJson } from '../../src/vocabulary/measures/walshSpectrum.js';
import { constant, innerProduct, majority, parity, randomTable, tableOf } from './helpers.js';

const cases = [
  ...Array.from({ length: 20 }, (_, k) => randomTable(k % 8, 501 + k)),
  constant(3, -1),
  parity(4),
  majority(5),
  innerProduct(6),
  tableOf(4, (_x, b) => (b(0) ^ b(1) ^ (b(2) & b(3))) === 1),
  randomTable(8, 8),
];

describe('cryptographic measures agree with the verifier twins', () => {
  it.each(cases.map((f, k) => [k, f] as const))('case %i', (_k, f) => {
    const v = Array.from(f.values);
    expect(walshSpectrumJson(computeWalshSpectrum(f))).toEqual(plainWalshSpectrum(f.n, v));
    expect(linearityJson(computeLinearity(f))).toEqual(plainLinearity(f.n, v));
    expect(nonlinearityJson(computeNonlinearity(f))).toEqual(plainNonlinearity(f.n, v));
    expect(spectralNormJson(computeSpectralNorm(f))).toEqual(plainSpectralNorm(f.n, v));
    expect(autocorrelationJson(computeAutocorrelation(f))).toEqual(plainAutocorrelation(f.n, v));
    expect(absoluteIndicatorJson(computeAbsoluteIndicator(f))).toEqual(plainAbsoluteIndicator(f.n, v));
    expect(sumOfSquaresIndicatorJson(computeSumOfSquaresIndicator(f))).toEqual(plainSumOfSquaresIndicator(f.n, v));
    expect(correlationImmunityJson(computeCorrelationImmunity(f))).toEqual(plainCorrelationImmunity(f.n, v));
    expect(resiliencyJson(computeResiliency(f))).toEqual(plainResiliency(f.n, v));
    expect(plateauedJson(computePlateaued(f))).toEqual(plainPlateaued(f.n, v));
    expect(linearStructuresJson(computeLinearStructures(f))).toEqual(plainLinearStructures(f.n, v));
    if (f.n <= 7) expect(algebraicImmunityJson(computeAlgebraicImmunity(f))).toEqual(plainAlgebraicImmunity(f.n, v));
  });
});
