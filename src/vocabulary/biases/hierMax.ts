/**
 * The paper's hierarchical cost, max reading (docs/math.md "The paper's own setting"):
 * deg(Phi) + sum_t deg(g_t) with deg(Phi) = max_j deg(Phi_j), Phi counted once across tasks.
 */
import { defineBias } from '../bias.js';

export const hierMax = defineBias({
  id: 'hier-max',
  formula: 'max_j deg(Phi_j) + sum_t deg(g_t)',
  summary: "The paper's cost of g_t o Phi, deg(Phi) read as the largest coordinate degree (Phi on x, counted once).",
  booleanTasks: false,
  numeric: true,
});
