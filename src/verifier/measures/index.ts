/**
 * The verifier's registry of measure twins, keyed by the same ids as src/vocabulary/measures (a
 * type-only import): a measure without a twin, or a twin whose JSON differs in type, does not
 * compile.
 */
import type { MeasureId, MeasureInputOf, MeasureJson } from '../../vocabulary/measures/index.js';
import { degree } from './degree.js';
// twins of the exact core's measures (vocab) above; twins of new measures (vocab-measures) below
import type { Twin } from './twin.js';

export const TWINS = {
  degree,
  // twins of the exact core's measures (vocab) above; twins of new measures (vocab-measures) below
} satisfies { readonly [K in MeasureId]: Twin<MeasureInputOf<K>, MeasureJson<K>> };
