/** The fast kernel's vectorial measures: straight from the map registry (src/vocabulary/maps). */
import type { Kernel } from '../../claim/kernel.js';
import type { CubeMap, Fn } from '../../model/values.js';
import type { MeasureId } from '../../vocabulary/measures/index.js';
import type { AnyMapMeasure, ClaimValue } from '../../vocabulary/measure.js';
import { MAP_MEASURES, type MapMeasureId, isMapMeasureId } from '../../vocabulary/maps/index.js';
import { mapSubjectOf } from '../../vocabulary/mapSubject.js';

export function mapMeasure(id: MapMeasureId, t: CubeMap): ClaimValue {
  if (!isMapMeasureId(id)) throw new RangeError(`unknown map measure '${String(id)}'`);
  if (!Number.isInteger(t.n) || !Number.isInteger(t.m) || t.n < 0 || t.m < 0 || t.n > 20 || t.m > 20 || t.image.length !== 2 ** t.n || t.image.some((y) => y >= 2 ** t.m)) {
    throw new RangeError('a map C_n -> C_m needs 2^n image points below 2^m (n, m <= 20)');
  }
  const def: AnyMapMeasure = MAP_MEASURES[id];
  if (def.maxN !== undefined && (t.n > def.maxN || t.m > def.maxN)) throw new RangeError(`${id} is computed for n, m <= ${def.maxN} only`);
  const s = mapSubjectOf(t);
  if (def.input === 'bijection' && !s.bijective) return null;
  return def.value(def.compute(s));
}

/** The kernel's one measure(id, value): maps go to the map registry, functions to `functionMeasure`. */
export function measureOfEither(functionMeasure: (id: MeasureId, f: Fn) => ClaimValue): Kernel['measure'] {
  return ((id: string, x: Fn | CubeMap) => ('image' in x ? mapMeasure(id as MapMeasureId, x) : functionMeasure(id as MeasureId, x))) as Kernel['measure'];
}
