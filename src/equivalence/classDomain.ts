/**
 * The members of a class domain (npn-classes, affine-classes, ea-classes; docs/math.md "Class
 * domains"): for each class of n-variable Boolean functions under the group, in the truth-table
 * order of the representatives, the representative (the least member) and then its images under
 * the group's generators (./groupGenerators.ts, in their order), leaving out repeats. A forAll
 * claim true on the domain is true on every representative and unchanged by every generator
 * there: the check of invariance the domain asks for. n <= 4.
 */
import type { CensusGroup } from './burnside.js';
import { MAX_CLASS_TABLE_N, classTable } from './classCensus.js';
import { applyTableMap, generators } from './groupGenerators.js';

export const MAX_CLASS_DOMAIN_N = MAX_CLASS_TABLE_N;

const cache = new Map<string, Uint32Array>();

export function classDomainTables(n: number, group: CensusGroup): Uint32Array {
  const key = `${group}/${n}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const gens = generators(n, group);
  const out: number[] = [];
  for (const row of classTable(n, group)) {
    const listed = new Set<number>([row.representative]);
    out.push(row.representative);
    for (const g of gens) {
      const image = applyTableMap(g, row.representative);
      if (!listed.has(image)) {
        listed.add(image);
        out.push(image);
      }
    }
  }
  const tables = Uint32Array.from(out);
  cache.set(key, tables);
  return tables;
}
