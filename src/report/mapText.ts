/** The readable text of `map`. */
import { describeNonBijective, DEFAULT_PARITY_BUDGET } from '../maps/index.js';
import type { MapAnalysis } from '../analysis/mapAnalysis.js';
import { formatSet } from '../core/cube.js';
import { MAP_MEASURE_GROUPS } from '../vocabulary/measure.js';
import { MAP_GROUP_TITLES, mapOutcomeText } from '../vocabulary/maps/evaluate.js';

const SHOW = 64;

export function mapText(a: MapAnalysis): string {
  const t = a.map;
  const out: string[] = [];
  out.push(`T: C_${t.n} -> C_${t.m}`);
  out.push(`image: ${listed(t.image)}`);
  out.push(`bijective: ${a.bijective ? 'yes' : `no (${describeNonBijective(a.collision!)})`}`);
  if (a.inverse) out.push(`inverse: ${listed(a.inverse.image)}`);
  out.push(`coordinate degrees deg(T_j): ${a.componentDegrees.join(', ')}`);
  out.push(`coordinate GF(2) degrees: ${a.componentGf2Degrees.map((d) => d ?? 'null').join(', ')}`);
  if (a.inverseComponentDegrees) {
    out.push(`inverse coordinate degrees: ${a.inverseComponentDegrees.join(', ')}`);
    out.push(`inverse coordinate GF(2) degrees: ${a.inverseComponentGf2Degrees!.map((d) => d ?? 'null').join(', ')}`);
  }
  if (a.bijective) {
    const sp = a.signedPermutation;
    out.push(
      `signed permutation: ${sp ? sp.permutation.map((p, j) => `T_${j + 1} = ${sp.signs[j]! < 0 ? '-' : ''}x${p}`).join(', ') : 'no'}`,
    );
    const af = a.gf2Affine;
    if (af) {
      out.push('GF(2)-affine: yes, b(T(x)) = A b(x) + c with');
      af.matrix.forEach((row, j) => {
        const mask = row.reduce<number>((m, bit, k) => (bit ? m | (1 << k) : m), 0);
        out.push(`  row ${j + 1}: ${row.join('')}  c=${af.translation[j]}   (T_${j + 1} = ${af.translation[j] ? '-' : ''}chi_${formatSet(mask)})`);
      });
    } else {
      out.push('GF(2)-affine: no');
    }
    out.push(
      `parity degree sum P(T): ${
        a.parityDegreeSumSkipped ? `not computed (over the cost budget of ${DEFAULT_PARITY_BUDGET} additions: a low-degree component makes it cost about n 4^n)` : `${a.parityDegreeSum} (lower bound n 2^(n-1) = ${t.n * 2 ** (t.n - 1)})`
      }`,
    );
  }
  out.push(...mapMeasureLines(a));
  return `${out.join('\n')}\n`;
}

/** The vectorial measures, grouped; tables as one summary line each (the cells are in --json --tables). */
export function mapMeasureLines(a: MapAnalysis): string[] {
  const out: string[] = [];
  for (const group of MAP_MEASURE_GROUPS) {
    const inGroup = a.measures.filter((o) => o.def.group === group);
    if (inGroup.length === 0) continue;
    out.push('', `${MAP_GROUP_TITLES[group]}:`);
    for (const o of inGroup) out.push(`  ${o.def.title}: ${mapOutcomeText(o)}`);
  }
  return out;
}

function listed(image: Uint32Array): string {
  const shown = Array.from(image.subarray(0, SHOW)).join(',');
  return image.length > SHOW ? `${shown},... (${image.length - SHOW} more)` : shown;
}
