/**
 * Support specifications for `recover --support` and `interpolate --support`:
 * - `all`                  every point of C_n;
 * - `points:0,3,5`         the listed point indices (point i: bit j of i is x_{j+1}, bit 1 = -1);
 * - anything else          a +-1-valued predicate over x1..xn (an expression or a tt:/hex:
 *                          literal), and the support is where it is -1, i.e. "true": `x1` is
 *                          {x1 = -1}, `not(x1)` is {x1 = +1}, `and(x1, x2)` is the single point 3.
 * Returns sorted distinct points, or null for `all`. An empty support is an error.
 */
import { type CubeFunction, isBoolean } from '../core/cubeFunction.js';
import { InputError } from '../core/result.js';
import { parseFunction } from './index.js';

export function parseSupport(spec: string, n: number): readonly number[] | null {
  const text = spec.trim();
  if (text === 'all') return null;
  const m = /^points:(.*)$/is.exec(text);
  let points: number[];
  if (m) {
    const items = m[1]!.split(',').map((s) => s.trim());
    if (items.length === 1 && items[0] === '') throw new InputError('the support is empty (points: lists no point)');
    points = items.map((s) => {
      if (!/^\d+$/.test(s)) throw new InputError(`support points must be point indices, got '${s}'`);
      const p = Number(s);
      if (p >= 2 ** n) throw new InputError(`support point ${p} is not a point of C_${n} (indices 0..${2 ** n - 1})`);
      return p;
    });
    const seen = new Set<number>();
    for (const p of points) {
      if (seen.has(p)) throw new InputError(`support point ${p} is listed twice`);
      seen.add(p);
    }
  } else {
    const f = parseFunction(text, { n });
    if (!f.ok) throw new InputError(`support: ${f.error.message}`);
    points = predicatePoints(f.value);
  }
  if (points.length === 0) throw new InputError(`the support is empty: '${spec}' holds (is -1) at no point`);
  return points.sort((a, b) => a - b);
}

/** The points where a +-1-valued function is -1. */
export function predicatePoints(f: CubeFunction): number[] {
  if (!isBoolean(f)) throw new InputError('a support predicate must be +-1-valued (-1 = in the support)');
  const out: number[] = [];
  for (let i = 0; i < f.numerators.length; i++) if (Number(f.numerators[i]) === -1) out.push(i);
  return out;
}
