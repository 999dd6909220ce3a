/** Text and JSON of `canon` and `equivalent` for bijections under affine equivalence (src/equivalence). */
import { aglOrder, affineMatrixForm } from '../equivalence/affineGroup.js';
import type { AffineCanonical } from '../equivalence/affineBijectionCanon.js';
import type { InvariantDifference } from '../equivalence/affineInvariants.js';

export const permText = (t: ArrayLike<number>): string => `perm:${Array.from(t).join(',')}`;

export function affineElementJson(table: ArrayLike<number>) {
  const form = affineMatrixForm(table);
  return { table: permText(table), matrix: form.rows, translation: form.translation };
}

/** "perm:... (y = L x + c, L rows 1000 0100, c = 00)": row j of L holds the coefficients of x_1..x_n in y_j. */
export function affineElementText(table: ArrayLike<number>): string {
  const form = affineMatrixForm(table);
  return `${permText(table)} (y = L x + c, L rows ${form.rows.map((r) => r.join('')).join(' ') || '-'}, c = ${form.translation.join('') || '-'})`;
}

export function canonMapJson(n: number, t: ArrayLike<number>, c: AffineCanonical) {
  const order = aglOrder(n);
  return {
    n,
    group: 'affine',
    groupOrder: Number(order),
    map: permText(t),
    representative: permText(c.representative),
    witness: { outer: affineElementJson(c.outer), inner: affineElementJson(c.inner) },
    selfEquivalences: c.stabilizerOrder,
    classSize: String((order * order) / BigInt(c.stabilizerOrder)),
  };
}

export function canonMapText(n: number, t: ArrayLike<number>, c: AffineCanonical): string {
  const order = aglOrder(n);
  return [
    `T = ${permText(t)} (n = ${n})`,
    `group: affine, R = A o T o B with A, B in AGL(${n}, 2) (${order} elements each)`,
    `representative R: ${permText(c.representative)}`,
    `witness A: ${affineElementText(c.outer)}`,
    `witness B: ${affineElementText(c.inner)}`,
    `self-equivalences: ${c.stabilizerOrder} (the class has ${(order * order) / BigInt(c.stabilizerOrder)} bijections)`,
    '',
  ].join('\n');
}

export type MapEquivalence =
  | { readonly equivalent: true; readonly outer: Uint8Array; readonly inner: Uint8Array }
  | { readonly equivalent: false; readonly invariant: InvariantDifference | null; readonly canonicalF: Uint8Array | null; readonly canonicalG: Uint8Array | null };

export function equivalentMapJson(n: number, e: MapEquivalence) {
  return e.equivalent
    ? { n, group: 'affine', equivalent: true, witness: { outer: affineElementJson(e.outer), inner: affineElementJson(e.inner) } }
    : { n, group: 'affine', equivalent: false, witness: null, differingInvariant: e.invariant, canonicalF: e.canonicalF && permText(e.canonicalF), canonicalG: e.canonicalG && permText(e.canonicalG) };
}

export function equivalentMapText(e: MapEquivalence): string {
  if (e.equivalent) return `equivalent under affine: g = A o f o B with\n  A: ${affineElementText(e.outer)}\n  B: ${affineElementText(e.inner)}\n`;
  const why = e.invariant
    ? `the ${e.invariant.title} differ (f: ${e.invariant.first}; g: ${e.invariant.second})`
    : `the canonical forms differ (f: ${permText(e.canonicalF!)}, g: ${permText(e.canonicalG!)}; the DDT, Walsh and degree spectra agree)`;
  return `not equivalent under affine: ${why}\n`;
}
