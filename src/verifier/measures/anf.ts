/** The ANF monomials T (a_T = 1) as 1-based element lists, sets by size then lexicographically. */
import { anfDirect } from './anfDirect.js';
import { elementsOf, setsInOrder } from './sums.js';
import { defineTwin } from './twin.js';

export const anf = defineTwin({
  input: 'boolean',
  compute: (f) => {
    const a = anfDirect(f);
    return setsInOrder(f.n).filter((t) => a[t] === 1).map(elementsOf);
  },
  value: (monomials, f) => {
    const entries = new Array<number>(f.values.length).fill(0);
    for (const m of monomials) entries[m.reduce((mask, i) => mask | (1 << (i - 1)), 0)] = 1;
    return { over: 'set', entries };
  },
});
