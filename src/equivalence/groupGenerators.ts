/**
 * Generators of each census group as point maps with an output flip pattern, and their action on
 * 2^n-bit tables: (g.F)(x) = F(reads[x]) + flips[x]. np/npn: swap x1 and x2, cycle the variables,
 * negate x1 (and negate the output); agl/affine/ea: swap, cycle, the transvection e2 -> e1 + e2,
 * translation by e1 (and complement; and adding x1).
 */
import { type AffineElement, actTable } from './affineElement.js';
import type { CensusGroup } from './burnside.js';
import { type GroupElement, pointTable } from './signedPermutation.js';

export interface TableMap {
  readonly reads: Uint32Array;
  readonly flips: number;
}

export function applyTableMap(g: TableMap, table: number): number {
  let out = 0;
  for (let x = 0; x < g.reads.length; x++) out |= ((table >>> g.reads[x]!) & 1) << x;
  return (out ^ g.flips) >>> 0;
}

function fromSigned(n: number, e: GroupElement): TableMap {
  return { reads: pointTable(n, e), flips: e.outputNegated ? (2 ** (1 << n) - 1) >>> 0 : 0 };
}

function fromAffine(n: number, e: AffineElement): TableMap {
  // reads: where the indicator of each point moves; flips: the image of the zero table
  const flips = actTable(0, n, e);
  const reads = new Uint32Array(1 << n);
  for (let y = 0; y < 1 << n; y++) {
    const moved = (actTable((1 << y) >>> 0, n, e) ^ flips) >>> 0;
    for (let x = 0; x < 1 << n; x++) if ((moved >>> x) & 1) reads[x] = y;
  }
  return { reads, flips };
}

export function generators(n: number, group: CensusGroup): TableMap[] {
  const perm = Array.from({ length: n }, (_, i) => i + 1);
  if (group === 'np' || group === 'npn') {
    const out: GroupElement[] = [];
    if (n >= 1) out.push({ permutation: perm, negation: 1, outputNegated: false });
    if (n >= 2) out.push({ permutation: [2, 1, ...perm.slice(2)], negation: 0, outputNegated: false }, { permutation: perm.map((p) => (p % n) + 1), negation: 0, outputNegated: false });
    if (group === 'npn') out.push({ permutation: perm, negation: 0, outputNegated: true });
    return out.map((e) => fromSigned(n, e));
  }
  const id = perm.map((p) => 1 << (p - 1));
  const plain = (cols: number[], translation = 0): AffineElement => ({ cols, translation, linear: 0, constant: 0 });
  const out: AffineElement[] = [];
  if (n >= 1) out.push(plain(id, 1));
  if (n >= 2) out.push(plain([2, 1, ...id.slice(2)]), plain(id.map((_, j) => 1 << ((j + 1) % n))), plain([1, 3, ...id.slice(2)]));
  if (group !== 'agl') out.push({ ...plain(id), constant: 1 });
  if (group === 'ea' && n >= 1) out.push({ ...plain(id), linear: 1 });
  return out.map((e) => fromAffine(n, e));
}
