/**
 * Computing the registered vectorial measures of one map: each computed, not applicable (a
 * 'bijection' measure on a map that is not one) or skipped (n or m above its maxN, unless asked
 * for). Pure data; `map` formats it.
 */
import { match } from 'ts-pattern';
import type { AnyMapMeasure, Json, MapMeasureGroup } from '../measure.js';
import type { MapSubject } from '../mapSubject.js';
import { MAP_MEASURES, MAP_MEASURE_IDS, type MapMeasureId } from './index.js';

export type MapMeasureOutcome =
  | { readonly id: MapMeasureId; readonly def: AnyMapMeasure; readonly status: 'computed'; readonly value: unknown }
  | { readonly id: MapMeasureId; readonly def: AnyMapMeasure; readonly status: 'notBijective' }
  | { readonly id: MapMeasureId; readonly def: AnyMapMeasure; readonly status: 'skipped'; readonly maxN: number };

export interface MapEvaluateOptions {
  /** Compute these even above their maxN. */
  readonly force?: readonly MapMeasureId[];
}

export function evaluateMapMeasure(id: MapMeasureId, t: MapSubject, options: MapEvaluateOptions = {}): MapMeasureOutcome {
  const def: AnyMapMeasure = MAP_MEASURES[id];
  if (def.input === 'bijection' && !t.bijective) return { id, def, status: 'notBijective' };
  if (def.maxN !== undefined && Math.max(t.n, t.m) > def.maxN && !options.force?.includes(id)) return { id, def, status: 'skipped', maxN: def.maxN };
  return { id, def, status: 'computed', value: def.compute(t) };
}

export function evaluateAllMapMeasures(t: MapSubject, options: MapEvaluateOptions = {}): MapMeasureOutcome[] {
  return MAP_MEASURE_IDS.map((id) => evaluateMapMeasure(id, t, options));
}

/** The JSON of an outcome: null when not applicable, undefined when skipped. */
export function mapOutcomeJson(o: MapMeasureOutcome): Json | undefined {
  return match(o)
    .with({ status: 'computed' }, (c) => c.def.json(c.value))
    .with({ status: 'notBijective' }, () => null)
    .with({ status: 'skipped' }, () => undefined)
    .exhaustive();
}

export function mapOutcomeText(o: MapMeasureOutcome): string {
  return match(o)
    .with({ status: 'computed' }, (c) => c.def.text(c.value))
    .with({ status: 'notBijective' }, () => 'n/a (not a bijection)')
    .with({ status: 'skipped' }, (s) => `not computed for n or m > ${s.maxN} (map --measures ${s.id})`)
    .exhaustive();
}

export const MAP_GROUP_TITLES = {
  differential: 'Differential',
  linear: 'Linear (Walsh)',
  boomerang: 'Boomerang',
  degree: 'Component degrees',
  cycles: 'Cycles and fixed points',
} as const satisfies Record<MapMeasureGroup, string>;
