/**
 * Shrinking a Boolean function toward fewer relevant variables, then fewer -1 points. Candidates,
 * in order: f with a relevant variable fixed to +1, then to -1, i.e. f(x with bit i cleared / set)
 * (fewer relevant variables); -f when it has fewer -1 points; f with one -1 cell flipped to +1
 * (a cell: the points agreeing on the relevant variables, so no variable becomes relevant). Each
 * strictly decreases (relevant variables, -1 points) lexicographically, so shrinking ends.
 * `accept` filters candidates (e.g. a degree bound).
 */
import type { Fn } from '../../model/values.js';

/** Mask of the variables f depends on (bit i: x_{i+1}). */
function relevantMask(v: Int32Array, n: number): number {
  let mask = 0;
  for (let i = 0; i < n; i++) {
    const bit = 1 << i;
    for (let x = 0; x < v.length; x++) {
      if (!(x & bit) && v[x] !== v[x | bit]) {
        mask |= bit;
        break;
      }
    }
  }
  return mask;
}

function minusCount(v: Int32Array): number {
  let c = 0;
  for (let x = 0; x < v.length; x++) if (v[x] === -1) c++;
  return c;
}

export function* booleanShrinks(f: Fn, accept: (g: Fn) => boolean = () => true): Generator<Fn> {
  const { n, values: v } = f;
  const relevant = relevantMask(v, n);
  const offer = (values: Int32Array): Fn | null => {
    const g = { n, values };
    return accept(g) ? g : null;
  };
  for (let i = 0; i < n; i++) {
    const bit = 1 << i;
    if (!(relevant & bit)) continue;
    for (const fixed of [Int32Array.from(v, (_, x) => v[x & ~bit]!), Int32Array.from(v, (_, x) => v[x | bit]!)]) {
      const g = offer(fixed);
      if (g) yield g;
    }
  }
  if (2 * minusCount(v) > v.length) {
    const g = offer(Int32Array.from(v, (y) => -y));
    if (g) yield g;
  }
  // Flip a whole cell: the points that agree with x on the relevant variables.
  for (let x = 0; x < v.length; x++) {
    if (v[x] !== -1 || (x & relevant) !== x) continue;
    const g = offer(Int32Array.from(v, (y, z) => ((z & relevant) === x ? 1 : y)));
    if (g) yield g;
  }
}
