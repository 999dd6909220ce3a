/**
 * Forced coordinates in hier-max's restricted searches (hierMax.ts, observedD5HierMax.ts;
 * docs/math.md, "hier-max past the list at d = 5, m > d"). At a node the chosen levels split the
 * representation side into classes X_c (by the chosen heads' values g_i(x) and the chosen
 * coordinates' bits) paired with latent classes Z_c (by h_i(z) and the chosen codes); a remaining
 * coordinate level at position b must take, in Z_c, as many points as X_c has with bit b set. When
 * every such count is 0 or |X_c| the code is forced (the union of the Z_c taken whole); if the
 * level refuses it (cost above the ceiling, or of the wrong class in a pass), no completion of the
 * node exists. Sound: the classes only refine below the node, so the forced code is the only one.
 * E.g. a first head +-x_i forces coordinate i to be +-h: with h = z3 z4 z5 (cost 3) under a
 * ceiling 2 the node is cut at once instead of after four free coordinates.
 */
import { popcount32 } from './candidates.js';
import type { TupleTask } from './tupleSpec.js';

/** Off only to compare (tests, bench). */
export const HIER_MAX_FORCED = { on: true };

/** The accept filter: false when a later coordinate level is forced to a code it refuses. */
export function forcedCoordinateCut(d: number, tasks: readonly TupleTask[]): (j: number, g: number, prefix: readonly number[]) => boolean {
  const size = 1 << d;
  const kx = new Int32Array(size);
  const kz = new Int32Array(size);
  const coords = tasks.map((t, i) => (t.side === 'z' ? i : -1)).filter((i) => i >= 0);
  return (j, g, prefix) => {
    if (!HIER_MAX_FORCED.on || j >= 10) return true;
    const later = coords.filter((q) => q > j);
    if (later.length === 0) return true;
    for (let i = 0; i <= j; i++) {
      const t = tasks[i]!;
      const chosen = i === j ? g : prefix[i]!;
      const xCode = t.side === 'z' ? t.code : chosen;
      const zCode = t.side === 'z' ? chosen : t.code;
      for (let p = 0; p < size; p++) {
        kx[p] = (i === 0 ? 0 : kx[p]! << 1) | ((xCode >>> p) & 1);
        kz[p] = (i === 0 ? 0 : kz[p]! << 1) | ((zCode >>> p) & 1);
      }
    }
    const classes = 1 << (j + 1);
    const zMask = new Uint32Array(classes);
    const xMask = new Uint32Array(classes);
    for (let p = 0; p < size; p++) {
      xMask[kx[p]!] = (xMask[kx[p]!]! | (1 << p)) >>> 0;
      zMask[kz[p]!] = (zMask[kz[p]!]! | (1 << p)) >>> 0;
    }
    for (const q of later) {
      const bits = tasks[q]!.code;
      let forced = 0;
      let free = false;
      for (let c = 0; c < classes && !free; c++) {
        const n = popcount32(xMask[c]!);
        if (n === 0) continue;
        const t = popcount32((xMask[c]! & bits) >>> 0);
        if (t === n) forced = (forced | zMask[c]!) >>> 0;
        else if (t !== 0) free = true;
      }
      if (!free && (tasks[q]!.costOf?.(forced) ?? 0) === Infinity) return false;
    }
    return true;
  };
}
