/**
 * Values in the notation `cubecheck analyze` and `cubecheck map` read back (formatMap when a map's
 * m would not be recovered from perm:), and short descriptions for the text report: degrees of a
 * function, the table and coordinate degrees of a map.
 */
import type { ResolvedDomain } from '../../claim/domains.js';
import type { CubeMap, Fn, PointSet, Value } from '../../claim/values.js';
import { formatMap } from '../../expr/format.js';
import { fastKernel as K } from '../../check/kernel/index.js';

export function notation(value: Value, encoded: string): string {
  return 'image' in value ? formatMap(value as CubeMap) : encoded;
}

/** The first TABLE_ROWS rows of a map's table are shown. */
const TABLE_ROWS = 16;

function signs(point: number, bits: number): string {
  return `(${Array.from({ length: bits }, (_, j) => ((point >>> j) & 1 ? '-' : '+')).join(',')})`;
}

function describeFunction(f: Fn): string[] {
  if (!K.isBoolean(f)) return [`degree ${K.degree(f) ?? 'none (zero function)'}`];
  const rel = K.relevantVariables(f);
  const gf2 = K.gf2Degree(f);
  return [`degree ${K.degree(f)}, gf2 degree ${gf2 ?? 'none (f = +1)'}, relevant variables ${rel.length ? rel.map((i) => `x${i}`).join(' ') : 'none'}`];
}

function describeMap(t: CubeMap): string[] {
  const degrees = Array.from({ length: t.m }, (_, j) => K.degree(K.coordinate(t, j + 1)));
  const kind = K.isBijection(t) ? (K.isSignedPermutation(t) ? 'signed permutation' : K.isGf2Affine(t) ? 'GF(2)-affine bijection' : 'bijection') : 'not a bijection';
  const lines = [`${kind}; coordinate degrees ${degrees.join(', ')}`];
  if (K.isBijection(t)) {
    const inv = K.inverse(t);
    lines.push(`inverse ${formatMap(inv)}; its coordinate degrees ${Array.from({ length: t.n }, (_, j) => K.degree(K.coordinate(inv, j + 1))).join(', ')}`);
    if (t.n <= 12) lines.push(`P(T) = ${K.parityDegreeSum(t)}, P(T^-1) = ${K.parityDegreeSum(inv)}`);
  }
  const rows = Math.min(t.image.length, TABLE_ROWS);
  for (let x = 0; x < rows; x++) lines.push(`  ${String(x).padStart(3)} ${signs(x, t.n)} -> ${String(t.image[x]).padStart(3)} ${signs(t.image[x]!, t.m)}`);
  if (rows < t.image.length) lines.push(`  ... (${t.image.length - rows} more rows)`);
  return lines;
}

/** Lines describing one variable's value: the notation, then details. */
export function describeValue(name: string, value: Value, encoded: string, domain: ResolvedDomain): string[] {
  const head = `${name} = ${notation(value, encoded)}`;
  if ('values' in value) return [head, ...describeFunction(value as Fn).map((l) => `    ${l}`)];
  if ('image' in value) return [head, ...describeMap(value as CubeMap).map((l) => `    ${l}`)];
  return [head, `    ${(value as PointSet).points.length} of ${2 ** domain.n} points`];
}
