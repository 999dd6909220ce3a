/** Text and JSON of `census --bijection-classes --n N` (src/census/affineBijectionClassTable.ts). */
import type { AffineBijectionClassRow } from '../census/affineBijectionClassTable.js';

const hex = (t: readonly number[]): string => t.map((v) => v.toString(32)).join('');
const cell = (v: number | null): string => (v === null ? '-' : String(v));

export function bijectionClassesJson(n: number, rows: readonly AffineBijectionClassRow[]) {
  return {
    n,
    group: 'affine',
    classes: rows.length,
    optimalClasses: n === 4 ? rows.filter((r) => r.optimal).length : null,
    totalBijections: String(rows.reduce((a, r) => a + BigInt(r.size), 0n)),
    rows: rows.map((r) => ({ ...r, representative: `perm:${r.representative.join(',')}` })),
  };
}

export function bijectionClassesText(n: number, rows: readonly AffineBijectionClassRow[]): string {
  const total = rows.reduce((a, r) => a + BigInt(r.size), 0n);
  const header = ['class', 'representative', 'self-eq', 'size', 'deg', 'deg^-1', 'DU', 'lin', 'BU', ...(n === 4 ? ['optimal'] : [])];
  const body = rows.map((r) => [
    String(r.index), hex(r.representative), String(r.stabilizerOrder), String(r.size), cell(r.degree), cell(r.inverseDegree),
    cell(r.differentialUniformity), cell(r.linearity), cell(r.boomerangUniformity), ...(n === 4 ? [r.optimal ? 'yes' : ''] : []),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  const optimal = n === 4 ? `, ${rows.filter((r) => r.optimal).length} optimal (DU 4, linearity 8)` : '';
  return [
    `affine classes of bijections of C_${n} (A o T o B, A, B in AGL(${n}, 2)): ${rows.length} classes${optimal}; sizes sum to ${total} = (2^${n})!`,
    `representative: the class's least table, one base-32 digit per point 0..${2 ** n - 1}; self-eq = |{(A, B) : A T B = T}|`,
    line(header),
    ...body.map(line),
    '',
  ].join('\n');
}
