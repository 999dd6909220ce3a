/**
 * Algebraic immunity (docs/math.md, "### algebraicImmunity"): AI(f) is the least degree of a
 * non-zero GF(2) polynomial g with g F = 0 or g (1 + F) = 0, where F = (1 - f)/2; AI <= ceil(n/2).
 *
 * g annihilates F exactly when g vanishes on the support {b : F(b) = 1}: a linear condition on
 * the ANF coefficients of g. Insert the monomial columns (their values on the support) into a
 * GF(2) basis by increasing degree, then increasing mask; the first column that depends on the
 * earlier ones gives an annihilator of least degree. It is canonical: the only annihilator whose
 * highest monomial (in that order) is that column, since the earlier columns are independent;
 * so the verifier's plain elimination finds the same witness. F is preferred to 1 + F on a tie.
 */
import { popcount, setElements } from '../../core/cube.js';
import type { Table } from '../../core/measures/table.js';
import { INTEGER, defineMeasure } from '../measure.js';

export const ALGEBRAIC_IMMUNITY_MAX_N = 11;

export interface AlgebraicImmunity {
  readonly order: number;
  readonly annihilates: 'F' | '1+F';
  /** The ANF of the witness g: its monomials as set masks, ascending. */
  readonly annihilator: readonly number[];
}

/** Monomial masks by increasing degree, then increasing mask, up to degree maxDegree. */
export function monomialOrder(n: number, maxDegree: number): number[] {
  const masks = Array.from({ length: 2 ** n }, (_, m) => m).filter((m) => popcount(m) <= maxDegree);
  return masks.sort((a, b) => popcount(a) - popcount(b) || a - b);
}

/** The first dependency among the columns, or null: the witness's monomials and its degree. */
function firstDependency(support: readonly number[], columns: readonly number[], degreeCap: number) {
  const rowWords = (support.length >>> 5) + 1;
  const colWords = (columns.length >>> 5) + 1;
  const basis = new Map<number, { vec: Uint32Array; combo: Uint32Array }>();
  for (let c = 0; c < columns.length; c++) {
    const t = columns[c]!;
    if (popcount(t) > degreeCap) return null;
    const vec = new Uint32Array(rowWords);
    support.forEach((b, r) => {
      if ((b & t) === t) vec[r >>> 5]! |= 1 << (r & 31);
    });
    const combo = new Uint32Array(colWords);
    combo[c >>> 5]! |= 1 << (c & 31);
    for (;;) {
      const pivot = lowestBit(vec);
      if (pivot < 0) {
        const monomials = columns.filter((_, k) => (combo[k >>> 5]! >>> (k & 31)) & 1);
        return { degree: popcount(t), monomials: monomials.sort((a, b) => a - b) };
      }
      const row = basis.get(pivot);
      if (!row) {
        basis.set(pivot, { vec, combo });
        break;
      }
      for (let w = 0; w < rowWords; w++) vec[w]! ^= row.vec[w]!;
      for (let w = 0; w < colWords; w++) combo[w]! ^= row.combo[w]!;
    }
  }
  return null;
}

function lowestBit(v: Uint32Array): number {
  for (let w = 0; w < v.length; w++) if (v[w] !== 0) return (w << 5) + 31 - Math.clz32(v[w]! & -v[w]!);
  return -1;
}

export function computeAlgebraicImmunity(f: Table): AlgebraicImmunity {
  const { n, values } = f;
  if (n > ALGEBRAIC_IMMUNITY_MAX_N) throw new RangeError(`algebraic immunity supports n <= ${ALGEBRAIC_IMMUNITY_MAX_N}, got ${n}`);
  const columns = monomialOrder(n, Math.ceil(n / 2));
  const ones: number[] = [];
  const zeros: number[] = [];
  for (let b = 0; b < values.length; b++) (values[b] === -1 ? ones : zeros).push(b);
  const ofF = firstDependency(ones, columns, n);
  const ofComplement = firstDependency(zeros, columns, ofF ? ofF.degree - 1 : n);
  if (ofComplement) return { order: ofComplement.degree, annihilates: '1+F', annihilator: ofComplement.monomials };
  if (ofF) return { order: ofF.degree, annihilates: 'F', annihilator: ofF.monomials };
  throw new Error('algebraic immunity: no annihilator of degree <= ceil(n/2) (internal error)');
}

export function algebraicImmunityJson(v: AlgebraicImmunity) {
  return { order: v.order, annihilates: v.annihilates, annihilator: v.annihilator.map(setElements) };
}

export function algebraicImmunityText(v: AlgebraicImmunity): string {
  const terms = v.annihilator.map((t) => (t === 0 ? '1' : setElements(t).map((i) => `b${i}`).join('')));
  return `${v.order} (g = ${terms.join(' + ')} has g ${v.annihilates === 'F' ? 'F' : '(1 + F)'} = 0)`;
}

export const algebraicImmunity = defineMeasure({
  id: 'algebraicImmunity',
  title: 'algebraic immunity AI(f)',
  group: 'crypto',
  input: 'boolean',
  maxN: ALGEBRAIC_IMMUNITY_MAX_N,
  summary: 'Least degree of a non-zero g with g F = 0 or g (1 + F) = 0, with that annihilator g.',
  type: INTEGER,
  compute: computeAlgebraicImmunity,
  json: algebraicImmunityJson,
  text: algebraicImmunityText,
  value: (v) => v.order,
});
