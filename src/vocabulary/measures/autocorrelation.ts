/**
 * The autocorrelation spectrum (docs/math.md, "### autocorrelation"): r_f(a) =
 * sum_x f(x) f(x xor a) for every set mask a (r_f(0) = 2^n), by Wiener-Khinchin in 64 bits.
 */
import { autocorrelationOfBoolean, type Table } from '../../core/measures/table.js';

export const computeAutocorrelation = (f: Table): Int32Array => autocorrelationOfBoolean(f);

export function autocorrelationJson(r: Int32Array) {
  return { r: Array.from(r) };
}
