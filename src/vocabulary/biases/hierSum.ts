/**
 * The paper's hierarchical cost, sum reading (docs/math.md "The paper's own setting"):
 * deg(Phi) + sum_t deg(g_t) with deg(Phi) = sum_j deg(Phi_j), Phi counted once across tasks.
 * With m = d this is the same number as head+rep; it is kept as its own name so that the paper's
 * two readings sit side by side.
 */
import { defineBias } from '../bias.js';

export const hierSum = defineBias({
  id: 'hier-sum',
  formula: 'sum_j deg(Phi_j) + sum_t deg(g_t)',
  summary: "The paper's cost of g_t o Phi, deg(Phi) read as the sum of the coordinate degrees (Phi on x, counted once).",
  booleanTasks: false,
  numeric: true,
});
