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
  /** Evaluate only these (batch `map --stdin`); absent: every registered measure. */
  readonly select?: readonly MapMeasureId[];
}

/** The vectorial measures with no size limit: what batch `map --stdin` computes by default. */
export const SCALABLE_MAP_MEASURE_IDS: readonly MapMeasureId[] = MAP_MEASURE_IDS.filter((id) => MAP_MEASURES[id].maxN === undefined);

export function evaluateMapMeasure(id: MapMeasureId, t: MapSubject, options: MapEvaluateOptions = {}): MapMeasureOutcome {
  const def: AnyMapMeasure = MAP_MEASURES[id];
  if (def.input === 'bijection' && !t.bijective) return { id, def, status: 'notBijective' };
  if (def.maxN !== undefined && Math.max(t.n, t.m) > def.maxN && !options.force?.includes(id)) return { id, def, status: 'skipped', maxN: def.maxN };
  return { id, def, status: 'computed', value: def.compute(t) };
}

export function evaluateAllMapMeasures(t: MapSubject, options: MapEvaluateOptions = {}): MapMeasureOutcome[] {
  const select = options.select;
  const ids = select === undefined ? MAP_MEASURE_IDS : MAP_MEASURE_IDS.filter((id) => select.includes(id));
  return ids.map((id) => evaluateMapMeasure(id, t, options));
}

/** The JSON of an outcome: null when not applicable, undefined when skipped. */
export function mapOutcomeJson(o: MapMeasureOutcome): Json | undefined {
  // A switch, not ts-pattern's match: it runs per measure per line of batch `map --stdin`.
  switch (o.status) {
    case 'computed':
      return o.def.json(o.value);
    case 'notBijective':
      return null;
    case 'skipped':
      return undefined;
    default:
      return unreachable(o);
  }
}

function unreachable(o: never): never {
  throw new Error(`unknown map measure outcome ${JSON.stringify(o)}`);
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
