/**
 * The paper's Theorem 2 (docs/math.md "The paper's own setting"), both readings, exhaustively at
 * d = m = 3 (psi the identity) and d = 2. For distinct Boolean tasks h_1..h_k and a bijection Phi,
 * with g_i = h_i o Phi^-1, the flat total minus the hierarchical total is
 *   sum_i deg(h_i) - (deg(Phi) + sum_i deg(g_i)) = sum_i deg(h_i | Phi) - deg(Phi),
 * so "sum_i deg(h_i | Phi) > c implies hierarchical < flat" holds for every task set exactly when
 * c >= deg(Phi) for every Phi whose tasks can reach a sum above c. The predicate checks, over all
 * 8! bijections: max_j deg(Phi_j) <= 3 and sum_j deg(Phi_j) <= 9 = d^2 (so the theorem holds under
 * both readings); that d^2 is tight under the sum reading (some Phi with sum_j deg(Phi_j) = 9 has
 * distinct tasks whose conditional degrees sum to exactly 9: a tie, not a saving) and d = 3 under
 * the max reading; and that at d = 2 no set of distinct tasks reaches a sum above d^2 = 4 (the
 * largest is 2), so there the theorem is vacuous; there the kernel's k.conditionalDegree is also
 * compared with the table on all 24 x 16 cases. Self-contained on purpose.
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

/** For every bijection: its coordinate degrees and the conditional degrees of all Boolean tasks. */
function survey(k: Kernel, d: number, visit: (coordinates: readonly number[], conditional: Int8Array, phi: Uint32Array) => void): void {
  const size = 2 ** d;
  const deg = degreeTable(k, d);
  const conditional = new Int8Array(2 ** size);
  forEachPermutation(size, (phi) => {
    const coordinates: number[] = [];
    for (let j = 0; j < d; j++) {
      let code = 0;
      for (let x = 0; x < size; x++) if ((phi[x]! >>> j) & 1) code |= 1 << x;
      coordinates.push(deg[code]!);
    }
    for (let h = 0; h < 2 ** size; h++) {
      let g = 0;
      for (let x = 0; x < size; x++) if ((h >>> x) & 1) g |= 1 << phi[x]!;
      conditional[h] = deg[h]! - deg[g]!;
    }
    visit(coordinates, conditional, phi);
  });
}

/** Can distinct tasks (a subset of the positive conditional degrees) sum to exactly target? */
function reaches(conditional: Int8Array, target: number): boolean {
  let sums = 1n; // bit s: some subset sums to s
  for (const c of conditional) if (c > 0) sums |= sums << BigInt(c);
  return ((sums >> BigInt(target)) & 1n) === 1n;
}

export default defineProperty({
  id: 'P2-hierarchy-pays',
  statement:
    "The paper's Theorem 2 at d = m = 3, psi the identity: for every bijection Phi of C_3 and all distinct Boolean tasks h_1..h_k " +
    'with sum_i deg(h_i | Phi) > d^2 = 9, deg(Phi) + sum_i deg(g_i) < sum_i deg(h_i) (g_i = h_i o Phi^-1), both for ' +
    'deg(Phi) = max_j deg(Phi_j) and = sum_j deg(Phi_j), because max_j deg(Phi_j) <= 3 and sum_j deg(Phi_j) <= 9 for every Phi. ' +
    'The bound d^2 is tight under the sum reading (some Phi has sum_j deg(Phi_j) = 9 and distinct tasks with conditional ' +
    'degrees summing to 9, where the two totals tie); under the max reading the least threshold that works is d = 3. At d = 2 ' +
    'no distinct tasks have conditional degrees summing to more than 2, so the hypothesis (> 4) is never met.',
  status: 'theorem',
  variables: {},
  predicate: (_, k) => {
    let bounded = true;
    let sumTight = false;
    let maxTight = false;
    survey(k, 3, (coordinates, conditional) => {
      const max = Math.max(...coordinates);
      const sum = coordinates.reduce((a, b) => a + b, 0);
      if (max > 3 || sum > 9) bounded = false;
      if (sum === 9 && !sumTight) sumTight = reaches(conditional, 9);
      if (max === 3 && !maxTight) maxTight = reaches(conditional, 3);
    });
    let largestAtTwo = 0;
    let kernelAgrees = true;
    survey(k, 2, (_c, conditional, phi) => {
      largestAtTwo = Math.max(largestAtTwo, conditional.reduce((s, c) => s + Math.max(0, c), 0));
      // The kernel's registered conditional degree agrees with the table (all 24 x 16 cases).
      const map = { n: 2, m: 2, image: phi.slice() };
      conditional.forEach((c, h) => {
        const task = { n: 2, values: Int32Array.from({ length: 4 }, (_, x) => ((h >>> x) & 1 ? -1 : 1)) };
        if (k.conditionalDegree(task, map) !== c) kernelAgrees = false;
      });
    });
    return bounded && sumTight && maxTight && largestAtTwo === 2 && kernelAgrees;
  },
  defaultScope: { n: 3 },
  minN: 3,
  maxN: 3,
  tags: ['paper', 'theorem-2', 'world-model', 'hierarchical', 'conditional-degree', 'closed'],
});
