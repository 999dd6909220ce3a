/** The linear approximation table as Walsh values (docs/math.md, "### lat"). */
import { defineMapMeasure, indexed } from '../measure.js';
import { type MapTable, tableJson, tableText, tableValue } from './table.js';

export const lat = defineMapMeasure({
  id: 'lat',
  title: 'linear approximation table W_T(a, b)',
  group: 'linear',
  input: 'map',
  maxN: 10,
  table: true,
  summary: 'W_T(a, b) = sum_x (-1)^(b.T(x) + a.x) = 2 #{x : a.x = b.T(x)} - 2^n, rows a (input mask), columns b (output mask).',
  type: indexed('cell', 'integer'),
  compute: (t): MapTable => ({ n: t.n, m: t.m, cells: t.walsh() }),
  json: tableJson,
  text: (v) => tableText(v, true),
  value: tableValue,
});
