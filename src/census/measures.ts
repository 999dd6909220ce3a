/**
 * The measures a census counts (docs/math.md section 3), their values on a histogram cell, and the
 * text keys values take in JSON ("null", "3", "true"). The names and value domains come from the
 * vocabulary's census forms (src/vocabulary/censusForms.ts), each tied to a registered measure.
 */
import { InputError } from '../core/result.js';
import { CENSUS_FORMS, CENSUS_MEASURES, type CensusCell, type CensusMeasure, type CensusValue } from '../vocabulary/censusForms.js';
import type { Cell } from './histogram.js';

export const MEASURES: readonly CensusMeasure[] = CENSUS_MEASURES;
export type Measure = CensusMeasure;
export type MeasureValue = CensusValue;
// The census kernel's cell is the vocabulary's census cell (both directions, so they stay equal).
const sameCell: [Cell, CensusCell] = [{} as CensusCell, {} as Cell];
void sameCell;

export function isMeasure(name: string): name is Measure {
  return (MEASURES as readonly string[]).includes(name);
}

/** Canonical order (as in MEASURES), duplicates refused. */
export function normalizeMeasures(names: readonly string[]): Measure[] {
  if (names.length === 0) throw new InputError('no measures given');
  const seen = new Set<string>();
  for (const name of names) {
    if (!isMeasure(name)) throw new InputError(`unknown measure '${name}' (known: ${MEASURES.join(', ')})`);
    if (seen.has(name)) throw new InputError(`measure '${name}' given twice`);
    seen.add(name);
  }
  return MEASURES.filter((m) => seen.has(m));
}

/** "degree,bent" -> ['degree', 'bent']. */
export function parseMeasures(text: string): Measure[] {
  return normalizeMeasures(text.split(',').map((s) => s.trim()).filter((s) => s.length > 0));
}

export function measureValue(cell: Cell, m: Measure): MeasureValue {
  return cell[m];
}

/** Every value a measure can take on n-variable Boolean functions, in display order. */
export function measureDomain(m: Measure, n: number): MeasureValue[] {
  return CENSUS_FORMS[m].domain(n);
}

export function valueKey(v: MeasureValue): string {
  return v === null ? 'null' : String(v);
}

/** The inverse of valueKey for a measure's values. */
export function parseValueKey(m: Measure, key: string): MeasureValue {
  const domain = CENSUS_FORMS[m].domain(0);
  if (typeof domain[domain.length - 1] === 'boolean') {
    if (key === 'true' || key === 'false') return key === 'true';
  } else if (key === 'null' && domain.includes(null)) {
    return null;
  } else if (/^\d+$/.test(key)) {
    return Number(key);
  }
  throw new InputError(`'${key}' is not a value of measure ${m}`);
}

/** Order of values for listings: null, then false < true, then numbers ascending. */
export function compareValues(a: MeasureValue, b: MeasureValue): number {
  const rank = (v: MeasureValue): number => (v === null ? -2 : typeof v === 'boolean' ? (v ? 0 : -1) : 1 + v);
  return rank(a) - rank(b);
}
