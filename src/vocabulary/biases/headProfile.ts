/** The head-profile bias: sum_t (W^0(g_t), ..., W^d(g_t)). */
import { defineBias } from '../bias.js';

export const headProfile = defineBias({
  id: 'head-profile',
  formula: 'sum_t (W^0(g_t), ..., W^d(g_t))',
  summary: "The summed degree profiles of the heads, compared from the top level down.",
  booleanTasks: false,
  numeric: false,
});
