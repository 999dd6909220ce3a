/**
 * The groups acting on Boolean functions of n variables (docs/math.md, "Equivalence of Boolean
 * functions"): the hyperoctahedral group 'np' (permute and negate inputs, 2^n n! elements) and
 * 'npn' (also negate the output, 2^(n+1) n!). An element acts by
 *   (e.f)(x) = s f(y),  y_{pi(i)} = c_i x_i  (i = 1..n),  s = -1 when outputNegated,
 * with c_i = -1 for the variables in the negation mask. In bits: bit pi(i)-1 of the point y is
 * bit i-1 of x xor bit i-1 of the mask.
 */
export type EquivalenceGroup = 'np' | 'npn';
export const EQUIVALENCE_GROUPS: readonly EquivalenceGroup[] = ['npn', 'np'];

export interface GroupElement {
  /** pi as a 1-based list: permutation[i-1] = pi(i). */
  readonly permutation: readonly number[];
  /** The set of negated inputs, as a mask (bit i-1: x_i is negated). */
  readonly negation: number;
  readonly outputNegated: boolean;
}

/** Every permutation of 1..n, lexicographic. */
export function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (const rest of permutations(n - 1)) for (let k = 0; k <= rest.length; k++) out.push([...rest.slice(0, k), n, ...rest.slice(k)]);
  return out.sort((a, b) => { for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!; return 0; });
}

/** y(x) for every point x: the point the element reads f at. */
export function pointTable(n: number, e: GroupElement): Uint32Array {
  const table = new Uint32Array(2 ** n);
  for (let x = 0; x < table.length; x++) {
    const z = x ^ e.negation;
    let y = 0;
    for (let i = 0; i < n; i++) if ((z >>> i) & 1) y |= 1 << (e.permutation[i]! - 1);
    table[x] = y;
  }
  return table;
}

/** e.f on +-1 values. */
export function act(values: Int32Array, n: number, e: GroupElement): Int32Array {
  const t = pointTable(n, e);
  const s = e.outputNegated ? -1 : 1;
  return Int32Array.from(t, (y) => s * values[y]!);
}

/** Every element of the group, permutations outermost, then masks, then the output sign. */
export function* elements(n: number, group: EquivalenceGroup): Generator<GroupElement> {
  for (const permutation of permutations(n)) {
    for (let negation = 0; negation < 2 ** n; negation++) {
      yield { permutation, negation, outputNegated: false };
      if (group === 'npn') yield { permutation, negation, outputNegated: true };
    }
  }
}

export const groupOrder = (n: number, group: EquivalenceGroup): number => {
  let f = 1;
  for (let k = 2; k <= n; k++) f *= k;
  return f * 2 ** n * (group === 'npn' ? 2 : 1);
};
