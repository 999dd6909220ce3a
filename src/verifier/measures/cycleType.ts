/** The verifier's cycleType (docs/math.md): follow each point's orbit; lengths with multiplicities. */
import { points } from './mapSums.js';
import { defineMapTwin } from './mapTwin.js';

function orbitLength(image: Uint32Array, x: number): number {
  let len = 1;
  for (let y = image[x]!; y !== x; y = image[y]!) len++;
  return len;
}

export const cycleType = defineMapTwin({
  input: 'bijection',
  compute: (t) => {
    const lengths = points(t.n).map((x) => orbitLength(t.image, x));
    const distinct = [...new Set(lengths)].sort((a, b) => a - b);
    // a cycle of length L contributes L points of orbit length L
    return distinct.map((len) => [len, lengths.filter((l) => l === len).length / len]);
  },
  value: (j) => j.reduce((s, c) => s + c[1]!, 0),
});
