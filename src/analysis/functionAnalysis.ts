/**
 * Everything `analyze` reports about one function: every registered measure
 * (src/vocabulary/measures), computed on one shared spectrum and ANF, plus the listings (values,
 * non-zero coefficients). Pure data: formatting lives in src/report/.
 */
import type { CubeFunction } from '../core/cubeFunction.js';
import { type CoefficientEntry, nonZeroCoefficients } from '../core/measures/index.js';
import type { Rational } from '../core/rational.js';
import type { Spectrum } from '../core/spectrum.js';
import { type EvaluateOptions, type MeasureOutcome, computedValue, evaluateAll } from '../vocabulary/evaluate.js';
import { subjectOf } from '../vocabulary/subject.js';

export interface FunctionAnalysis {
  readonly function: CubeFunction;
  readonly n: number;
  readonly boolean: boolean;
  readonly spectrum: Spectrum;
  /**
   * Non-zero coefficients, by set size then lexicographically: built on first read (2^n objects
   * for a dense function; analyze's text and JSON walk coefficientsInListingOrder instead).
   */
  readonly coefficients: readonly CoefficientEntry[];
  /** Every registered measure, in registry order: analyze's text and JSON walk this. */
  readonly measures: readonly MeasureOutcome[];
  // The measures below are kept as typed fields for library users and the UI.
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

export function analyzeFunction(f: CubeFunction, options: EvaluateOptions = {}): FunctionAnalysis {
  const subject = subjectOf(f);
  const s = subject.spectrum();
  const measures = evaluateAll(subject, options);
  // Eager at small n: an accessor in the literal made every batch line ~20% slower (measured).
  const eager = f.n <= EAGER_LISTING_MAX_N;
  const get = <K extends Parameters<typeof computedValue>[1]>(id: K) => computedValue(measures, id);
  const out: FunctionAnalysis = {
    function: f,
    n: f.n,
    boolean: subject.boolean,
    spectrum: s,
    coefficients: eager ? nonZeroCoefficients(s) : [],
    measures,
    degree: get('degree'),
    gf2Degree: get('gf2Degree'),
    degreeProfile: get('degreeProfile')!,
    totalInfluence: get('totalInfluence')!,
    influences: get('influences')!,
    relevantVariables: get('relevantVariables')!.vars,
    balanced: get('balanced')!,
    bent: get('bent')!,
    sparsity: get('sparsity')!,
    anf: eager ? (get('anf')?.monomials ?? null) : null,
    noiseStability: get('noiseStability')!,
  };
  if (!eager) {
    let memo: CoefficientEntry[] | undefined;
    Object.defineProperty(out, 'coefficients', { enumerable: true, get: () => (memo ??= nonZeroCoefficients(s)) });
    const listing = get('anf');
    Object.defineProperty(out, 'anf', { enumerable: true, get: () => listing?.monomials ?? null });
  }
  return out;
}

/** Above this n, `coefficients` and `anf` are built on first read. */
const EAGER_LISTING_MAX_N = 12;
