/**
 * The GF(2) analogue of the min-degree interpolator, for partial support under head-gf2: given
 * Boolean data on a set U (values +-1, F = (1 - f)/2 in bits), the least GF(2) degree of a Boolean
 * function on C_n that agrees with it on U, and one such extension.
 *
 * Method: F(b) = XOR_{T subset b} a_T (the ANF), so agreeing on u in U is one GF(2) equation in
 * the coefficients a_T with T subset u. Degree <= k means a_T = 0 for |T| > k. Take the least k
 * for which the system is consistent (GF(2) elimination). The degree is null (F = 0) exactly when
 * every data value is +1: the extension f = +1 then has no monomial at all.
 * Unlike the real case the extension of least degree need not be unique; this returns one.
 */
import { popcount } from '../cube.js';
import { type CubeFunction } from '../cubeFunction.js';
import { fromAnf } from '../anf.js';
import { gf2Solve } from '../linalg/gf2Solve.js';
import { assertData } from './minDegree.js';

export interface Gf2Extension {
  /** The least GF(2) degree of a Boolean extension; null when the data are all +1. */
  readonly degree: number | null;
  /** One Boolean extension of that degree. */
  readonly fn: CubeFunction;
}

/** values[i] is the +-1 value at points[i]. */
export function leastGf2Extension(n: number, points: readonly number[], values: readonly number[]): Gf2Extension {
  assertData(n, points, values);
  const bits = values.map((v): 0 | 1 => {
    if (v !== 1 && v !== -1) throw new RangeError(`GF(2) extension needs +-1 data, got ${v}`);
    return v === -1 ? 1 : 0;
  });
  const size = 2 ** n;
  if (bits.every((b) => b === 0)) return { degree: null, fn: fromAnf(n, new Uint8Array(size)) };
  for (let k = 0; k <= n; k++) {
    // Unknowns: the monomials T with |T| <= k, numbered in mask order.
    const monomials: number[] = [];
    for (let T = 0; T < size; T++) if (popcount(T) <= k) monomials.push(T);
    const rows = points.map((u) => {
      let row = 0n;
      monomials.forEach((T, j) => {
        if ((T & u) === T) row |= 1n << BigInt(j);
      });
      return row;
    });
    const x = gf2Solve(rows, bits);
    if (x === null) continue;
    const coefficients = new Uint8Array(size);
    monomials.forEach((T, j) => {
      coefficients[T] = Number((x >> BigInt(j)) & 1n);
    });
    return { degree: k, fn: fromAnf(n, coefficients) };
  }
  throw new Error('internal: degree n always admits an extension');
}
