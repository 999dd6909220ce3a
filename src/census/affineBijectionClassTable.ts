/**
 * The affine classes of bijections of C_n (n <= 4) with per-class measures (docs/math.md,
 * "Affine equivalence of bijections"): n <= 3 by orbit enumeration on the spot, n = 4 from the
 * checked-in table src/equivalence/affineBijectionClasses4.ts (derived by the same enumeration,
 * re-checked by test/equivalence/affineBijectionClasses.test.ts). Measures through the vocabulary.
 */
import { aglOrder } from '../equivalence/affineGroup.js';
import { enumerateAffineBijectionClasses } from '../equivalence/affineBijectionClasses.js';
import { AFFINE_BIJECTION_CLASSES_4 } from '../equivalence/affineBijectionClasses4.js';
import { MAP_MEASURES } from '../vocabulary/maps/index.js';
import { mapSubjectOf } from '../vocabulary/mapSubject.js';

export interface AffineBijectionClassRow {
  /** 1-based, in the order of the canonical forms. */
  readonly index: number;
  readonly representative: readonly number[];
  readonly stabilizerOrder: number;
  /** |AGL(n, 2)|^2 / stabilizerOrder (exact: at most 16! < 2^53). */
  readonly size: number;
  readonly degree: number | null;
  readonly inverseDegree: number | null;
  readonly differentialUniformity: number | null;
  readonly linearity: number | null;
  readonly boomerangUniformity: number | null;
  /** n = 4 only (Leander-Poschmann): differential uniformity 4 and linearity 8. */
  readonly optimal: boolean | null;
}

export const MAX_CLASS_TABLE_N = 4;

function classList(n: number): { representative: Uint8Array; stabilizerOrder: number }[] {
  if (n === 4) {
    return AFFINE_BIJECTION_CLASSES_4.map(([hex, stab]) => ({ representative: Uint8Array.from(hex, (c) => parseInt(c, 16)), stabilizerOrder: stab }));
  }
  return enumerateAffineBijectionClasses(n).classes.map((c) => ({ representative: c.representative, stabilizerOrder: c.stabilizerOrder }));
}

export function affineBijectionClassTable(n: number): AffineBijectionClassRow[] {
  if (!Number.isInteger(n) || n < 1 || n > MAX_CLASS_TABLE_N) throw new RangeError(`affine classes of bijections are listed for 1 <= n <= ${MAX_CLASS_TABLE_N}`);
  const order = Number(aglOrder(n));
  return classList(n).map((c, i) => {
    const subject = mapSubjectOf({ n, m: n, image: Uint32Array.from(c.representative) });
    const du = MAP_MEASURES.differentialUniformity.compute(subject);
    const lin = MAP_MEASURES.mapLinearity.compute(subject);
    return {
      index: i + 1,
      representative: Array.from(c.representative),
      stabilizerOrder: c.stabilizerOrder,
      size: (order / c.stabilizerOrder) * order,
      degree: MAP_MEASURES.maxComponentGf2Degree.compute(subject),
      inverseDegree: MAP_MEASURES.inverseGf2Degree.compute(subject),
      differentialUniformity: du,
      linearity: lin,
      boomerangUniformity: MAP_MEASURES.boomerangUniformity.compute(subject),
      optimal: n === 4 ? du === 4 && lin === 8 : null,
    };
  });
}
