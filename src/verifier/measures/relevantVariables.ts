/** x_i is relevant iff flipping x_i changes f at some point. */
import { defineTwin } from './twin.js';

export const relevantVariables = defineTwin({
  input: 'function',
  compute: (f) =>
    Array.from({ length: f.n }, (_, k) => k + 1).filter((i) => f.values.some((v, x) => v !== f.values[x ^ (1 << (i - 1))])),
  value: (vars, f) => ({ over: 'variable', entries: Array.from({ length: f.n }, (_, k) => vars.includes(k + 1)) }),
});
