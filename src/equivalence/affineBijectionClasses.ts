/**
 * Every affine equivalence class of bijections of C_n (n <= 4) by orbit enumeration: the left
 * cosets {A o T} are marked one bit each by the rank of their normal form (./affineNormalForm.ts);
 * the least unmarked normal form starts a class, and its orbit under T -> T o B (B in AGL(n, 2))
 * is marked. Normal forms are ranked in lexicographic order and every table is at least its normal
 * form, so the first normal form of a class met is its least table: the class's affine canonical
 * form (./affineBijectionCanon.ts). Exact; n = 4 visits 302 x 322560 tables (docs/math.md).
 */
import { aglOrder, aglTables } from './affineGroup.js';
import { normalFormCount, normalFormRank, normalFormWorkspace, unrankNormalForm } from './affineNormalForm.js';

export interface BijectionClass {
  /** The least table of the class (its affine canonical form). */
  readonly representative: Uint8Array;
  /** Left cosets A o T in the class; the class has leftCosets |AGL(n, 2)| bijections. */
  readonly leftCosets: number;
  readonly size: number;
  /** |{(A, B) : A o T o B = T}| = |AGL(n, 2)| / leftCosets. */
  readonly stabilizerOrder: number;
}

export interface ClassEnumeration {
  readonly n: number;
  readonly classes: readonly BijectionClass[];
  /** False when stopped by the signal (the classes found so far are complete classes). */
  readonly complete: boolean;
}

export function enumerateAffineBijectionClasses(
  n: number,
  options: { readonly signal?: AbortSignal; readonly onClass?: (found: number, markedCosets: number) => void } = {},
): ClassEnumeration {
  if (!Number.isInteger(n) || n < 0 || n > 4) throw new RangeError('affine classes of bijections are enumerated for n <= 4');
  const size = 2 ** n;
  const w = normalFormWorkspace(n);
  const total = normalFormCount(n, w.counts);
  const group = aglTables(n);
  const order = Number(aglOrder(n));
  const marks = new Uint8Array(Math.ceil(total / 8));
  const v = new Uint8Array(size);
  const classes: BijectionClass[] = [];
  let marked = 0;
  let next = 0;
  while (marked < total) {
    if (options.signal?.aborted) return { n, classes, complete: false };
    while ((marks[next >>> 3]! >>> (next & 7)) & 1) next++;
    const rep = unrankNormalForm(next, w);
    let cosets = 0;
    for (let b = 0; b < order; b++) {
      const base = b * size;
      for (let x = 0; x < size; x++) v[x] = rep[group[base + x]!]!;
      const r = normalFormRank(v, w);
      const byte = r >>> 3;
      const bit = 1 << (r & 7);
      if (!(marks[byte]! & bit)) {
        marks[byte] = marks[byte]! | bit;
        cosets++;
      }
    }
    marked += cosets;
    classes.push({ representative: rep, leftCosets: cosets, size: cosets * order, stabilizerOrder: order / cosets });
    options.onClass?.(classes.length, marked);
  }
  return { n, classes, complete: true };
}
