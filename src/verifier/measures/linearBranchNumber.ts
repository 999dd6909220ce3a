/** The verifier's linearBranchNumber (docs/math.md): min wt(a) + wt(b) over nonzero Walsh values, (a, b) != (0, 0). */
import { minOrNull, plainWalshTable, weight } from './mapSums.js';
import { defineMapTwin } from './mapTwin.js';

export const linearBranchNumber = defineMapTwin({
  input: 'map',
  compute: (t) => {
    const sums: number[] = [];
    plainWalshTable(t).forEach((row, a) => row.forEach((w, b) => {
      if (w !== 0 && (a !== 0 || b !== 0)) sums.push(weight(a) + weight(b));
    }));
    return minOrNull(sums);
  },
  value: (j) => j,
});
