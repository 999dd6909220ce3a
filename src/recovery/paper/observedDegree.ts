/**
 * Degrees on the observation cube C_m of functions known only on the image P = psi(C_d) of an
 * injective psi: C_d -> C_m (docs/math.md "The paper's own setting"). Nothing is observed off P, so
 * the values there are free and the degree is minimised over them: deg of the min-degree
 * interpolator of the data on P (real-valued extensions, as for partial support in section 5).
 * With m = d, P is all of C_d and this is the plain degree of f o psi^-1.
 *
 * coordinateDegrees(v) gives deg(Phi_j) for the representation Phi with Phi(psi(z)) = V(z),
 * j = 1..d: the data of Phi_j on P is z -> bit j-1 of V(z) at x = psi(z).
 */
import { fitDegreeOracle } from '../../core/interpolate/fitDegree.js';
import { MAX_TABLE_D, booleanTables } from '../booleanTables.js';

export interface ObservedDegrees {
  readonly d: number;
  readonly m: number;
  /** Least degree on C_m of a real function equal to values[z] at psi(z) (null: all zero). */
  degreeOf(values: readonly bigint[]): number | null;
  /** Least degree of a fit of the +-1 data (bit z of `minus` set: value -1 at psi(z)); d <= 5. */
  booleanDegree(minus: number): number;
  /** deg(Phi_j), j = 1..d, for Phi o psi = V (v[z] = V(z)). */
  coordinateDegrees(v: Uint32Array): number[];
}

export function observedDegrees(psi: { readonly n: number; readonly m: number; readonly image: Uint32Array }): ObservedDegrees {
  const { n: d, m } = psi;
  const points = Array.from(psi.image);
  const size = 2 ** d;
  const square = m === d;
  const tables = square && d <= MAX_TABLE_D ? booleanTables(d) : null;
  const oracle = fitDegreeOracle(m);
  const cache = new Map<number, number>();
  const degreeOf = (values: readonly bigint[]): number | null => oracle.degree(points, values);
  const booleanDegree = (minus: number): number => {
    const hit = cache.get(minus);
    if (hit !== undefined) return hit;
    let k: number;
    if (tables !== null) {
      // m = d: the table of f o psi^-1 is the data moved by psi.
      let code = 0;
      for (let z = 0; z < size; z++) if ((minus >>> z) & 1) code |= 1 << points[z]!;
      k = tables.degree[code]!;
    } else {
      const values = points.map((_, z) => ((minus >>> z) & 1 ? -1n : 1n));
      k = oracle.degree(points, values)!;
    }
    cache.set(minus, k);
    return k;
  };
  return {
    d,
    m,
    degreeOf,
    booleanDegree,
    coordinateDegrees: (v) => {
      const out: number[] = [];
      for (let j = 0; j < d; j++) {
        let minus = 0;
        for (let z = 0; z < size; z++) if ((v[z]! >>> j) & 1) minus |= 1 << z;
        out.push(booleanDegree(minus >>> 0));
      }
      return out;
    },
  };
}
