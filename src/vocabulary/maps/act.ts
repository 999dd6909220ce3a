/** The autocorrelation table (docs/math.md, "### act"). */
import { defineMapMeasure, indexed } from '../measure.js';
import { type MapTable, tableJson, tableText, tableValue } from './table.js';
import { autocorrelationTable } from './tables.js';

export const act = defineMapMeasure({
  id: 'act',
  title: 'autocorrelation table ACT(a, b)',
  group: 'differential',
  input: 'map',
  maxN: 10,
  table: true,
  summary: 'ACT(a, b) = sum_x (-1)^(b.(T(x) xor T(x xor a))), the autocorrelation of component b.T at a.',
  type: indexed('cell', 'integer'),
  compute: (t): MapTable => ({ n: t.n, m: t.m, cells: autocorrelationTable(t, t.ddt()) }),
  json: tableJson,
  text: (v) => tableText(v, true),
  value: tableValue,
});
