/** `cubecheck list --measures`: the vocabulary (measures and operations) as text and as JSON. */
import { MEASURE_GROUPS, type AnyMeasure } from '../vocabulary/measure.js';
import { GROUP_TITLES } from '../vocabulary/measureGroups.js';
import { MEASURES, MEASURE_IDS } from '../vocabulary/measures/index.js';
import type { AnyOperation } from '../vocabulary/operation.js';
import { OPERATIONS, OPERATION_IDS } from '../vocabulary/operations/index.js';
import { MAP_MEASURE_GROUPS, type AnyMapMeasure } from '../vocabulary/measure.js';
import { MAP_GROUP_TITLES } from '../vocabulary/maps/evaluate.js';
import { MAP_MEASURES, MAP_MEASURE_IDS } from '../vocabulary/maps/index.js';

export interface VocabularyJson {
  readonly measures: readonly {
    readonly id: string;
    readonly title: string;
    readonly group: string;
    readonly input: string;
    readonly maxN: number | null;
    readonly type: AnyMeasure['type'];
    readonly summary: string;
    readonly docs: string;
  }[];
  readonly operations: readonly { readonly id: string; readonly title: string; readonly input: string; readonly params: AnyOperation['params']; readonly summary: string }[];
  /** The vectorial measures of maps C_n -> C_m (src/vocabulary/maps): `map`, k.measure('<id>', T). */
  readonly mapMeasures: readonly {
    readonly id: string;
    readonly title: string;
    readonly group: string;
    readonly input: string;
    readonly maxN: number | null;
    readonly table: boolean;
    readonly type: AnyMapMeasure['type'];
    readonly summary: string;
  }[];
}

const docsAnchor = (id: string): string => `docs/math.md#${id.toLowerCase()}`;

export function vocabularyJson(): VocabularyJson {
  return {
    measures: MEASURE_IDS.map((id) => {
      const m: AnyMeasure = MEASURES[id];
      return { id, title: m.title, group: m.group, input: m.input, maxN: m.maxN ?? null, type: m.type, summary: m.summary, docs: docsAnchor(id) };
    }),
    operations: OPERATION_IDS.map((id) => {
      const o: AnyOperation = OPERATIONS[id];
      return { id, title: o.title, input: o.input, params: o.params, summary: o.summary };
    }),
    mapMeasures: MAP_MEASURE_IDS.map((id) => {
      const m: AnyMapMeasure = MAP_MEASURES[id];
      return { id, title: m.title, group: m.group, input: m.input, maxN: m.maxN ?? null, table: m.table === true, type: m.type, summary: m.summary };
    }),
  };
}

export function vocabularyText(): string {
  const out: string[] = [];
  for (const group of MEASURE_GROUPS) {
    const ids = MEASURE_IDS.filter((id) => MEASURES[id].group === group);
    if (ids.length === 0) continue;
    out.push(`${GROUP_TITLES[group]}:`);
    for (const id of ids) {
      const m: AnyMeasure = MEASURES[id];
      const notes = [m.input === 'boolean' ? 'Boolean f only' : '', m.maxN !== undefined ? `analyze: n <= ${m.maxN} unless asked` : ''].filter(Boolean);
      out.push(`  ${id.padEnd(20)} ${m.title}${notes.length ? ` (${notes.join('; ')})` : ''}`);
      out.push(`  ${''.padEnd(20)} ${m.summary}`);
    }
    out.push('');
  }
  if (OPERATION_IDS.length > 0) {
    out.push('Operations:');
    for (const id of OPERATION_IDS) {
      const o: AnyOperation = OPERATIONS[id];
      out.push(`  ${`${id}(f${o.params.map((p) => `, ${p.name}`).join('')})`.padEnd(20)} ${o.title}`, `  ${''.padEnd(20)} ${o.summary}`);
    }
    out.push('');
  }
  out.push(...mapMeasureLines());
  out.push(`${MEASURE_IDS.length} measures, ${OPERATION_IDS.length} operations, ${MAP_MEASURE_IDS.length} map measures; definitions in docs/math.md. In claims: k.measure('<id>', f) (or T for a map).`);
  return `${out.join('\n')}\n`;
}

/** The map measures, by their own groups, after the function measures. */
function mapMeasureLines(): string[] {
  const out = ['Map measures (maps T: C_n -> C_m; shown by `map`):'];
  for (const group of MAP_MEASURE_GROUPS) {
    const ids = MAP_MEASURE_IDS.filter((id) => MAP_MEASURES[id].group === group);
    if (ids.length === 0) continue;
    out.push(`  ${MAP_GROUP_TITLES[group]}:`);
    for (const id of ids) {
      const m: AnyMapMeasure = MAP_MEASURES[id];
      const notes = [m.input === 'bijection' ? 'bijections only' : '', m.table ? 'a table: map --tables' : '', m.maxN !== undefined ? `map: n <= ${m.maxN} unless asked` : ''].filter(Boolean);
      out.push(`    ${id.padEnd(24)} ${m.title}${notes.length ? ` (${notes.join('; ')})` : ''}`, `    ${''.padEnd(24)} ${m.summary}`);
    }
  }
  out.push('');
  return out;
}
