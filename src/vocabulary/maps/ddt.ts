/** The difference distribution table (docs/math.md, "### ddt"). */
import { defineMapMeasure, indexed } from '../measure.js';
import { type MapTable, tableJson, tableText, tableValue } from './table.js';

export const ddt = defineMapMeasure({
  id: 'ddt',
  title: 'difference distribution table DDT(a, b)',
  group: 'differential',
  input: 'map',
  maxN: 10,
  table: true,
  summary: 'DDT(a, b) = #{x : T(x) xor T(x xor a) = b}, rows a (input difference), columns b (output difference).',
  type: indexed('cell', 'integer'),
  compute: (t): MapTable => ({ n: t.n, m: t.m, cells: t.ddt() }),
  json: tableJson,
  text: (v) => tableText(v),
  value: tableValue,
});
