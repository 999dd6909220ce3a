/**
 * A lower bound linking the heads' and the coordinates' degrees, for the exact head+rep / hier-sum
 * / hier-max searches (headRep.ts, hierMax.ts). With V = Phi o psi and h_t = g_t o V:
 * - (composition) deg(h_t) <= deg(g_t) * E, E = max_j e_j, e_j = deg(V_j) the Fourier degree of
 *   coordinate j of V as a function of the latents z: g_t is a sum of characters chi_S with
 *   |S| <= deg(g_t), and chi_S o V = prod_{j in S} V_j has degree <= sum_{j in S} e_j.
 * - (observations) e_j <= delta * c_j, c_j = deg(Phi_j) on C_m and delta the largest degree of a
 *   coordinate of psi on C_d: substituting psi into a degree-c_j polynomial for Phi_j.
 * - e_j <= d (a function on C_d).
 * So a head of a task of latent degree D costs >= ceil(D / E), and E above the chosen coordinates'
 * e_j needs one more coordinate with c_j >= ceil(E / delta). degreeCut turns this into an `accept`
 * filter for the tuple search (docs/world-model.md): a candidate is refused when every completion
 * costs more than the bound, minimising the bound over the possible E.
 */
import { MAX_TABLE_D, booleanTables } from '../booleanTables.js';
import type { RecoveryProblem } from '../types.js';
import { fourierDegreeOfCode } from './costs.js';
import type { TupleTask } from './tupleSpec.js';

/** delta: the largest Fourier degree on C_d of a coordinate of psi (at least 1). */
export function psiDegree(p: RecoveryProblem): number {
  let top = 1;
  for (let i = 0; i < p.psi.m; i++) {
    let code = 0;
    p.psi.image.forEach((x, z) => {
      if ((x >>> i) & 1) code |= 1 << z;
    });
    top = Math.max(top, fourierDegreeOfCode(p.d, code >>> 0));
  }
  return top;
}

const latentDegree = (d: number, code: number): number => (d <= MAX_TABLE_D ? booleanTables(d).degree[code]! : fourierDegreeOfCode(d, code));

/**
 * The accept filter. tasks: the search's levels (heads: side 'x', code = h_t on the latents;
 * coordinates: side 'z'); bound(): the current total bound; coordinateCosts: 'degree' (head+rep,
 * the coordinates' costs count) or a ceiling M (hier-max: coordinates cost 0, c_j <= M).
 */
export function degreeCut(p: RecoveryProblem, tasks: readonly TupleTask[], bound: () => number, coordinateCosts: 'degree' | number): (j: number, g: number, prefix: readonly number[]) => boolean {
  const { d } = p;
  const delta = psiDegree(p);
  const eTop = d;
  const isCoord = tasks.map((t) => t.side === 'z');
  const D = tasks.map((t) => (t.side === 'z' ? 0 : latentDegree(d, t.code)));
  const floor = tasks.map((t) => t.floor as number);
  const cost = tasks.map((t) => t.costOf ?? ((c: number) => latentDegree(d, c)));
  const ceilingM = coordinateCosts === 'degree' ? Infinity : coordinateCosts;
  const eCap = Math.min(eTop, delta * ceilingM);
  return (j, g, prefix) => {
    let spent = 0;
    let eChosen = 0;
    let eNeed = 1;
    let unchosenCoords = 0;
    for (let i = 0; i < tasks.length; i++) {
      const chosen = i <= j;
      const code = i === j ? g : prefix[i]!;
      if (isCoord[i]) {
        if (!chosen) {
          unchosenCoords++;
          continue;
        }
        if (coordinateCosts === 'degree') spent += cost[i]!(code) as number;
        eChosen = Math.max(eChosen, latentDegree(d, code));
      } else if (chosen) {
        const k = cost[i]!(code) as number;
        spent += k;
        if (D[i]! > 0) eNeed = Math.max(eNeed, k === 0 ? Infinity : Math.ceil(D[i]! / k));
      }
    }
    const eLow = Math.max(eNeed, eChosen);
    const eHigh = unchosenCoords > 0 ? eCap : eChosen;
    const limit = bound();
    for (let E = eLow; E <= eHigh; E++) {
      let total = spent;
      if (coordinateCosts === 'degree') total += unchosenCoords + (E > eChosen ? Math.ceil(E / delta) - 1 : 0);
      for (let i = j + 1; i < tasks.length && total <= limit; i++) if (!isCoord[i]) total += Math.max(floor[i]!, D[i]! === 0 ? 0 : Math.ceil(D[i]! / E));
      if (total <= limit) return true;
    }
    return false;
  };
}
