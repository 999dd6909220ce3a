/** Text and JSON of an affine / extended-affine element (src/equivalence/affineElement.ts) for `canon` and `equivalent`. */
import { setElements } from '../core/cube.js';
import type { AffineElement } from '../equivalence/affineElement.js';

/** A as rows of 0/1 (A[i][j] = bit i of column j), b and the added affine function a.x + c. */
export function affineElementJson(e: AffineElement) {
  const n = e.cols.length;
  return {
    matrix: Array.from({ length: n }, (_, i) => e.cols.map((c) => (c >>> i) & 1)),
    translation: Array.from({ length: n }, (_, i) => (e.translation >>> i) & 1),
    linear: setElements(e.linear),
    complement: e.constant === 1,
  };
}

/** "(e.f)(x) = -chi_{1}(x) f(y) with y1 = x1 + x2 + 1, y2 = x2 (point bits, over GF(2))" */
export function affineElementText(e: AffineElement, f = 'f'): string {
  const n = e.cols.length;
  const coords = Array.from({ length: n }, (_, i) => {
    const terms = e.cols.flatMap((c, j) => ((c >>> i) & 1 ? [`x${j + 1}`] : []));
    if ((e.translation >>> i) & 1) terms.push('1');
    return `y${i + 1} = ${terms.length ? terms.join(' + ') : '0'}`;
  });
  const chi = e.linear ? `chi_{${setElements(e.linear).join(',')}}(x) ` : '';
  const where = coords.length ? ` with ${coords.join(', ')} (bits of the points, over GF(2))` : '';
  return `(e.${f})(x) = ${e.constant ? '-' : ''}${chi}${f}(y)${where}`;
}
