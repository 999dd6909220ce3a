/**
 * How far an observed cost reaches in latent degree, per psi (docs/math.md, "Latent degree of an
 * observed cost, per psi"). psi: C_d -> C_m injective, u_S = chi_S o psi on the latents, A_c the
 * span of the u_S with |S| <= c (observedD5Duals.ts). A coordinate code of observed cost c is a
 * function in A_c, so its latent Fourier degree is at most
 *   reach[c] = max { deg(u_S) : |S| <= c }   (<= min(d, c * delta), delta = max_i deg(psi_i)),
 * and a code of latent degree e costs at least leastCost(e) = the least c with reach[c] >= e. With
 * x6 = x1 x2: reach = 0, 2, 3, 4, 5, 5, 5 (the old cut assumed 2c). And `dearFrom(L)`: every
 * function of latent degree < dearFrom(L) lies in A_L (the least |T| with chi_T not in A_L), so a
 * code of cost > L has latent degree >= dearFrom(L) (3 for x6 = x1 x2, L = 2).
 */
import type { BoolMap } from '../../maps/boolMap.js';
import { fourierDegreeOfCode } from './costs.js';
import { observedDuals } from './observedD5Duals.js';

function popcount(x: number): number {
  let n = 0;
  for (; x !== 0; x &= x - 1) n++;
  return n;
}

/** The code (bit z set where the value is -1) of chi_S o psi on the latents. */
function characterCode(psi: BoolMap, S: number): number {
  let code = 0;
  psi.image.forEach((x, z) => {
    if (popcount(x & S) & 1) code |= 1 << z;
  });
  return code >>> 0;
}

/** reach[c], c = 0..m: the largest latent degree of a function of observed degree <= c. */
export function degreeReach(psi: BoolMap): number[] {
  const { n: d, m } = psi;
  const reach = new Array<number>(m + 1).fill(0);
  for (let S = 1; S < 1 << m; S++) {
    const e = fourierDegreeOfCode(d, characterCode(psi, S));
    for (let c = popcount(S); c <= m; c++) if (e > reach[c]!) reach[c] = e;
  }
  return reach;
}

/** The least observed cost of a code of latent degree e (e >= 1: at least 1). */
export function leastCost(reach: readonly number[], e: number): number {
  for (let c = 1; c < reach.length; c++) if (reach[c]! >= e) return c;
  return Infinity; // no function of that degree on P: never happens for e <= d (A_m is everything)
}

/** The least latent degree of a code of observed cost > L (d + 1 when none). */
export function dearFrom(psi: BoolMap, L: number): number {
  const d = psi.n;
  const duals = observedDuals(psi);
  const latent = (T: number): number => {
    let code = 0;
    for (let z = 0; z < 1 << d; z++) if (popcount(z & T) & 1) code |= 1 << z;
    return code >>> 0;
  };
  for (let e = 1; e <= d; e++) for (let T = 1; T < 1 << d; T++) if (popcount(T) === e && !duals.inLevel(latent(T), L)) return e;
  return d + 1;
}
