/** The head-gf2 bias: sum_t deg_2(g_t). */
import { defineBias } from '../bias.js';

export const headGf2 = defineBias({
  id: 'head-gf2',
  formula: 'sum_t deg_2(g_t)',
  summary: "The sum of the heads' GF(2) degrees.",
  booleanTasks: true,
  numeric: true,
});
