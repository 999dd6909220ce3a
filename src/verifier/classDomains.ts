/**
 * The verifier's own enumeration of the class domains (docs/math.md, "Class domains"), written
 * apart from src/equivalence: every table t of 2^n bits (bit x set: f(x) = -1) not yet seen starts
 * an orbit, grown by the generators until closed; the class's least member in the truth-table
 * order (at the lowest point where two tables differ, the one with +1 there is smaller) is listed,
 * then its generator images in generator order, skipping repeats. The generators, as maps of
 * tables, (g.F)(x) = F(y(x)) xor flip(x):
 *   npn: y = x xor 1 (negate x1); swap bits 1 and 2; cycle (bit j to bit j+1 mod n); complement.
 *   affine: y = x xor 1 (translate); swap; cycle; y = x xor (bit 2 of x) (a transvection); complement.
 *   ea: the affine ones and flip(x) = bit 1 of x (add x1).
 * Swap and cycle need n >= 2, the generators on points n >= 1.
 */
export type ClassKind = 'npn-classes' | 'affine-classes' | 'ea-classes';
export const MAX_CLASS_N = 4;

type Gen = { readonly y: (x: number) => number; readonly flip: (x: number) => number };

function gens(kind: ClassKind, n: number): Gen[] {
  const keep = (y: (x: number) => number): Gen => ({ y, flip: () => 0 });
  const bit = (x: number, j: number): number => (x >> j) & 1;
  const translate = keep((x) => x ^ 1);
  const swap = keep((x) => (x & ~3) | (bit(x, 0) << 1) | bit(x, 1));
  const cycle = keep((x) => {
    let y = 0;
    for (let j = 0; j < n; j++) y |= bit(x, j) << ((j + 1) % n);
    return y;
  });
  const transvection = keep((x) => x ^ bit(x, 1));
  const complement: Gen = { y: (x) => x, flip: () => 1 };
  const addX1: Gen = { y: (x) => x, flip: (x) => bit(x, 0) };
  const out: Gen[] = [];
  if (n >= 1) out.push(translate);
  if (n >= 2) out.push(swap, cycle);
  if (kind !== 'npn-classes' && n >= 2) out.push(transvection);
  out.push(complement);
  if (kind === 'ea-classes' && n >= 1) out.push(addX1);
  return out;
}

function apply(g: Gen, t: number, size: number): number {
  let out = 0;
  for (let x = 0; x < size; x++) if ((Math.floor(t / 2 ** g.y(x)) % 2) ^ g.flip(x)) out += 2 ** x;
  return out;
}

function less(a: number, b: number): boolean {
  for (let x = 0; x < 32; x++) {
    const p = Math.floor(a / 2 ** x) % 2;
    const q = Math.floor(b / 2 ** x) % 2;
    if (p !== q) return p < q;
  }
  return false;
}

/** The listed tables of a class domain at n <= MAX_CLASS_N. */
export function classMembers(kind: ClassKind, n: number): number[] {
  if (!(Number.isSafeInteger(n) && n >= 0 && n <= MAX_CLASS_N)) throw new RangeError(`domain ${kind} is re-enumerated for n <= ${MAX_CLASS_N} only`);
  const size = 2 ** n;
  const g = gens(kind, n);
  const seen = new Set<number>();
  const reps: number[] = [];
  for (let t = 0; t < 2 ** size; t++) {
    if (seen.has(t)) continue;
    let least = t;
    const stack = [t];
    seen.add(t);
    while (stack.length > 0) {
      const u = stack.pop()!;
      if (less(u, least)) least = u;
      for (const h of g) {
        const v = apply(h, u, size);
        if (!seen.has(v)) {
          seen.add(v);
          stack.push(v);
        }
      }
    }
    reps.push(least);
  }
  reps.sort((a, b) => (a === b ? 0 : less(a, b) ? -1 : 1));
  return reps.flatMap((r) => {
    const listed = [r];
    for (const h of g) {
      const v = apply(h, r, size);
      if (!listed.includes(v)) listed.push(v);
    }
    return listed;
  });
}
