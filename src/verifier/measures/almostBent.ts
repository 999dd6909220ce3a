/** The verifier's almostBent (docs/math.md): every W_T(a, b), b != 0, in {0, +-2^((n+1)/2)}, n = m odd. */
import { cells, plainWalshTable } from './mapSums.js';
import { defineMapTwin } from './mapTwin.js';

export const almostBent = defineMapTwin({
  input: 'map',
  compute: (t) => t.m === t.n && t.n % 2 === 1 && cells(plainWalshTable(t), false, true).every((w) => w === 0 || Math.abs(w) === 2 ** ((t.n + 1) / 2)),
  value: (j) => j,
});
