/** The head-degree bias: sum_t deg(g_t). */
import { defineBias } from '../bias.js';

export const headDegree = defineBias({
  id: 'head-degree',
  formula: 'sum_t deg(g_t)',
  summary: "The sum of the heads' Fourier degrees (the default).",
  booleanTasks: false,
  numeric: true,
});
