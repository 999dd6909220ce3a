/** The verifier's differentialBranchNumber (docs/math.md): min over pairs x != y, by brute force. */
import { minOrNull, points, weight } from './mapSums.js';
import { defineMapTwin } from './mapTwin.js';

export const differentialBranchNumber = defineMapTwin({
  input: 'map',
  compute: (t) => {
    const sums: number[] = [];
    for (const x of points(t.n)) for (const y of points(t.n)) if (x !== y) sums.push(weight(x ^ y) + weight(t.image[x]! ^ t.image[y]!));
    return minOrNull(sums);
  },
  value: (j) => j,
});
