/**
 * The measures of the registry census, by name: each name is a census name of the five engine
 * measures (counted through its census form, src/vocabulary/censusForms.ts) or a registered measure
 * with a scalar value (src/vocabulary/measures). An unknown name, a list-valued measure or a name
 * given twice is bad input (one line, exit 2). A Counter gives a function's value of its measure.
 */
import { InputError } from '../core/result.js';
import { CENSUS_FORMS, type CensusMeasure } from '../vocabulary/censusForms.js';
import type { AnyMeasure, ClaimValue, Scalar } from '../vocabulary/measure.js';
import { MEASURES as REGISTRY, isMeasureId } from '../vocabulary/measures/index.js';
import type { subjectOfFn } from '../vocabulary/subject.js';

export interface Counter {
  readonly name: string;
  value(subject: ReturnType<typeof subjectOfFn>): Scalar;
}

const isCensusName = (m: string): m is CensusMeasure => Object.prototype.hasOwnProperty.call(CENSUS_FORMS, m);

function asScalar(name: string, v: ClaimValue): Scalar {
  if (v !== null && typeof v === 'object' && 'over' in v) throw new RangeError(`${name} is not scalar`);
  return v;
}

/** Every name: a census name of the five engine measures, or a registered measure with a scalar value. */
function counterOf(name: string): Counter {
  if (isCensusName(name)) {
    const form = CENSUS_FORMS[name];
    const m = REGISTRY[form.measure] as AnyMeasure;
    return { name, value: (s) => form.fromMeasure(m.value(m.compute(s))) };
  }
  if (!isMeasureId(name)) throw new InputError(`unknown measure '${name}' (see \`cubecheck list --measures\`)`);
  const m = REGISTRY[name] as AnyMeasure;
  if (m.type.over !== undefined) throw new InputError(`measure '${name}' is a list over each ${m.type.over}, not a scalar; the census counts scalar measures`);
  return { name, value: (s) => asScalar(name, m.value(m.compute(s))) };
}

/** Checks names (unknown, list-valued, duplicate) and returns them in the order given. */
export function registryCounters(names: readonly string[]): readonly Counter[] {
  if (names.length === 0) throw new InputError('no measures given');
  const seen = new Set<string>();
  return names.map((name) => {
    if (seen.has(name)) throw new InputError(`measure '${name}' given twice`);
    seen.add(name);
    return counterOf(name);
  });
}

