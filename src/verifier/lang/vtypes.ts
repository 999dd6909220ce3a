/**
 * Static types of the verifier's formula checker, as plain strings: 'int' (a subtype of 'rat'),
 * 'rat', 'bool', 'fn' (a function C_k -> integers), 'bfn' (statically +-1-valued), 'map', 'pts'
 * (a set of points) and 'list:<over>:<scalar>' for measure values indexed by variable, level,
 * set, point or cell. The measures' result types are written out here (a type-only import of the
 * ids makes a measure without a line a compile error; test/verifier/lang compares them with the
 * registry's).
 */
import type { MapMeasureId } from '../../vocabulary/maps/index.js';
import type { MeasureId } from '../../vocabulary/measures/index.js';

export type VTy = string;

/** 'i' integer, 'r' rational, 'b' truth value; '@over' a list over that index. */
type Code = 'i' | 'r' | 'b' | `${'i' | 'r' | 'b'}@${'variable' | 'level' | 'set' | 'point' | 'cell'}`;

export const FUNCTION_MEASURE_TYPES = {
  degree: 'i', gf2Degree: 'i', degreeProfile: 'r@level', totalInfluence: 'r', influences: 'r@variable',
  relevantVariables: 'b@variable', balanced: 'b', bent: 'b', anf: 'i@set', noiseStability: 'r@level',
  sparsity: 'i', spectrum: 'r@set', sensitivity: 'i', blockSensitivity: 'i', certificateComplexity: 'i',
  decisionTreeDepth: 'i', decisionTreeSize: 'i', spectralNorm: 'r', noiseOperator: 'r', walshSpectrum: 'i@set',
  linearity: 'i', nonlinearity: 'i', autocorrelation: 'i@set', absoluteIndicator: 'i', sumOfSquaresIndicator: 'r',
  correlationImmunity: 'i', resiliency: 'i', plateaued: 'b', linearStructures: 'i', algebraicImmunity: 'i',
  symmetric: 'b', monotone: 'b', unate: 'b', selfDual: 'b', juntaSize: 'i', linearThreshold: 'b',
} as const satisfies { readonly [K in MeasureId]: Code };

export const MAP_MEASURE_TYPES = {
  ddt: 'i@cell', differentialUniformity: 'i', apn: 'b', act: 'i@cell', differentialBranchNumber: 'i', lat: 'i@cell',
  mapLinearity: 'i', mapNonlinearity: 'i', linearBranchNumber: 'i', almostBent: 'b', mapPlateaued: 'b', bct: 'i@cell',
  boomerangUniformity: 'i', minComponentDegree: 'i', maxComponentDegree: 'i', minComponentGf2Degree: 'i',
  maxComponentGf2Degree: 'i', inverseDegree: 'i', inverseGf2Degree: 'i', involution: 'b', fixedPoints: 'i', cycleType: 'i',
} as const satisfies { readonly [K in MapMeasureId]: Code };

const SCALAR: Readonly<Record<string, string>> = { i: 'int', r: 'rat', b: 'bool' };

/** The VTy of a table code. */
export function typeOfCode(code: string): VTy {
  const [s, over] = code.split('@');
  return over === undefined ? SCALAR[s!]! : `list:${over}:${SCALAR[s!]}`;
}

export const numeric = (t: VTy): boolean => t === 'int' || t === 'rat';
export const isFnTy = (t: VTy): boolean => t === 'fn' || t === 'bfn';

/** A value of type a is accepted where b is expected. */
export function accepts(b: VTy, a: VTy): boolean {
  if (b === 'rat') return numeric(a);
  if (b === 'fn') return isFnTy(a);
  return a === b;
}

export function describe(t: VTy): string {
  if (t.startsWith('list:')) {
    const [, over, s] = t.split(':');
    return `a list of ${s} by ${over}`;
  }
  return ({ int: 'an integer', rat: 'a rational', bool: 'a truth value', fn: 'a function', bfn: 'a Boolean function', map: 'a map', pts: 'a set of points' } as Record<string, string>)[t] ?? t;
}
