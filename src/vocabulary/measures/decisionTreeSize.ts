/**
 * Decision-tree size (docs/math.md, "### decisionTreeSize"): the least number of leaves of a
 * decision tree computing f (a constant: 1 leaf). Over the 3^n subcubes in ascending order:
 * L(c) = 1 if f is constant on c, else the minimum over free x_i of L(c, x_i = +1) +
 * L(c, x_i = -1). At most 2^n, so 32 bits suffice.
 */
import { digitsOf, monochromeTable, powersOf3 } from '../../core/measures/subcubes.js';
import type { Table } from '../../core/measures/table.js';
import { SUBCUBE_DEFAULT_N, SUBCUBE_MAX_N } from './certificateComplexity.js';
import { INTEGER, defineMeasure } from '../measure.js';

export function computeDecisionTreeSize(f: Table): number {
  const { n } = f;
  if (n > SUBCUBE_MAX_N) throw new RangeError(`decision-tree size supports n <= ${SUBCUBE_MAX_N} (3^n subcubes), got ${n}`);
  const p3 = powersOf3(n);
  const mono = monochromeTable(f);
  const leaves = new Int32Array(p3[n]!);
  const d = new Uint8Array(n);
  for (let c = 0; c < leaves.length; c++) {
    if (mono[c] !== 0) {
      leaves[c] = 1;
      continue;
    }
    digitsOf(c, n, d);
    let m = 2 ** 31 - 1;
    for (let i = 0; i < n; i++) {
      if (d[i] !== 2) continue;
      const t = leaves[c - 2 * p3[i]!]! + leaves[c - p3[i]!]!;
      if (t < m) m = t;
    }
    leaves[c] = m;
  }
  return leaves[leaves.length - 1]!;
}

export function decisionTreeSizeJson(v: number) {
  return { leaves: v };
}

export const decisionTreeSize = defineMeasure({
  id: 'decisionTreeSize',
  title: 'decision-tree size (leaves)',
  group: 'complexity',
  input: 'boolean',
  maxN: SUBCUBE_DEFAULT_N,
  summary: 'Least number of leaves of a decision tree computing f (exact, over the 3^n subcubes).',
  type: INTEGER,
  compute: computeDecisionTreeSize,
  json: decisionTreeSizeJson,
  text: (v) => String(v),
  value: (v) => v,
});
