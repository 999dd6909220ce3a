/**
 * The measures the census counts incrementally (src/census, one cell of its joint histogram per
 * combination), by their census name, each tied to the registered measure it counts: the compiler
 * rejects a census form of a measure that does not exist, and test/vocabulary/census.test.ts
 * checks that a census cell holds exactly the registered measures' values. Claims' census forms
 * (src/claim/property.ts) read these names. A new measure gets a census form only with a census
 * kernel that fills it (the perf engineer's area); until then claims use it through k.measure.
 */
import type { ClaimValue } from './measure.js';
import type { MeasureId } from './measures/index.js';

/** The values of one Boolean function that a census cell holds. */
export interface CensusCell {
  readonly degree: number | null;
  readonly gf2Degree: number | null;
  /** The number of relevant variables. */
  readonly relevant: number;
  readonly balanced: boolean;
  readonly bent: boolean;
}

export type CensusValue = number | boolean | null;

interface CensusForm {
  /** The registered measure counted. */
  readonly measure: MeasureId;
  /** The census value from the measure's claim-facing value. */
  fromMeasure(v: ClaimValue): CensusValue;
  /** Every value the census can see on n-variable Boolean functions, in display order. */
  domain(n: number): CensusValue[];
}

const upTo = (n: number): number[] => Array.from({ length: n + 1 }, (_, k) => k);
const scalar = (v: ClaimValue): CensusValue => {
  if (v !== null && typeof v === 'object') throw new RangeError('a census form counts a scalar measure');
  return v;
};
const yesNo = (): CensusValue[] => [false, true];

export const CENSUS_FORMS = {
  // a Boolean function is never 0, so its degree is defined
  degree: { measure: 'degree', fromMeasure: scalar, domain: upTo },
  gf2Degree: { measure: 'gf2Degree', fromMeasure: scalar, domain: (n) => [null, ...upTo(n)] },
  relevant: {
    measure: 'relevantVariables',
    fromMeasure: (v) => (v !== null && typeof v === 'object' && 'over' in v ? v.entries.filter((e) => e === true).length : scalar(v)),
    domain: upTo,
  },
  balanced: { measure: 'balanced', fromMeasure: scalar, domain: yesNo },
  bent: { measure: 'bent', fromMeasure: scalar, domain: yesNo },
} as const satisfies { readonly [K in keyof CensusCell]: CensusForm };

export type CensusMeasure = keyof typeof CENSUS_FORMS;
/** In the census's canonical order. */
export const CENSUS_MEASURES = Object.keys(CENSUS_FORMS) as CensusMeasure[];
