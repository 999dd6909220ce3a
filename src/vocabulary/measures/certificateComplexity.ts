/**
 * Certificate complexity (docs/math.md, "### certificateComplexity"): C(f, x) is the smallest
 * |S| such that every y agreeing with x on S has f(y) = f(x); C(f) = max_x C(f, x), C0 / C1 over
 * the points with f(x) = +1 / -1 (0 over no points).
 *
 * Exact, over the 3^n subcubes: best(c) = the smallest codimension of a monochromatic subcube
 * containing c. In descending order (freeing a variable increases the index): best(c) is the
 * minimum of codim(c) (when f is constant on c) and of best over the subcubes that free one more
 * variable of c (a monochromatic subcube containing c is c itself or contains one of those).
 * C(f, x) = best(the point x). 3^n n steps.
 */
import { digitsOf, monochromeTable, pointSubcube, powersOf3 } from '../../core/measures/subcubes.js';
import type { Table } from '../../core/measures/table.js';
import { INTEGER, defineMeasure } from '../measure.js';

/** Hard limit (3^14 subcubes: 4.8 million bytes per table) and analyze's default limit. */
export const SUBCUBE_MAX_N = 14;
export const SUBCUBE_DEFAULT_N = 12;

export interface CertificateComplexity {
  readonly C: number;
  readonly C0: number;
  readonly C1: number;
  readonly atPoint: Uint8Array;
}

export function computeCertificateComplexity(f: Table): CertificateComplexity {
  const { n } = f;
  if (n > SUBCUBE_MAX_N) throw new RangeError(`certificate complexity supports n <= ${SUBCUBE_MAX_N} (3^n subcubes), got ${n}`);
  const p3 = powersOf3(n);
  const mono = monochromeTable(f);
  const best = new Uint8Array(p3[n]!);
  const d = new Uint8Array(n);
  for (let c = best.length - 1; c >= 0; c--) {
    digitsOf(c, n, d);
    let fixed = 0;
    for (let i = 0; i < n; i++) if (d[i] !== 2) fixed++;
    let m = mono[c] !== 0 ? fixed : n;
    for (let i = 0; i < n; i++) {
      if (d[i] === 2) continue;
      const up = best[c + (2 - d[i]!) * p3[i]!]!;
      if (up < m) m = up;
    }
    best[c] = m;
  }
  const atPoint = new Uint8Array(1 << n);
  let C0 = 0;
  let C1 = 0;
  for (let x = 0; x < atPoint.length; x++) {
    const k = best[pointSubcube(x, p3, n)]!;
    atPoint[x] = k;
    if (f.values[x] === 1) C0 = Math.max(C0, k);
    else C1 = Math.max(C1, k);
  }
  return { C: Math.max(C0, C1), C0, C1, atPoint };
}

export function certificateComplexityJson(v: CertificateComplexity) {
  return { C: v.C, C0: v.C0, C1: v.C1, atPoint: Array.from(v.atPoint) };
}

export function certificateComplexityText(v: CertificateComplexity): string {
  return `${v.C} (C0 ${v.C0}, C1 ${v.C1})`;
}

export const certificateComplexity = defineMeasure({
  id: 'certificateComplexity',
  title: 'certificate complexity C(f)',
  group: 'complexity',
  input: 'boolean',
  maxN: SUBCUBE_DEFAULT_N,
  summary: 'Largest, over points x, least number of variables whose values at x force f(x); C0, C1, every point.',
  type: INTEGER,
  compute: computeCertificateComplexity,
  json: certificateComplexityJson,
  text: certificateComplexityText,
  value: (v) => v.C,
});
