/**
 * Unate (docs/math.md, "### unate"): in every variable f is monotone one way or the other. Per
 * variable x_i: '+' increasing (setting x_i to -1 never turns f from -1 to +1, as in
 * ### monotone), '-' decreasing (never from +1 to -1), '0' both (x_i is irrelevant), 'none'
 * neither. f is unate when no variable is 'none'.
 */
import { directions } from '../../core/measures/directions.js';
import type { Table } from '../../core/measures/table.js';
import { BOOLEAN, defineMeasure } from '../measure.js';

export type Direction = '+' | '-' | '0' | 'none';

export function variableDirections(f: Table): Direction[] {
  // Bit-packed, kept per value array (src/core/measures/directions.ts); monotone reads it too.
  const { up, down } = directions(f.values);
  return up.map((u, i) => (u && down[i] ? 'none' : u ? '+' : down[i] ? '-' : '0'));
}

export const unate = defineMeasure({
  id: 'unate',
  title: 'unate',
  group: 'structure',
  input: 'boolean',
  summary: 'Monotone in each variable, increasing or decreasing; JSON gives each direction (+, -, 0, none).',
  type: BOOLEAN,
  compute: variableDirections,
  json: (d) => ({ unate: !d.includes('none'), directions: d }),
  text: (d) => `${d.includes('none') ? 'no' : 'yes'} (${d.map((s, i) => `x${i + 1}:${s}`).join(' ') || 'no variables'})`,
  value: (d) => !d.includes('none'),
});
