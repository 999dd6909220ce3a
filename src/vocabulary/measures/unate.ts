/**
 * Unate (docs/math.md, "### unate"): in every variable f is monotone one way or the other. Per
 * variable x_i: '+' increasing (setting x_i to -1 never turns f from -1 to +1, as in
 * ### monotone), '-' decreasing (never from +1 to -1), '0' both (x_i is irrelevant), 'none'
 * neither. f is unate when no variable is 'none'.
 */
import type { Table } from '../../core/measures/table.js';
import { BOOLEAN, defineMeasure } from '../measure.js';

export type Direction = '+' | '-' | '0' | 'none';

export function variableDirections(f: Table): Direction[] {
  const { n, values } = f;
  const size = values.length;
  const out: Direction[] = [];
  for (let i = 0; i < n; i++) {
    const h = 1 << i;
    let up = false; // some x where f goes +1 -> -1 as x_i goes +1 -> -1
    let down = false;
    for (let b = 0; b < size && !(up && down); b += h << 1) {
      for (let x = b, end = b + h; x < end; x++) {
        const a = values[x]!;
        const c = values[x + h]!;
        if (a !== c) {
          if (a === 1) up = true;
          else down = true;
          if (up && down) break; // a block is 2^(n-1) points for x_n
        }
      }
    }
    out.push(up && down ? 'none' : up ? '+' : down ? '-' : '0');
  }
  return out;
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
