/**
 * The Fourier-Walsh spectrum of a function, exactly: fhat(S) = coefficients[S] / scale, with
 * scale = denominator * 2^n. The integer transform runs in 32 bits when the values provably fit.
 */
import { type CubeFunction, type IntValues, fromBigIntegers } from './cubeFunction.js';
import { fwhtBigInPlace, fwhtInt32InPlace, toBigArray } from './fwht.js';
import { big, type BigInteger, Rational } from './rational.js';

export interface Spectrum {
  readonly n: number;
  readonly coefficients: IntValues;
  /** Positive; fhat(S) = coefficients[S] / scale (not necessarily in lowest terms). */
  readonly scale: BigInteger;
}

export function spectrum(f: CubeFunction): Spectrum {
  const scale = f.denominator.multiply(big(2).pow(f.n));
  if (f.numerators instanceof Int32Array) {
    const a = Int32Array.from(f.numerators);
    fwhtInt32InPlace(a);
    return { n: f.n, coefficients: a, scale };
  }
  const a = toBigArray(f.numerators);
  fwhtBigInPlace(a);
  return { n: f.n, coefficients: a, scale };
}

/** The inverse transform: the function whose spectrum this is. */
export function fromSpectrum(s: Spectrum): CubeFunction {
  // f(x) = sum_S fhat(S) chi_S(x) = (1/scale) * WHT(coefficients)(x).
  const a = toBigArray(s.coefficients);
  fwhtBigInPlace(a);
  return fromBigIntegers(s.n, a, s.scale);
}

/** A spectrum from exact coefficients indexed by subset mask. */
export function spectrumFromRationals(n: number, coefficients: readonly Rational[]): Spectrum {
  if (coefficients.length !== 1 << n) throw new RangeError(`expected ${1 << n} coefficients`);
  let den = big.one;
  for (const c of coefficients) den = big.lcm(den, c.den);
  return { n, coefficients: coefficients.map((c) => c.num.multiply(den.divide(c.den))), scale: den };
}

export function coefficientAt(s: Spectrum, set: number): Rational {
  const c = s.coefficients[set]!;
  return Rational.of(c, s.scale);
}

export function isNonZero(s: Spectrum, set: number): boolean {
  const c = s.coefficients[set]!;
  return typeof c === 'number' ? c !== 0 : !c.isZero();
}
