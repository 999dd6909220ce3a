/**
 * Deterministic decision-tree depth (docs/math.md, "### decisionTreeDepth"): D(f) is the least
 * depth of a decision tree that queries one variable per inner node and computes f; a constant
 * has D = 0.
 *
 * Exact, over the 3^n subcubes in ascending order (fixing a variable decreases the index):
 * D(c) = 0 if f is constant on c, else the minimum over the free variables x_i of c of
 * 1 + max(D(c with x_i = +1), D(c with x_i = -1)). D(f) = D(all free). 3^n n steps.
 */
import { digitsOf, monochromeTable, powersOf3 } from '../../core/measures/subcubes.js';
import type { Table } from '../../core/measures/table.js';
import { SUBCUBE_DEFAULT_N, SUBCUBE_MAX_N } from './certificateComplexity.js';
import { INTEGER, defineMeasure } from '../measure.js';

export interface DecisionTreeDepth {
  readonly D: number;
  /** The variable (1-based) an optimal tree queries first; null for a constant. */
  readonly firstQuery: number | null;
}

/** The table of D over every subcube (reused by decisionTreeSize's tests). */
export function depthTable(f: Table): Uint8Array {
  const { n } = f;
  if (n > SUBCUBE_MAX_N) throw new RangeError(`decision-tree depth supports n <= ${SUBCUBE_MAX_N} (3^n subcubes), got ${n}`);
  const p3 = powersOf3(n);
  const mono = monochromeTable(f);
  const depth = new Uint8Array(p3[n]!);
  const d = new Uint8Array(n);
  for (let c = 0; c < depth.length; c++) {
    if (mono[c] !== 0) continue;
    digitsOf(c, n, d);
    let m = 255;
    for (let i = 0; i < n; i++) {
      if (d[i] !== 2) continue;
      const t = 1 + Math.max(depth[c - 2 * p3[i]!]!, depth[c - p3[i]!]!);
      if (t < m) m = t;
    }
    depth[c] = m;
  }
  return depth;
}

export function computeDecisionTreeDepth(f: Table): DecisionTreeDepth {
  const depth = depthTable(f);
  const top = depth.length - 1;
  const D = depth[top]!;
  if (D === 0) return { D, firstQuery: null };
  const p3 = powersOf3(f.n);
  for (let i = 0; i < f.n; i++) {
    if (1 + Math.max(depth[top - 2 * p3[i]!]!, depth[top - p3[i]!]!) === D) return { D, firstQuery: i + 1 };
  }
  throw new Error('decision-tree depth: no optimal first query (internal error)');
}

export function decisionTreeDepthJson(v: DecisionTreeDepth) {
  return { D: v.D, firstQuery: v.firstQuery };
}

export function decisionTreeDepthText(v: DecisionTreeDepth): string {
  return v.firstQuery === null ? `${v.D}` : `${v.D} (an optimal tree queries x${v.firstQuery} first)`;
}

export const decisionTreeDepth = defineMeasure({
  id: 'decisionTreeDepth',
  title: 'decision-tree depth D(f)',
  group: 'complexity',
  input: 'boolean',
  maxN: SUBCUBE_DEFAULT_N,
  summary: 'Least depth of a deterministic decision tree computing f (exact, over the 3^n subcubes).',
  type: INTEGER,
  compute: computeDecisionTreeDepth,
  json: decisionTreeDepthJson,
  text: decisionTreeDepthText,
  value: (v) => v.D,
});
