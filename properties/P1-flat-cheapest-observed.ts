/**
 * The paper's Theorem 1 with observations longer than the latents (docs/math.md "The paper's own
 * setting"), exhaustively at d = 2, m = 3 (the scope's n is m): psi: C_2 -> C_3 injective, a task
 * h on C_2, Phi: C_3 -> C_2 with V = Phi o psi a bijection; nothing is observed off P = psi(C_2),
 * so h* and each Phi_j are free there and cost their least-degree real extension (the degree of the
 * min-degree interpolator on P). Only P and the data on P matter: h* is any +-1 pattern on P, Phi
 * any bijection P -> C_2 (its coordinates' data on P), and g = h o V^-1 is then h*'s pattern moved
 * by Phi. So the loops run over the C(8,4) = 70 sets P, the 24 bijections P -> C_2 and the 16
 * patterns. Self-contained on purpose.
 */
import { defineProperty } from '../src/claim/index.js';
import type { Kernel } from '../src/claim/index.js';

const D = 2;

/** Least degree on C_m of a real function with the +-1 values `data[i]` at points[i]. */
function extensionDegree(k: Kernel, m: number, points: readonly number[], data: readonly number[]): number {
  const values = new Int32Array(2 ** m);
  points.forEach((p, i) => (values[p] = data[i]!));
  const g = k.interpolate({ n: m, values }, { n: m, points: Uint32Array.from(points) });
  return k.degree({ n: m, values: Int32Array.from(g.numerators, (v) => Number(v)) }) ?? 0;
}

function permutations(items: readonly number[]): number[][] {
  if (items.length === 0) return [[]];
  return items.flatMap((first) => permutations(items.filter((y) => y !== first)).map((rest) => [first, ...rest]));
}

export default defineProperty({
  id: 'P1-flat-cheapest-observed',
  statement:
    "The paper's Theorem 1 with longer observations, d = 2 latents and m = n observed bits: for every injective psi: C_2 -> C_m, " +
    'every Boolean task h on C_2 and every Phi: C_m -> C_2 with Phi o psi a bijection, deg(h*) <= deg(Phi) + deg(g) with ' +
    'h = g o Phi on psi(C_2), both for deg(Phi) = max_j deg(Phi_j) and = sum_j deg(Phi_j); h* and Phi_j are free off psi(C_2) ' +
    'and cost their least-degree real extensions to C_m.',
  status: 'theorem',
  variables: {},
  predicate: (_, k, { n: m }) => {
    const size = 2 ** D;
    const gDeg = Array.from({ length: 2 ** size }, (_, c) => k.degree({ n: D, values: Int32Array.from({ length: size }, (__, y) => ((c >>> y) & 1 ? -1 : 1)) }) ?? 0);
    const orders = permutations([...Array(size).keys()]);
    for (let set = 0; set < 2 ** 2 ** m; set++) {
      const points = [...Array(2 ** m).keys()].filter((x) => (set >>> x) & 1);
      if (points.length !== size) continue;
      // ext[c]: least degree of the pattern c on P (bit i set: value -1 at points[i]).
      const ext = Array.from({ length: 2 ** size }, (_, c) => extensionDegree(k, m, points, points.map((__, i) => ((c >>> i) & 1 ? -1 : 1))));
      for (const phi of orders) {
        // Phi sends points[i] to phi[i]; coordinate j's pattern on P.
        const coords = [...Array(D).keys()].map((j) => ext[phi.reduce((c, y, i) => c | (((y >>> j) & 1) << i), 0)]!);
        const max = Math.max(...coords);
        const sum = coords.reduce((a, b) => a + b, 0);
        for (let h = 0; h < 2 ** size; h++) {
          const g = phi.reduce((c, y, i) => c | (((h >>> i) & 1) << y), 0);
          if (ext[h]! > max + gDeg[g]! || ext[h]! > sum + gDeg[g]!) return false;
        }
      }
    }
    return true;
  },
  defaultScope: { n: 3 },
  minN: 2,
  maxN: 4,
  tags: ['paper', 'theorem-1', 'world-model', 'observations', 'closed'],
});
