/**
 * analyze's measure flags. One function: every measure within its size limit, `--measures IDS`
 * (or `all`) computing those above it too. Batch (--stdin): by default only the measures with no
 * size limit (SCALABLE_MEASURE_IDS, about as cheap as the transform), `--measures IDS` adding
 * those whatever n, `--measures all` every measure within its size limit (what one function gets),
 * `--only IDS` computing exactly those whatever n (and the values / spectrum listings only when named).
 */
import { InputError } from '../../core/result.js';
import type { BatchListings } from '../../report/batchJson.js';
import type { EvaluateOptions } from '../../vocabulary/evaluate.js';
import { SCALABLE_MEASURE_IDS } from '../../vocabulary/evaluate.js';
import { type MeasureId, MEASURE_IDS, isMeasureId } from '../../vocabulary/measures/index.js';

export interface BatchSelection {
  readonly ids: readonly MeasureId[];
  readonly force: readonly MeasureId[];
  readonly listings: BatchListings;
}

/** --measures a,b|all for one function ('all', every measure within its size limit, is the default). */
export function forcedMeasures(flag: string | undefined): EvaluateOptions {
  if (flag?.trim() === 'all') return {};
  return { force: measureList(flag, '--measures', []) };
}

export function batchSelection(measures: string | undefined, only: string | undefined): BatchSelection {
  if (only !== undefined) {
    if (measures !== undefined) throw new InputError('give either --only or --measures, not both');
    const names = only.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
    if (names.length === 0) throw new InputError("--only needs a list of measure ids, e.g. --only degree,gf2Degree (see 'cubecheck list --measures')");
    const ids = measureList(names.filter((s) => s !== 'values').join(','), '--only', []);
    return { ids, force: ids, listings: { values: names.includes('values'), spectrum: ids.includes('spectrum') } };
  }
  if (measures?.trim() === 'all') return { ids: MEASURE_IDS, force: [], listings: { values: true, spectrum: true } };
  const extra = measureList(measures, '--measures', []);
  return { ids: [...SCALABLE_MEASURE_IDS, ...extra], force: extra, listings: { values: true, spectrum: true } };
}

function measureList(flag: string | undefined, name: string, fallback: MeasureId[]): MeasureId[] {
  if (flag === undefined) return fallback;
  return flag.split(',').map((s) => s.trim()).filter((s) => s.length > 0).map((id) => {
    if (!isMeasureId(id)) throw new InputError(`${name}: unknown measure '${id}' (known: values, ${MEASURE_IDS.join(', ')}; or all)`);
    return id;
  });
}
