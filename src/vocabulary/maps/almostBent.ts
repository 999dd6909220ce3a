/** Almost bent (docs/math.md, "### almostBent"). */
import { BOOLEAN, defineMapMeasure } from '../measure.js';

export const almostBent = defineMapMeasure({
  id: 'almostBent',
  title: 'almost bent (W_T(a, b) in {0, +-2^((n+1)/2)} for b != 0)',
  group: 'linear',
  input: 'map',
  maxN: 10,
  summary: 'm = n, n odd, and every Walsh value of every nonzero component is 0 or +-2^((n+1)/2).',
  type: BOOLEAN,
  compute: (t) => {
    if (t.m !== t.n || t.n % 2 === 0) return false;
    const w = t.walsh();
    const cols = 2 ** t.m;
    const amp = 2 ** ((t.n + 1) / 2);
    for (let i = 0; i < w.length; i++) if (i % cols !== 0 && w[i] !== 0 && Math.abs(w[i]!) !== amp) return false;
    return true;
  },
  json: (v) => v,
  text: (v) => (v ? 'yes' : 'no'),
  value: (v) => v,
});
