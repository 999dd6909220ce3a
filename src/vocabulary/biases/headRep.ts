/** The head+rep bias: sum_t deg(g_t) + sum_j deg(Phi_j). */
import { defineBias } from '../bias.js';

export const headRep = defineBias({
  id: 'head+rep',
  formula: 'sum_t deg(g_t) + sum_j deg(Phi_j)',
  summary: "The heads' degrees plus the representation's coordinate degrees (Phi as a function of x).",
  booleanTasks: false,
  numeric: true,
});
