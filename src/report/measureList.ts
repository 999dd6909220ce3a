/** `cubecheck list --measures`: the vocabulary (measures and operations) as text and as JSON. */
import { MEASURE_GROUPS, type AnyMeasure } from '../vocabulary/measure.js';
import { GROUP_TITLES } from '../vocabulary/measureGroups.js';
import { MEASURES, MEASURE_IDS } from '../vocabulary/measures/index.js';
import type { AnyOperation } from '../vocabulary/operation.js';
import { OPERATIONS, OPERATION_IDS } from '../vocabulary/operations/index.js';

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
  out.push(`${MEASURE_IDS.length} measures, ${OPERATION_IDS.length} operations; definitions in docs/math.md. In claims: k.measure('<id>', f).`);
  return `${out.join('\n')}\n`;
}
