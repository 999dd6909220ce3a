/**
 * When the symmetry group H of the search (stabiliserChain.ts) is larger than the group G of
 * the question (head-gf2 searched under AGL(d, 2), asked up to signed permutations), orbit
 * representatives do not decide the verdict; but then no minimiser set is inside G: if V is a
 * minimiser, so is T o V for every T in H (the bias is H-invariant), and V, T o V are not both
 * in G for T in H \ G (G is a group). escape(V0) = T o V0 for a generator T of H outside G: the
 * witness when V0 itself lies in G.
 */
import { inGroup, isSubgroup } from '../groups.js';
import type { Group } from '../types.js';
import { groupGenerators } from './stabiliserChain.js';

export function affineEscape(d: number, h: Group, g: Group): ((v0: Uint32Array) => Uint32Array) | null {
  if (isSubgroup(h, g)) return null;
  const t = groupGenerators(d, h).perms.find((p) => !inGroup(d, Uint32Array.from(p), g));
  if (t === undefined) return null; // H = G after all (d = 1): orbits decide the verdict.
  return (v0) => v0.map((x) => t[x]!);
}
