/** docs/claims.md names every builtin, range and alias the language has, and no alias hides an id. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtins } from '../../src/lang/builtins.js';
import { MAP_MEASURE_ALIASES, MEASURE_ALIASES, OPERATION_ALIASES } from '../../src/lang/aliases.js';
import { MAP_MEASURE_IDS } from '../../src/vocabulary/maps/index.js';
import { DOMAIN_SYNTAX, INDEX_RANGES } from '../../src/lang/ranges.js';
import { MEASURE_IDS } from '../../src/vocabulary/measures/index.js';
import { OPERATION_IDS } from '../../src/vocabulary/operations/index.js';

const doc = readFileSync(new URL('../../docs/claims.md', import.meta.url), 'utf8');

describe('docs/claims.md', () => {
  it('documents every builtin and range', () => {
    const missing = [...builtins().keys(), ...Object.values(DOMAIN_SYNTAX).flatMap((s) => s.names), ...INDEX_RANGES.map((r) => r.name)].filter((name) => !doc.includes(`\`${name}`));
    expect(missing).toEqual([]);
  });

  it('aliases never shadow a registered id or a core function', () => {
    const ids = new Set<string>([...MEASURE_IDS, ...OPERATION_IDS]);
    expect(Object.keys({ ...MEASURE_ALIASES, ...OPERATION_ALIASES }).filter((a) => ids.has(a))).toEqual([]);
    // map aliases that name a function measure too would be one overloaded builtin
    const mapOnly = Object.keys(MAP_MEASURE_ALIASES).filter((a) => !ids.has(a) && !(a in MEASURE_ALIASES));
    expect(builtins().size).toBe(MEASURE_IDS.length + OPERATION_IDS.length + Object.keys(MEASURE_ALIASES).length + Object.keys(OPERATION_ALIASES).length + 24 + MAP_MEASURE_IDS.length + mapOnly.length);
  });
});
