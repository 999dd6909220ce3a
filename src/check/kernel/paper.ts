/**
 * The paper's conditional degree for the checker's Kernel (src/claim/kernel.ts), on the exact
 * core: deg(h*) by the fit-degree oracle on C_m (the min-degree interpolator's degree, without
 * building it), deg(g) for the unique g = h o V^-1 when V = Phi o psi is a bijection of C_d.
 * docs/math.md "Conditional degree"; the verifier's twin is src/verifier/conditionalDegree.ts.
 */
import type { CubeMap, Fn } from '../../claim/values.js';
import { type FitDegreeOracle, fitDegreeOracle } from '../../core/interpolate/fitDegree.js';
import { assertFn, degree } from './fnOps.js';

function checkMap(t: CubeMap, n: number, m: number, what: string): void {
  if (t.n !== n || t.m !== m || t.image.length !== 2 ** n || t.image.some((x) => !(x < 2 ** m))) throw new RangeError(`conditionalDegree: ${what} must map C_${n} -> C_${m}`);
}

/** One oracle per m: it caches the annihilators of each point set. */
const oracles = new Map<number, FitDegreeOracle>();
const oracleFor = (m: number): FitDegreeOracle => {
  if (!oracles.has(m)) oracles.set(m, fitDegreeOracle(m));
  return oracles.get(m)!;
};

/** deg(h | Phi); null when h does not factor through Phi o psi. */
export function conditionalDegree(h: Fn, phi: CubeMap, psi?: CubeMap): number | null {
  assertFn(h);
  const d = h.n;
  const size = 2 ** d;
  const m = psi === undefined ? d : psi.m;
  if (psi !== undefined) {
    checkMap(psi, d, m, 'psi');
    if (m < d || m > 16) throw new RangeError(`conditionalDegree: psi must map C_${d} into C_m with ${d} <= m <= 16`);
    if (new Set(psi.image).size !== size) throw new RangeError('conditionalDegree: psi must be injective');
  }
  checkMap(phi, m, d, 'Phi');
  const psiAt = (z: number): number => (psi === undefined ? z : psi.image[z]!);
  // V = Phi o psi and the data g must fit: g(V(z)) = h(z).
  const g = new Array<number | null>(size).fill(null);
  for (let z = 0; z < size; z++) {
    const y = phi.image[psiAt(z)]!;
    const seen = g[y];
    if (seen !== null && seen !== h.values[z]) return null;
    g[y] = h.values[z]!;
  }
  const flat = m === d && psi === undefined
    ? (degree(h) ?? 0)
    : (oracleFor(m).degree(Array.from({ length: size }, (_, z) => psiAt(z)), Array.from(h.values, (v) => BigInt(v))) ?? 0);
  // Some point of C_d is not V(z) for any z: g is free there, and a free value can always make the
  // top coefficient sum_y g(y) chi_[d](y) non-zero, so the largest deg(g) is d.
  if (g.some((v) => v === null)) return flat - d;
  const head = degree({ n: d, values: Int32Array.from(g as number[]) }) ?? 0;
  return flat - head;
}
