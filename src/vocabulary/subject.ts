/**
 * What a measure computes on: one function with its exact transforms computed at most once and
 * shared by every measure (analyze at n = 24 runs one Walsh transform, not twenty). Read-only:
 * a measure must not mutate the arrays it is handed.
 */
import { anf as anfOf } from '../core/anf.js';
import { type CubeFunction, fromInt32, isBoolean } from '../core/cubeFunction.js';
import { type Spectrum, spectrum as spectrumOf } from '../core/spectrum.js';
import type { Fn } from '../model/values.js';

export interface FunctionSubject {
  readonly n: number;
  readonly boolean: boolean;
  /** The exact function (integer numerators over a positive denominator). */
  readonly function: CubeFunction;
  /** fhat(S) = coefficients[S] / scale, computed once. */
  spectrum(): Spectrum;
}

/** A Boolean function: an Fn (values +-1) with its transforms. */
export interface BooleanSubject extends FunctionSubject, Fn {
  readonly boolean: true;
  /** W_f(S) = sum_x f(x) chi_S(x) = 2^n fhat(S), by subset mask S (|W_f(S)| <= 2^n fits). */
  walsh(): Int32Array;
  /** ANF coefficients a_T in {0, 1} of F = (1 - f)/2, by monomial mask T. */
  anf(): Uint8Array;
}

function once<T>(make: () => T): () => T {
  let cached: { value: T } | null = null;
  return () => (cached ??= { value: make() }).value;
}

/** The subject of a core function (the form analyze parses). */
export function subjectOf(f: CubeFunction): FunctionSubject | BooleanSubject {
  const spectrum = once(() => spectrumOf(f));
  if (!isBoolean(f)) return { n: f.n, boolean: false, function: f, spectrum };
  const values = f.numerators instanceof Int32Array ? f.numerators : Int32Array.from(f.numerators, (v) => Number(v.toString()));
  return {
    n: f.n,
    boolean: true,
    function: f,
    values,
    spectrum,
    walsh: once(() => {
      const c = spectrum().coefficients; // scale = 2^n for a Boolean function
      return c instanceof Int32Array ? c : Int32Array.from(c, (v) => Number(v.toString()));
    }),
    anf: once(() => anfOf(f)),
  };
}

/** The subject of a claim value (an integer-valued Fn); the values are copied once. */
export function subjectOfFn(f: Fn): FunctionSubject | BooleanSubject {
  return subjectOf(fromInt32(f.n, f.values.slice()));
}

export function isBooleanSubject(s: FunctionSubject): s is BooleanSubject {
  return s.boolean;
}
