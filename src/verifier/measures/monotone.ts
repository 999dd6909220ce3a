/** The verifier's monotonicity: every pair x <= y (bitwise) must have F(x) <= F(y), -1 read as 1. */
import { defineTwin } from './twin.js';

export const monotone = defineTwin({
  input: 'boolean',
  compute(f) {
    const F = (x: number) => (f.values[x] === -1 ? 1 : 0);
    let monotone = true;
    for (let x = 0; x < f.values.length; x++) {
      for (let y = 0; y < f.values.length; y++) if ((x & y) === x && F(x) > F(y)) monotone = false;
    }
    if (monotone) return { monotone: true, violation: null };
    // The first single-variable step that goes down, in point then variable order.
    for (let x = 0; x < f.values.length; x++) {
      for (let i = 0; i < f.n; i++) {
        const y = x | (2 ** i);
        if (y !== x && F(x) === 1 && F(y) === 0) return { monotone: false, violation: { point: x, variable: i + 1 } };
      }
    }
    throw new Error('not monotone, yet no single step goes down');
  },
  value: (v) => v.monotone,
});
