/**
 * Computing the registered measures of one subject: each computed, not applicable (a 'boolean'
 * measure on a function that is not Boolean) or skipped (n above the measure's maxN, unless asked
 * for). Pure data; analyze, the UI and `list` format it.
 */
import { match } from 'ts-pattern';
import type { AnyMeasure } from './measure.js';
import { MEASURES, MEASURE_IDS, type MeasureId, type Measures } from './measures/index.js';
import type { FunctionSubject } from './subject.js';

export type MeasureOutcome =
  | { readonly id: MeasureId; readonly def: AnyMeasure; readonly status: 'computed'; readonly value: unknown }
  | { readonly id: MeasureId; readonly def: AnyMeasure; readonly status: 'notBoolean' }
  | { readonly id: MeasureId; readonly def: AnyMeasure; readonly status: 'skipped'; readonly maxN: number };

export interface EvaluateOptions {
  /** Compute these even above their maxN. */
  readonly force?: readonly MeasureId[];
  /** Compute every measure whatever n. */
  readonly all?: boolean;
}

export function evaluateMeasure(id: MeasureId, s: FunctionSubject, options: EvaluateOptions = {}): MeasureOutcome {
  const def: AnyMeasure = MEASURES[id];
  if (def.input === 'boolean' && !s.boolean) return { id, def, status: 'notBoolean' };
  if (def.maxN !== undefined && s.n > def.maxN && !options.all && !options.force?.includes(id)) return { id, def, status: 'skipped', maxN: def.maxN };
  return { id, def, status: 'computed', value: def.compute(s) };
}

/** Every registered measure, in registry order. */
export function evaluateAll(s: FunctionSubject, options: EvaluateOptions = {}): MeasureOutcome[] {
  return MEASURE_IDS.map((id) => evaluateMeasure(id, s, options));
}

/**
 * The measures with no size limit (no maxN): the ones that cost about as much as the transform
 * (a few passes over the 2^n values or the spectrum) and that batch mode computes by default.
 */
export const SCALABLE_MEASURE_IDS: readonly MeasureId[] = MEASURE_IDS.filter((id) => MEASURES[id].maxN === undefined);

/** The measures `ids` (in registry order, each once) of s; the others are not evaluated at all. */
export function evaluateSelected(s: FunctionSubject, ids: readonly MeasureId[], options: EvaluateOptions = {}): MeasureOutcome[] {
  const wanted = new Set(ids);
  return MEASURE_IDS.filter((id) => wanted.has(id)).map((id) => evaluateMeasure(id, s, options));
}

/** The computed value of measure id (typed), or null when it was not computed. */
export function computedValue<K extends MeasureId>(outcomes: readonly MeasureOutcome[], id: K): ReturnType<Measures[K]['compute']> | null {
  const o = outcomes.find((x) => x.id === id);
  return o && o.status === 'computed' ? (o.value as ReturnType<Measures[K]['compute']>) : null;
}

/** The JSON of an outcome: the measure's json, null when not applicable; undefined when skipped. */
export function outcomeJson(o: MeasureOutcome): unknown {
  // A switch, not ts-pattern's match: this runs once per measure per batch line, where match's
  // builder objects were a tenth of the profile (measured on analyze --stdin).
  switch (o.status) {
    case 'computed':
      return o.def.json(o.value);
    case 'notBoolean':
      return null;
    case 'skipped':
      return undefined;
    default:
      return unreachable(o);
  }
}

function unreachable(o: never): never {
  throw new Error(`unknown measure outcome ${JSON.stringify(o)}`);
}

/** The text of an outcome (without the title). */
export function outcomeText(o: MeasureOutcome): string {
  return match(o)
    .with({ status: 'computed' }, (c) => c.def.text(c.value))
    .with({ status: 'notBoolean' }, () => 'n/a (not Boolean)')
    .with({ status: 'skipped' }, (s) => `not computed for n > ${s.maxN} (analyze --measures ${s.id})`)
    .exhaustive();
}
