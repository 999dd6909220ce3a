/**
 * Everything `analyze` reports about one function, computed once from its spectrum. Pure data:
 * formatting lives in src/report/.
 */
import { anf } from '../core/anf.js';
import { type CubeFunction, isBoolean } from '../core/cubeFunction.js';
import { spectrumDegree } from '../core/degree.js';
import {
  type CoefficientEntry,
  anfMonomials,
  balanced,
  bent,
  degreeProfile,
  fourierSparsity,
  influences,
  noiseStability,
  nonZeroCoefficients,
  relevantVariables,
  totalInfluence,
} from '../core/measures/index.js';
import type { Rational } from '../core/rational.js';
import { type Spectrum, spectrum } from '../core/spectrum.js';

export interface FunctionAnalysis {
  readonly function: CubeFunction;
  readonly n: number;
  readonly boolean: boolean;
  readonly spectrum: Spectrum;
  /** Non-zero coefficients, by set size then lexicographically. */
  readonly coefficients: readonly CoefficientEntry[];
  readonly degree: number | null;
  /** null when f is not Boolean, or f = +1 (F = 0). */
  readonly gf2Degree: number | null;
  readonly degreeProfile: readonly Rational[];
  readonly totalInfluence: Rational;
  readonly influences: readonly Rational[];
  readonly relevantVariables: readonly number[];
  readonly balanced: boolean;
  readonly bent: boolean;
  readonly sparsity: number;
  /** ANF monomials (subset masks) of a Boolean function; null otherwise. */
  readonly anf: readonly number[] | null;
  /** Coefficients of sum_k W^k rho^k, index k. */
  readonly noiseStability: readonly Rational[];
}

export function analyzeFunction(f: CubeFunction): FunctionAnalysis {
  const s = spectrum(f);
  const isBool = isBoolean(f);
  const monomials = isBool ? anfMonomials(anf(f)) : null;
  let gf2: number | null = null;
  if (monomials) for (const T of monomials) gf2 = Math.max(gf2 ?? 0, popcountOf(T));
  return {
    function: f,
    n: f.n,
    boolean: isBool,
    spectrum: s,
    coefficients: nonZeroCoefficients(s),
    degree: spectrumDegree(s),
    gf2Degree: gf2,
    degreeProfile: degreeProfile(s),
    totalInfluence: totalInfluence(s),
    influences: influences(s),
    relevantVariables: relevantVariables(s),
    balanced: balanced(s),
    bent: bent(s),
    sparsity: fourierSparsity(s),
    anf: monomials,
    noiseStability: noiseStability(s),
  };
}

function popcountOf(mask: number): number {
  let c = 0;
  for (let m = mask; m; m &= m - 1) c++;
  return c;
}
