/** The verifier kernel's vectorial measures, from its own twin registry (./maps.ts). */
import type { Kernel } from '../../claim/kernel.js';
import type { CubeMap, Fn } from '../../model/values.js';
import type { MeasureId } from '../../vocabulary/measures/index.js';
import type { ClaimValue, Json } from '../../vocabulary/measure.js';
import type { MapMeasureId } from '../../vocabulary/maps/index.js';
import { MAP_TWINS } from './maps.js';
import { isBijectionPlain } from './mapSums.js';
import type { MapTwin } from './mapTwin.js';

/** The twins are brute force: O(2^(3n)) for the tables. Above this the verifier declines. */
export const MAX_MAP_TWIN_N = 10;

export function mapMeasure(id: MapMeasureId, t: CubeMap): ClaimValue {
  if (!Object.prototype.hasOwnProperty.call(MAP_TWINS, id)) throw new RangeError(`unknown map measure '${String(id)}'`);
  const ok = Number.isInteger(t.n) && Number.isInteger(t.m) && t.n >= 0 && t.m >= 0 && t.n <= 20 && t.m <= 20 && t.image.length === 2 ** t.n && t.image.every((y) => y < 2 ** t.m);
  if (!ok) throw new RangeError('a map C_n -> C_m needs 2^n image points below 2^m (n, m <= 20)');
  if (t.n > MAX_MAP_TWIN_N || t.m > MAX_MAP_TWIN_N) throw new RangeError(`the verifier computes ${id} for n, m <= ${MAX_MAP_TWIN_N} only`);
  const twin = MAP_TWINS[id] as MapTwin<Json>;
  if (twin.input === 'bijection' && !isBijectionPlain(t)) return null;
  return twin.value(twin.compute(t), t);
}

/** The kernel's one measure(id, value): maps go to the map twins, functions to `functionMeasure`. */
export function measureOfEither(functionMeasure: (id: MeasureId, f: Fn) => ClaimValue): Kernel['measure'] {
  return ((id: string, x: Fn | CubeMap) => ('image' in x ? mapMeasure(id as MapMeasureId, x) : functionMeasure(id as MeasureId, x))) as Kernel['measure'];
}
