/** The head-max bias: max_t deg(g_t). */
import { defineBias } from '../bias.js';

export const headMax = defineBias({
  id: 'head-max',
  formula: 'max_t deg(g_t)',
  summary: "The largest Fourier degree of a head.",
  booleanTasks: false,
  numeric: true,
});
