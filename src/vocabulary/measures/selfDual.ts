/**
 * Self-dual (docs/math.md, "### selfDual"): f(-x) = -f(x) for every x, i.e. negating every input
 * negates the output; on point indices f(x xor (2^n - 1)) = -f(x). Majority of an odd number of
 * variables and odd parities are self-dual. For n = 0 no function is.
 */
import { type Table, valueKeys } from '../../core/measures/table.js';
import { BOOLEAN, defineMeasure } from '../measure.js';

export function computeSelfDual(f: Table): boolean {
  const all = f.values.length - 1;
  for (let x = 0; x < f.values.length; x++) if (f.values[x ^ all] !== -f.values[x]!) return false;
  return true;
}

export const selfDual = defineMeasure({
  id: 'selfDual',
  title: 'self-dual f(-x) = -f(x)',
  group: 'structure',
  input: 'function',
  summary: 'Negating every input negates the output.',
  type: BOOLEAN,
  compute: (f) => {
    const { key, negatedKey } = valueKeys(f.function);
    const all = 2 ** f.n - 1;
    for (let x = 0; x <= all; x++) if (key(x ^ all) !== negatedKey(x)) return false;
    return true;
  },
  json: (v) => ({ selfDual: v }),
  text: (v) => (v ? 'yes' : 'no'),
  value: (v) => v,
});
