/**
 * The paper's Theorem 3 (docs/math.md "The paper's own setting") for the heads, exhaustively at
 * d = m = n <= 3: under uniformly random Boolean tasks every Phi = T o psi^-1 (T a bijection of C_d)
 * gives the heads g = h o T^-1 the same expected Fourier degree and the same expected GF(2) degree,
 * as exact rationals: h -> h o T^-1 permutes the Boolean functions. The values are E[deg] = 1/2,
 * 3/2, 43/16 and E[deg2] = 1/2, 11/8, 311/128 at d = 1, 2, 3. (With Phi's own cost added the
 * expectations differ: P3-uniform-hier-max and P3-uniform-hier-sum.) Self-contained on purpose.
 */
import { defineProperty } from '../src/claim/index.js';
import type { Kernel } from '../src/claim/index.js';

function tables(k: Kernel, d: number): { deg: Int8Array; deg2: Int8Array } {
  const size = 2 ** d;
  const deg = new Int8Array(2 ** size);
  const deg2 = new Int8Array(2 ** size);
  for (let code = 0; code < deg.length; code++) {
    const f = { n: d, values: Int32Array.from({ length: size }, (_, x) => ((code >>> x) & 1 ? -1 : 1)) };
    deg[code] = k.degree(f) ?? 0;
    deg2[code] = k.gf2Degree(f) ?? 0;
  }
  return { deg, deg2 };
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

/** E[deg] and E[deg2] of a uniformly random Boolean function on C_d, as "p/q" over 2^(2^d) reduced. */
const EXPECTED: Record<number, readonly [number, number, number]> = { 1: [2, 2, 4], 2: [24, 22, 16], 3: [688, 622, 256] };

export default defineProperty({
  id: 'P3-uniform-tasks-same-expectation',
  statement:
    "The paper's Theorem 3 for the heads, d = m = n, psi the identity: for every bijection T of C_n, a uniformly random Boolean task h " +
    'on C_n gives the head g = h o T^-1 of Phi = T o psi^-1 the same expected degree, E[deg(g)] = E[deg(h)] (1/2, 3/2, 43/16 at n = 1, 2, 3), ' +
    'and the same expected GF(2) degree, E[deg2(g)] = E[deg2(h)] (1/2, 11/8, 311/128), exactly.',
  status: 'theorem',
  variables: {},
  predicate: (_, k, { n: d }) => {
    const size = 2 ** d;
    const { deg, deg2 } = tables(k, d);
    const [sum, sum2, count] = EXPECTED[d]!;
    if (deg.reduce((a, b) => a + b, 0) !== sum || deg2.reduce((a, b) => a + b, 0) !== sum2 || deg.length !== count) return false;
    let ok = true;
    forEachPermutation(size, (t) => {
      let s = 0;
      let s2 = 0;
      for (let h = 0; h < 2 ** size; h++) {
        let g = 0;
        for (let x = 0; x < size; x++) if ((h >>> x) & 1) g |= 1 << t[x]!;
        s += deg[g]!;
        s2 += deg2[g]!;
      }
      if (s !== sum || s2 !== sum2) ok = false;
    });
    return ok;
  },
  defaultScope: { n: 3 },
  minN: 1,
  maxN: 3,
  tags: ['paper', 'theorem-3', 'world-model', 'expectation', 'closed'],
});
