/**
 * The paper's Theorem 4 under the reading "the task distribution gives each task a weight that
 * depends only on its degree and strictly decreases with it" (more weight than uniform on the
 * low-degree tasks), exhaustively at d = m = n <= 3 with psi the identity: the optimal Phi is
 * exactly a signed permutation.
 *
 * Why the predicate decides it for every such distribution at once: with weights w_0 > w_1 > ... >
 * w_d >= 0 per task of degree 0..d, the expected head degree of V minus that of the identity is
 * sum_k w_k D_k(V), D_k(V) = sum_{deg h = k} (deg(h o V^-1) - k), and by Abel summation this is
 * sum_{j<d} (w_j - w_{j+1}) P_j(V) + w_d P_d(V) with P_j = D_0 + ... + D_j. P_d = 0 (h -> h o V^-1
 * permutes the Boolean functions), so the difference is > 0 for every strictly decreasing w iff
 * every P_j >= 0 and some P_j > 0 (j < d). The predicate checks that for every bijection that is
 * not a signed permutation, and P = 0 for the signed permutations. With k tasks drawn i.i.d. the
 * heads' part scales by k; Phi's own cost (either reading) is also least at the signed
 * permutations (coordinates of degree 1; any other bijection has one of degree >= 2, T8), so the
 * conclusion holds for head-degree, hier-max and hier-sum alike. Self-contained on purpose.
 */
import { defineProperty } from '../src/claim/index.js';
import type { Kernel } from '../src/claim/index.js';

function degreeTable(k: Kernel, d: number): Int8Array {
  const size = 2 ** d;
  const out = new Int8Array(2 ** size);
  for (let code = 0; code < out.length; code++) out[code] = k.degree({ n: d, values: Int32Array.from({ length: size }, (_, x) => ((code >>> x) & 1 ? -1 : 1)) }) ?? 0;
  return out;
}

function forEachPermutation(size: number, visit: (p: Uint32Array) => void): void {
  const p = Uint32Array.from({ length: size }, (_, i) => i);
  const c = new Uint32Array(size);
  visit(p);
  for (let i = 0; i < size; ) {
    if (c[i]! < i) {
      const j = i % 2 === 0 ? 0 : c[i]!;
      [p[j], p[i]] = [p[i]!, p[j]!];
      visit(p);
      c[i]!++;
      i = 0;
    } else c[i++] = 0;
  }
}

export default defineProperty({
  id: 'P4-degree-monotone-signed-permutations',
  statement:
    "The paper's Theorem 4, reading: tasks drawn i.i.d. from a distribution whose weight on a Boolean task depends only on its degree " +
    'and strictly decreases with it. At d = m = n, psi the identity, for every such distribution and every number of tasks, the ' +
    'bijections V = Phi o psi of least expected cost (head-degree, hier-max or hier-sum) are exactly the signed permutations: for ' +
    'every bijection V of C_n that is not one, the prefix sums P_j(V) = sum_{deg h <= j} (deg(h o V^-1) - deg(h)) are >= 0 for ' +
    'j < n and not all 0, and some coordinate of V has degree >= 2; for a signed permutation they all vanish.',
  status: 'theorem',
  variables: {},
  predicate: (_, k, { n: d }) => {
    const size = 2 ** d;
    const deg = degreeTable(k, d);
    let ok = true;
    forEachPermutation(size, (v) => {
      let signed = true;
      for (let j = 0; j < d; j++) {
        let code = 0;
        for (let x = 0; x < size; x++) if ((v[x]! >>> j) & 1) code |= 1 << x;
        if (deg[code] !== 1) signed = false;
      }
      const D = new Array<number>(d + 1).fill(0);
      for (let h = 0; h < 2 ** size; h++) {
        let g = 0;
        for (let x = 0; x < size; x++) if ((h >>> x) & 1) g |= 1 << v[x]!;
        D[deg[h]!]! += deg[g]! - deg[h]!;
      }
      let prefix = 0;
      let positive = false;
      for (let j = 0; j < d; j++) {
        prefix += D[j]!;
        if (prefix < 0) ok = false;
        if (prefix > 0) positive = true;
      }
      if (prefix + D[d]! !== 0) ok = false;
      if (signed ? positive || D.some((x) => x !== 0) : !positive) ok = false;
    });
    return ok;
  },
  defaultScope: { n: 3 },
  minN: 1,
  maxN: 3,
  tags: ['paper', 'theorem-4', 'world-model', 'distribution', 'closed'],
});
