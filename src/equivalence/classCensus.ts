/**
 * Class tables: every class of n-variable Boolean functions under a census group, n <= 4, by orbit
 * enumeration (breadth-first search over ./groupGenerators.ts from each function not yet seen),
 * with the class size, the least member (the canonical representative of ./canonical.ts and
 * ./affineCanonical.ts) and per-class measures: the GF(2) degree and the nonlinearity (invariant
 * under every census group; the GF(2) degree under ea only for classes of degree >= 2) and the
 * range of the Fourier degree over the class (one value under np / npn).
 */
import { fromInt32 } from '../core/cubeFunction.js';
import { degreeOfSignsInPlace, gf2Degree } from '../core/degree.js';
import { fwhtInt32InPlace } from '../core/fwht.js';
import { compareBits, valuesOf } from './affineElement.js';
import type { CensusGroup } from './burnside.js';
import { applyTableMap, generators } from './groupGenerators.js';

export const MAX_CLASS_TABLE_N = 4;

export interface ClassRow {
  readonly representative: number;
  readonly size: number;
  readonly gf2Degree: number | null;
  readonly nonlinearity: number;
  /** Least and greatest Fourier degree over the class (null: the zero function, which never occurs for +-1 tables). */
  readonly degree: { readonly min: number | null; readonly max: number | null };
}

export function nonlinearityOf(table: number, n: number): number {
  const w = valuesOf(table, n);
  fwhtInt32InPlace(w);
  let max = 0;
  for (const v of w) max = Math.max(max, Math.abs(v));
  return (2 ** n - max) / 2;
}

export function classTable(n: number, group: CensusGroup): ClassRow[] {
  if (!Number.isInteger(n) || n < 0 || n > MAX_CLASS_TABLE_N) throw new RangeError(`class tables by orbit enumeration need 0 <= n <= ${MAX_CLASS_TABLE_N}`);
  const gens = generators(n, group);
  const count = 2 ** (1 << n);
  const seen = new Uint8Array(count);
  const rows: ClassRow[] = [];
  for (let start = 0; start < count; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    const queue = [start];
    let least = start;
    let dmin = Infinity;
    let dmax = -Infinity;
    for (let i = 0; i < queue.length; i++) {
      const t = queue[i]!;
      if (compareBits(t, least) < 0) least = t;
      const d = degreeOfSignsInPlace(valuesOf(t, n)) ?? -1;
      dmin = Math.min(dmin, d);
      dmax = Math.max(dmax, d);
      for (const g of gens) {
        const h = applyTableMap(g, t);
        if (!seen[h]) {
          seen[h] = 1;
          queue.push(h);
        }
      }
    }
    rows.push({
      representative: least,
      size: queue.length,
      gf2Degree: gf2Degree(fromInt32(n, valuesOf(least, n))),
      nonlinearity: nonlinearityOf(least, n),
      degree: { min: dmin < 0 ? null : dmin, max: dmax < 0 ? null : dmax },
    });
  }
  return rows.sort((a, b) => compareBits(a.representative, b.representative));
}
