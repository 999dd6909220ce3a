/**
 * The verifier's language covers the engine's: every builtin and range name of src/lang is known
 * to src/verifier/lang with the same result types (the registry's static types), the short names
 * are the same, and map measures (which have verifier twins) evaluate on maps.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { builtins } from '../../../src/lang/builtins.js';
import { MEASURE_ALIASES, OPERATION_ALIASES } from '../../../src/lang/aliases.js';
import { DOMAIN_SYNTAX, INDEX_RANGES } from '../../../src/lang/ranges.js';
import { MAP_MEASURES, MAP_MEASURE_IDS } from '../../../src/vocabulary/maps/index.js';
import { MEASURES, MEASURE_IDS } from '../../../src/vocabulary/measures/index.js';
import type { ValueType } from '../../../src/vocabulary/measure.js';
import { lookupFunction } from '../../../src/verifier/lang/functions.js';
import { MEASURE_SHORT_NAMES, OPERATION_SHORT_NAMES } from '../../../src/verifier/lang/names.js';
import { rangeArity } from '../../../src/verifier/lang/ranges.js';
import { FUNCTION_MEASURE_TYPES, MAP_MEASURE_TYPES } from '../../../src/verifier/lang/vtypes.js';
import { verify, withIntegrity } from './helpers.js';

const code = (t: ValueType): string => `${t.scalar[0]}${t.over === undefined ? '' : `@${t.over}`}`;

describe('the verifier knows what the engine knows', () => {
  it('every measure type, as the registry states it', () => {
    for (const id of MEASURE_IDS) expect([id, FUNCTION_MEASURE_TYPES[id]]).toEqual([id, code(MEASURES[id].type)]);
    for (const id of MAP_MEASURE_IDS) expect([id, MAP_MEASURE_TYPES[id]]).toEqual([id, code(MAP_MEASURES[id].type)]);
  });

  it('the short names', () => {
    expect(MEASURE_SHORT_NAMES).toEqual(MEASURE_ALIASES);
    expect(OPERATION_SHORT_NAMES).toEqual(OPERATION_ALIASES);
  });

  it('every function and range name of the engine', () => {
    const missing = [...builtins().keys()].filter((name) => lookupFunction(name) === undefined);
    expect(missing).toEqual([]);
    const ranges = [...Object.values(DOMAIN_SYNTAX).flatMap((s) => s.names), ...INDEX_RANGES.map((r) => r.name)];
    expect(ranges.filter((r) => rangeArity(r) === null)).toEqual([]);
  });

  it('map measures on maps, in a closed claim', async () => {
    const formula =
      'forall T in bijections(2): differentialUniformity(T) = 4 and ddt(T)[0] = 4 and lat(T)[0] = 4 and not apn(T) and mapNonlinearity(T) = 0 and fixedPoints(T) >= 0 and (involution(T) implies inv(T) = T)';
    const cert = withIntegrity({
      format: 'cubecheck-formula-certificate',
      version: 1,
      claim: { id: 'maps', statement: 'bijections of C_2 are affine', status: 'theorem', quantifier: 'forAll', formula },
      scope: { n: 2, variables: [] },
      method: { mode: 'exhaustive', seed: null, runs: null },
      verdict: 'holds',
      evidence: { kind: 'exhaustive', cases: 1, satisfied: 1, digest: createHash('sha256').update('\t1\n').digest('hex') },
      produced: {},
    });
    const out = await verify(cert);
    expect(out).toMatchObject({ status: 'valid' });
    const wrong = withIntegrity({ ...cert, claim: { ...(cert.claim as object), formula: formula.replace('= 4 and ddt', '= 2 and ddt') } });
    expect(await verify(wrong)).toMatchObject({ status: 'invalid' });
  });
});
