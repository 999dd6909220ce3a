/** The boomerang connectivity table (docs/math.md, "### bct"). */
import { defineMapMeasure, indexed } from '../measure.js';
import { type MapTable, tableJson, tableText, tableValue } from './table.js';

export const bct = defineMapMeasure({
  id: 'bct',
  title: 'boomerang connectivity table BCT(a, b)',
  group: 'boomerang',
  input: 'bijection',
  maxN: 8,
  table: true,
  summary: 'BCT(a, b) = #{x : T^-1(T(x) xor b) xor T^-1(T(x xor a) xor b) = a} (Cid et al. 2018); bijections only.',
  type: { ...indexed('cell', 'integer'), nullable: true },
  compute: (t): MapTable => ({ n: t.n, m: t.m, cells: t.bct() }),
  json: tableJson,
  text: (v) => tableText(v),
  value: tableValue,
});
