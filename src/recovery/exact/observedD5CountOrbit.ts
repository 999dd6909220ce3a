/**
 * The symmetry of a counted pass (observedD5Count.ts; docs/math.md, "Counting the dear coordinates
 * when every code costs <= L + 1"). The pass's levels are the heads before the coordinates, the
 * cheap coordinates (positions pos[0..], class values values[..]), the later heads; its dear
 * coordinates are counted, not chosen. S_v = { A : A fixes the heads before the coordinates, and
 * v[p_b] = v[b] for every position b } maps the pass's set of V onto itself (observedD5Symmetry.ts)
 * and V's prefix Q (the chosen codes) to A.Q: coordinate b of A o V is +- coordinate p_b of V (a
 * cheap position goes to a cheap one), a later head g goes to g o A^-1. So A maps the completions
 * of Q one to one onto those of A.Q and N(A.Q) = N(Q). Hence sum_Q N(Q) = sum over S_v-orbits of
 * |orbit(Q)| N(Q): a leaf is kept only when its prefix is the least of its orbit (levels' order),
 * weighted by the orbit's size (the action on prefixes need not be free, so the size is counted).
 */
import type { TupleTask } from './tupleSpec.js';
import { signedPermutationList } from './repSymmetry.js';

function moved(image: Uint32Array, code: number): number {
  let out = 0;
  for (let x = 0; x < image.length; x++) if ((code >>> x) & 1) out |= 1 << image[x]!;
  return out >>> 0;
}

export interface PrefixOrbit {
  /** 0 when the leaf's prefix is not the least of its S_v-orbit, else the orbit's size. */
  readonly weight: (heads: readonly number[]) => number;
}

/**
 * tasks: the counted pass's levels; `first` the index of its first coordinate level, nc cheap
 * coordinate levels from there (positions pos[q], values[q]) and the later heads after them;
 * valueAt[b]: the class value of position b (dear ones included).
 */
export function prefixOrbit(d: number, tasks: readonly TupleTask[], first: number, pos: readonly number[], valueAt: readonly number[]): PrefixOrbit {
  const full = (2 ** (1 << d) - 1) >>> 0;
  const nc = pos.length;
  const levelOf = new Array<number>(d).fill(-1);
  pos.forEach((b, q) => (levelOf[b] = q));
  const all = signedPermutationList(d).filter((a) => a.p.every((src, b) => valueAt[src] === valueAt[b]));
  let key: string | null = null;
  let stab = all;
  const weight = (heads: readonly number[]): number => {
    const k = heads.slice(0, first).join(',');
    if (k !== key) ((key = k), (stab = all.filter((a) => heads.slice(0, first).every((c) => moved(a.image, c) === c))));
    const own = heads.slice(first, tasks.length);
    const seen = new Set<string>();
    for (const a of stab) {
      const img = own.map((g, i) => {
        if (i >= nc) return moved(a.image, g);
        const src = own[levelOf[a.p[pos[i]!]!]!]!;
        return a.s[pos[i]!] ? (full ^ src) >>> 0 : src;
      });
      for (let i = 0; i < img.length; i++) {
        if (img[i]! < own[i]!) return 0;
        if (img[i]! > own[i]!) break;
      }
      seen.add(img.join(','));
    }
    return seen.size;
  };
  return { weight };
}
