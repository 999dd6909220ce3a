/**
 * The verifier's own conditional degree (docs/math.md "Conditional degree"), from the definition:
 * deg(h*) as the degree of the min-degree interpolator of h o psi^-1 on psi's image (the
 * verifier's interpolate.ts), and max deg(g) over the heads by brute force: when Phi o psi misses
 * points of C_d, every Boolean value pattern on the missed points is tried (real g can do no
 * better than d, and some Boolean pattern reaches d); otherwise g is the one table that fits.
 */
import type { CubeMap, Fn } from '../claim/values.js';
import type { BasicKernel } from './kernel.js';
import { MAX_INTERPOLATION_N, interpolate } from './interpolate.js';
import { topLevel, walshOf } from './walsh.js';

export function conditionalDegree(h: Fn, phi: CubeMap, psi: CubeMap | undefined, K: BasicKernel): number | null {
  const d = h.n;
  const size = 2 ** d;
  if (!(Number.isInteger(d) && d >= 0 && d <= 4) || h.values.length !== size) throw new RangeError('conditionalDegree needs a function on C_d, d <= 4');
  const p: CubeMap = psi ?? { n: d, m: d, image: Uint32Array.from(Array(size).keys()) };
  const m = p.m;
  if (p.n !== d || m < d || m > MAX_INTERPOLATION_N || new Set(p.image).size !== size || p.image.some((x) => !(x < 2 ** m))) {
    throw new RangeError(`conditionalDegree: psi must be an injective map C_${d} -> C_m, ${d} <= m <= ${MAX_INTERPOLATION_N}`);
  }
  if (phi.n !== m || phi.m !== d || phi.image.length !== 2 ** m || phi.image.some((y) => !(y < size))) throw new RangeError(`conditionalDegree: Phi must map C_${m} -> C_${d}`);
  const table = new Array<number | null>(size).fill(null);
  for (let z = 0; z < size; z++) {
    const y = phi.image[p.image[z]!]!;
    if (table[y] !== null && table[y] !== h.values[z]) return null;
    table[y] = h.values[z]!;
  }
  const onImage = Uint32Array.from([...p.image].sort((a, b) => a - b));
  const lifted = new Int32Array(2 ** m);
  p.image.forEach((x, z) => (lifted[x] = h.values[z]!));
  const star = interpolate({ n: m, values: lifted }, { n: m, points: onImage });
  const flat = topLevel(walshOf(star.numerators)) ?? 0;
  const free = table.flatMap((v, y) => (v === null ? [y] : []));
  let most = -1;
  for (let bits = 0; bits < 2 ** free.length; bits++) {
    const g = Int32Array.from(table, (v) => v ?? 1);
    free.forEach((y, i) => (g[y] = (bits >>> i) & 1 ? -1 : 1));
    most = Math.max(most, K.degree({ n: d, values: g }) ?? 0);
  }
  return flat - most;
}
