/**
 * Invariants of affine equivalence of bijections (docs/math.md, "Affine equivalence of
 * bijections"), used to say why two bijections are not equivalent: A o T o B permutes the DDT
 * rows a != 0 and columns, the Walsh table up to signs, and the nonzero components b.T (so their
 * GF(2) degrees), and (A T B)^-1 = B^-1 T^-1 A^-1 keeps the inverse's degrees. Plain loops,
 * n <= 5; independent of src/vocabulary on purpose (this layer sits below it).
 */
import { invertPerm } from './affineGroup.js';

export interface AffineInvariant {
  readonly id: 'degrees' | 'inverseDegrees' | 'ddtSpectrum' | 'walshSpectrum';
  readonly title: string;
  /** value -> how often, as sorted "value^count" parts. */
  readonly of: (t: Uint8Array) => string;
}

function spectrum(values: Iterable<number>): string {
  const count = new Map<number, number>();
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => a[0] - b[0]).map(([v, c]) => `${v}^${c}`).join(' ');
}

const parity = (v: number): number => {
  let p = 0;
  for (let x = v; x !== 0; x &= x - 1) p ^= 1;
  return p;
};

/** GF(2) degree of each component b.T, b = 1..2^n - 1 (Moebius transform of the bit table). */
function componentDegrees(t: Uint8Array): number[] {
  const out: number[] = [];
  for (let b = 1; b < t.length; b++) {
    const anf = Uint8Array.from(t, (y) => parity(y & b));
    for (let h = 1; h < anf.length; h *= 2) for (let x = 0; x < anf.length; x++) if (x & h) anf[x]! ^= anf[x ^ h]!;
    let deg = -1;
    for (let x = 0; x < anf.length; x++) if (anf[x]) deg = Math.max(deg, popcount(x));
    out.push(deg);
  }
  return out;
}

function popcount(v: number): number {
  let c = 0;
  for (let x = v; x !== 0; x &= x - 1) c++;
  return c;
}

function* ddtEntries(t: Uint8Array): Generator<number> {
  const row = new Int32Array(t.length);
  for (let a = 1; a < t.length; a++) {
    row.fill(0);
    for (let x = 0; x < t.length; x++) row[t[x]! ^ t[x ^ a]!]!++;
    yield* row;
  }
}

function* walshMagnitudes(t: Uint8Array): Generator<number> {
  for (let b = 1; b < t.length; b++) {
    for (let a = 0; a < t.length; a++) {
      let w = 0;
      for (let x = 0; x < t.length; x++) w += parity((t[x]! & b) ^ (x & a)) ? -1 : 1;
      yield Math.abs(w);
    }
  }
}

export const AFFINE_INVARIANTS: readonly AffineInvariant[] = [
  { id: 'degrees', title: 'GF(2) degrees of the nonzero components', of: (t) => spectrum(componentDegrees(t)) },
  { id: 'inverseDegrees', title: "GF(2) degrees of the inverse's nonzero components", of: (t) => spectrum(componentDegrees(invertPerm(t))) },
  { id: 'ddtSpectrum', title: 'DDT spectrum (entries of rows a != 0)', of: (t) => spectrum(ddtEntries(t)) },
  { id: 'walshSpectrum', title: 'Walsh spectrum |W(a, b)|, b != 0', of: (t) => spectrum(walshMagnitudes(t)) },
];

export interface InvariantDifference {
  readonly id: AffineInvariant['id'];
  readonly title: string;
  readonly first: string;
  readonly second: string;
}

/** The first invariant on which s and t differ, or null when all agree. */
export function differingInvariant(s: Uint8Array, t: Uint8Array): InvariantDifference | null {
  for (const inv of AFFINE_INVARIANTS) {
    const a = inv.of(s);
    const b = inv.of(t);
    if (a !== b) return { id: inv.id, title: inv.title, first: a, second: b };
  }
  return null;
}
