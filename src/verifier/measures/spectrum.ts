/** Non-zero fhat(S) = c_S / 2^n, sets by size then lexicographically, c_S by direct sums. */
import { rat, text } from '../rational.js';
import { elementsOf, setsInOrder, walshDirect } from './sums.js';
import { parseQ, defineTwin } from './twin.js';

export const spectrum = defineTwin({
  input: 'function',
  compute(f) {
    const c = walshDirect(f);
    const size = BigInt(f.values.length);
    return setsInOrder(f.n)
      .filter((s) => c[s] !== 0n)
      .map((s) => ({ set: elementsOf(s), coefficient: text(rat(c[s]!, size)) }));
  },
  value: (listed, f) => {
    const entries = new Array(f.values.length).fill(null).map(() => rat(0n));
    for (const e of listed) entries[e.set.reduce((mask, i) => mask | (1 << (i - 1)), 0)] = parseQ(e.coefficient);
    return { over: 'set', entries };
  },
});
