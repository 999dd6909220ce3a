/**
 * The paper's Theorem 1 under the max reading deg(Phi) = max_j deg(Phi_j) fails, and the smallest
 * counterexample has d = 6 (docs/math.md "The paper's own setting"; README "The paper's theorems").
 *
 * Witness (d = m = 6, psi the identity): Phi(x) = (x1 x2 x3, x4 x5 x6, x2, x3, x5, x6), a GF(2)-linear
 * bijection with max_j deg(Phi_j) = 3, and g(y) = y1 y2 (degree 2): h = g o Phi = x1 x2 x3 x4 x5 x6
 * has degree 6 > 3 + 2. (The sum reading holds: 3 + 3 + 1 + 1 + 1 + 1 + 2 = 12 >= 6.)
 *
 * Why nothing smaller: deg(h*) <= deg(g) * max_j deg(Phi_j) (the composition bound T9, also for the
 * least-degree extensions when m > d, since deg(uv) <= deg(u) + deg(v) on the cube) and
 * deg(h*) <= d (the least-degree fit on 2^d points has degree <= d: its standard monomials are
 * shattered by the points, Anstee-Ronyai-Sali 2002). A counterexample needs
 * a D >= deg(h*) >= a + D + 1 with a = deg(g), D = max_j deg(Phi_j), i.e. (a-1)(D-1) >= 2, so
 * a + D >= 5 and d >= deg(h*) >= 6. The predicate checks the witness and that arithmetic.
 */
import { defineProperty } from '../src/claim/index.js';

export default defineProperty({
  id: 'P1-max-reading-counterexample',
  statement:
    "The paper's Theorem 1 (deg(h*) <= deg(Phi) + deg(g)) is false when deg(Phi) = max_j deg(Phi_j): at d = m = 6, psi the identity, " +
    'Phi(x) = (x1x2x3, x4x5x6, x2, x3, x5, x6) is a bijection with max_j deg(Phi_j) = 3, g(y) = y1 y2 has degree 2, and ' +
    'h = g o Phi = x1x2x3x4x5x6 has degree 6 > 5 (the sum reading gives 12 >= 6). No counterexample exists with d <= 5: ' +
    'deg(h*) <= min(d, deg(g) max_j deg(Phi_j)), and a D >= a + D + 1 forces a + D + 1 >= 6.',
  status: 'theorem',
  variables: {},
  predicate: (_, k) => {
    const d = 6;
    const image = new Uint32Array(64);
    for (let x = 0; x < 64; x++) {
      const b = (i: number): number => (x >>> (i - 1)) & 1;
      const y = [b(1) ^ b(2) ^ b(3), b(4) ^ b(5) ^ b(6), b(2), b(3), b(5), b(6)];
      image[x] = y.reduce((acc, bit, j) => acc | (bit << j), 0);
    }
    const phi = { n: d, m: d, image };
    const coordinates = [1, 2, 3, 4, 5, 6].map((j) => k.degree(k.coordinate(phi, j))!);
    const g = k.chi(d, 0b11);
    const h = k.compose(g, phi);
    const witness =
      k.isBijection(phi) &&
      Math.max(...coordinates) === 3 &&
      coordinates.reduce((a, b) => a + b, 0) === 10 &&
      k.degree(g) === 2 &&
      k.degree(h) === 6 &&
      k.degree(h)! > Math.max(...coordinates) + k.degree(g)!;
    // The least a + D + 1 with a D >= a + D + 1 (a = deg g, D = max_j deg Phi_j, both <= 6).
    let least = Infinity;
    for (let a = 0; a <= 6; a++) for (let D = 0; D <= 6; D++) if (a * D >= a + D + 1) least = Math.min(least, a + D + 1);
    return witness && least === 6;
  },
  defaultScope: { n: 6 },
  minN: 6,
  maxN: 6,
  tags: ['paper', 'theorem-1', 'counterexample', 'max-reading', 'closed'],
});
