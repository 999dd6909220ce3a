/** The verifier's unateness: for each variable, look at every pair of points differing in it only. */
import { defineTwin } from './twin.js';

export const unate = defineTwin({
  input: 'boolean',
  compute(f) {
    const directions: ('+' | '-' | '0' | 'none')[] = [];
    for (let i = 0; i < f.n; i++) {
      const steps = new Set<string>();
      for (let x = 0; x < f.values.length; x++) {
        const y = x ^ (2 ** i);
        if (x < y && f.values[x] !== f.values[y]) steps.add(f.values[y] === -1 ? 'up' : 'down');
      }
      directions.push(steps.size === 2 ? 'none' : steps.has('up') ? '+' : steps.has('down') ? '-' : '0');
    }
    return { unate: !directions.includes('none'), directions };
  },
  value: (v) => v.unate,
});
