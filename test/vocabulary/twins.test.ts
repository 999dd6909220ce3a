/**
 * Every registered measure against its verifier twin: the fast json(compute(f)) equals the twin's
 * compute(f), the claim-facing values agree, and so do the two kernels' measure(id, f) (also on
 * inputs a 'boolean' measure refuses). Exhaustive for Boolean n <= 3, seeded random up to n = 8
 * (and up to the measure's maxN). A failure message names measure, input and seed.
 */
import { describe, expect, it } from 'vitest';
import { fastKernel } from '../../src/check/kernel/index.js';
import type { Fn } from '../../src/model/values.js';
import { verifierKernel } from '../../src/verifier/kernel.js';
import { TWINS } from '../../src/verifier/measures/index.js';
import { walshBySums } from '../../src/verifier/measures/sums.js';
import { walshOf } from '../../src/verifier/walsh.js';
import type { Twin } from '../../src/verifier/measures/twin.js';
import { type AnyMeasure, type Json, MEASURE_GROUPS } from '../../src/vocabulary/measure.js';
import { MEASURES, MEASURE_IDS } from '../../src/vocabulary/measures/index.js';
import { subjectOfFn } from '../../src/vocabulary/subject.js';
import { allBoolean, randomBoolean, randomInteger, special } from './inputs.js';

const SEED = 20261201;
const RANDOM_PER_N = 6;

function inputs(def: AnyMeasure): { label: string; fns: Fn[] }[] {
  const maxN = Math.min(8, def.maxN ?? 8);
  const out: { label: string; fns: Fn[] }[] = [];
  for (let n = 0; n <= Math.min(3, maxN); n++) out.push({ label: `every Boolean f, n = ${n}`, fns: allBoolean(n) });
  for (let n = 0; n <= maxN; n++) out.push({ label: `special Boolean f, n = ${n}`, fns: special(n) });
  for (let n = 4; n <= maxN; n++) out.push({ label: `random Boolean f, n = ${n}, seed ${SEED + n}`, fns: randomBoolean(n, RANDOM_PER_N, SEED + n) });
  for (let n = 0; n <= Math.min(5, maxN); n++) out.push({ label: `random integer f, n = ${n}, seed ${SEED - n}`, fns: randomInteger(n, RANDOM_PER_N, 3, SEED - n) });
  return out;
}

const show = (f: Fn): string => `n = ${f.n}, values ${Array.from(f.values).join(',')}`;

describe('the twins\' Walsh sums', () => {
  it('the double sum and the verifier butterfly agree (seeded random integer f, n <= 8)', () => {
    for (let n = 0; n <= 8; n++) {
      for (const f of randomInteger(n, 3, 5, SEED + 100 + n)) expect(walshBySums(f), show(f)).toEqual(walshOf(Array.from(f.values, (v) => BigInt(v))));
    }
  });
});

describe('registry', () => {
  it('every measure is registered under its id, in a known group, with a twin of the same input', () => {
    for (const id of MEASURE_IDS) {
      const def: AnyMeasure = MEASURES[id];
      expect(def.id).toBe(id);
      expect(MEASURE_GROUPS).toContain(def.group);
      expect(/^[a-z][A-Za-z0-9]*$/.test(id), id).toBe(true);
      expect(TWINS[id].input, id).toBe(def.input);
    }
    expect(Object.keys(TWINS).sort()).toEqual([...MEASURE_IDS].sort());
  });
});

describe.each(MEASURE_IDS)('measure %s', (id) => {
  const def: AnyMeasure = MEASURES[id];
  const twin = TWINS[id] as Twin<'function' | 'boolean', Json>;
  it.each(inputs(def))('agrees with its twin: $label', ({ fns }) => {
    for (const f of fns) {
      const s = subjectOfFn(f);
      const fast = fastKernel.measure(id, f);
      expect(verifierKernel.measure(id, f), `${id} kernels, ${show(f)}`).toEqual(fast);
      if (def.input === 'boolean' && !s.boolean) {
        expect(fast, `${id} on a non-Boolean f, ${show(f)}`).toBeNull();
        continue;
      }
      const v = def.compute(s);
      const j = twin.compute(f);
      expect(def.json(v), `${id} json, ${show(f)}`).toEqual(j);
      expect(twin.value(j, f), `${id} value, ${show(f)}`).toEqual(def.value(v));
      expect(typeof def.text(v)).toBe('string');
    }
  });
});
