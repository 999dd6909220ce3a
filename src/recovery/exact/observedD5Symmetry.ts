/**
 * Symmetry breaking inside a pass by cost class (observedD5Passes.ts; docs/math.md, "Symmetry
 * inside a pass"): repSymmetry.ts's argument for the subgroup that keeps the pass. The heads before
 * the coordinate levels are fixed by S = { A : g o A^-1 = g for each } (signed permutations of the
 * representation side); a pass's coordinate positions carry class values v (observedD5Classes.ts),
 * and S_v = { A in S : v[p_b] = v[b] for every position b } (bit b of A(r) = bit p_b of r, negated
 * when s_b) maps the pass's set of V onto itself: coordinate b of A o V is +- coordinate p_b of V,
 * of the same cost, and the heads before the coordinates stay. It acts freely (A o V = V forces
 * A = id), keeping every cost and membership in the group, so it suffices to visit per S_v-orbit
 * the V whose coordinate tuple, read in the levels' order, is least, counted |S_v| times. A prefix
 * is dropped when some A in S_v mapping its positions onto themselves makes it smaller (the least
 * member is never dropped); at the last coordinate level every A is tried, so exactly the least
 * member of each orbit is kept.
 */
import type { TupleTask } from './tupleSpec.js';
import { type CoordinateSymmetry, signedPermutationList } from './repSymmetry.js';

function moved(image: Uint32Array, code: number): number {
  let out = 0;
  for (let x = 0; x < image.length; x++) if ((code >>> x) & 1) out |= 1 << image[x]!;
  return out >>> 0;
}

/**
 * tasks: the pass's levels, its d coordinate levels contiguous (null otherwise); pos[q] the
 * position (bit) of coordinate level q, values[q] its class value.
 */
export function classSymmetry(d: number, tasks: readonly TupleTask[], pos: readonly number[], values: readonly number[]): CoordinateSymmetry | null {
  const first = tasks.findIndex((t) => t.side === 'z');
  if (first < 0 || tasks.slice(first, first + d).some((t) => t.side !== 'z')) return null;
  const full = (2 ** (1 << d) - 1) >>> 0;
  const valueAt = new Array<number>(d);
  const levelOf = new Array<number>(d);
  pos.forEach((b, q) => ((valueAt[b] = values[q]!), (levelOf[b] = q)));
  const all = signedPermutationList(d).filter((a) => a.p.every((src, b) => valueAt[src] === valueAt[b]));
  let key: string | null = null;
  let stab = all;
  let byDepth: (typeof all)[] = [];
  const stabiliserOf = (heads: readonly number[]) => {
    const k = heads.slice(0, first).join(',');
    if (k !== key) {
      key = k;
      stab = all.filter((a) => heads.slice(0, first).every((c) => moved(a.image, c) === c));
      const identity = (a: (typeof all)[number]) => a.p.every((b, q) => b === q) && a.s.every((x) => !x);
      byDepth = Array.from({ length: d }, (_, q) => stab.filter((a) => !identity(a) && pos.slice(0, q + 1).every((b) => levelOf[a.p[b]!]! <= q)));
    }
    return stab;
  };
  const accept = (j: number, g: number, prefix: readonly number[]): boolean => {
    const q = j - first;
    if (q < 0 || q >= d) return true;
    stabiliserOf(prefix);
    for (const a of byDepth[q]!) {
      // (A o V)'s coordinate at level i is +- V's at the level of position p[pos[i]].
      for (let i = 0; i <= q; i++) {
        const at = levelOf[a.p[pos[i]!]!]!;
        const src = at === q ? g : prefix[first + at]!;
        const t = a.s[pos[i]!] ? (full ^ src) >>> 0 : src;
        const c = i === q ? g : prefix[first + i]!;
        if (t < c) return false;
        if (t > c) break;
      }
    }
    return true;
  };
  return { accept, stabiliserSize: (heads) => stabiliserOf(heads).length };
}
