/**
 * The paper's Theorem 1 (docs/math.md "The paper's own setting"), both readings of deg(Phi), checked
 * exhaustively at d = m = n <= 3: for one Boolean task h on C_d and every bijection Phi of C_d
 * (psi the identity, so h* = h and the head is g = h o Phi^-1), the flat realization is no dearer
 * than the hierarchical one: deg(h) <= deg(Phi) + deg(g), deg(Phi) = max_j deg(Phi_j) and
 * = sum_j deg(Phi_j). Degrees come from k.degree once per Boolean table (a table of 2^(2^d)
 * entries); the loops then move tables by bit operations. Self-contained on purpose (the verifier
 * loads this file alone).
 */
import { defineProperty } from '../src/claim/index.js';
import type { Kernel } from '../src/claim/index.js';

/** deg of the Boolean function whose table has bit x set where it is -1, for every code. */
function degreeTable(k: Kernel, d: number): Int8Array {
  const size = 2 ** d;
  const out = new Int8Array(2 ** size);
  for (let code = 0; code < out.length; code++) out[code] = k.degree({ n: d, values: Int32Array.from({ length: size }, (_, x) => ((code >>> x) & 1 ? -1 : 1)) }) ?? 0;
  return out;
}

/** Calls visit with every ordering of 0..size-1 (Heap's algorithm). */
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
  id: 'P1-flat-cheapest-single-task',
  statement:
    "The paper's Theorem 1 at d = m = n (psi the identity): for every Boolean task h on C_n and every bijection Phi of C_n, with " +
    'g = h o Phi^-1 the head of the hierarchical realization h = g o Phi, deg(h) <= max_j deg(Phi_j) + deg(g) and ' +
    'deg(h) <= sum_j deg(Phi_j) + deg(g) (Fourier degrees): for one task a flat realization is cheapest, under both readings of deg(Phi).',
  status: 'theorem',
  variables: {},
  predicate: (_, k, { n: d }) => {
    const size = 2 ** d;
    const deg = degreeTable(k, d);
    let ok = true;
    forEachPermutation(size, (phi) => {
      if (!ok) return;
      let max = 0;
      let sum = 0;
      for (let j = 0; j < d; j++) {
        let code = 0;
        for (let x = 0; x < size; x++) if ((phi[x]! >>> j) & 1) code |= 1 << x;
        max = Math.max(max, deg[code]!);
        sum += deg[code]!;
      }
      for (let h = 0; h < 2 ** size; h++) {
        let g = 0;
        for (let x = 0; x < size; x++) if ((h >>> x) & 1) g |= 1 << phi[x]!;
        if (deg[h]! > max + deg[g]! || deg[h]! > sum + deg[g]!) ok = false;
      }
    });
    return ok;
  },
  defaultScope: { n: 3 },
  minN: 1,
  maxN: 3,
  tags: ['paper', 'theorem-1', 'world-model', 'hierarchical', 'closed'],
});
