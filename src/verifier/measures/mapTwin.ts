/**
 * The contract of a vectorial measure's verifier twin (src/vocabulary/maps): a plain, independent
 * brute-force re-implementation returning exactly the JSON of the fast measure's json(...).
 * Imports nothing at runtime from outside src/verifier.
 */
import type { CubeMap } from '../../model/values.js';
import type { ClaimValue, Json, MapMeasureInput } from '../../vocabulary/measure.js';

export interface MapTwin<J extends Json> {
  readonly input: MapMeasureInput;
  /** t is a valid map, and a bijection when input is 'bijection'. Must not mutate t. */
  compute(t: CubeMap): J;
  value(j: J, t: CubeMap): ClaimValue;
}

export function defineMapTwin<J extends Json>(twin: MapTwin<J>): MapTwin<J> {
  return twin;
}
