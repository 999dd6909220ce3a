/** The verifier's mapPlateaued (docs/math.md): each nonzero component's nonzero |Walsh values| are all equal. */
import { plainWalshTable, points } from './mapSums.js';
import { defineMapTwin } from './mapTwin.js';

export const mapPlateaued = defineMapTwin({
  input: 'map',
  compute: (t) => {
    const w = plainWalshTable(t);
    return points(t.m).slice(1).every((b) => new Set(w.map((row) => Math.abs(row[b]!)).filter((v) => v !== 0)).size <= 1);
  },
  value: (j) => j,
});
