/**
 * The census's cells hold the registered measures' values: for every Boolean function on n <= 3
 * and seeded random ones on n = 4, 5, the slow census cell equals each census form applied to the
 * fast kernel's measure.
 */
import { describe, expect, it } from 'vitest';
import { fastKernel } from '../../src/check/kernel/index.js';
import { MEASURES as CENSUS_NAMES } from '../../src/census/measures.js';
import { CENSUS_FORMS, CENSUS_MEASURES } from '../../src/vocabulary/censusForms.js';
import { bruteCell } from '../census/bruteForce.js';
import { rng } from './inputs.js';

const SEED = 77;

function fnOfWord(n: number, word: number) {
  return { n, values: Int32Array.from({ length: 2 ** n }, (_, x) => (Math.floor(word / 2 ** x) % 2 ? -1 : 1)) };
}

describe('census forms', () => {
  it('are the census engine measures, in its order', () => {
    expect(CENSUS_NAMES).toEqual(CENSUS_MEASURES);
  });

  it(`match the registry on every n <= 3 function and random n = 4, 5 ones (seed ${SEED})`, () => {
    const r = rng(SEED);
    const cases: [number, number][] = [];
    for (let n = 0; n <= 3; n++) for (let w = 0; w < 2 ** 2 ** n; w++) cases.push([n, w]);
    for (const n of [4, 5]) for (let k = 0; k < 40; k++) cases.push([n, Math.floor(r() * 2 ** 2 ** n)]);
    for (const [n, w] of cases) {
      const cell = bruteCell(n, w);
      for (const m of CENSUS_MEASURES) {
        const form = CENSUS_FORMS[m];
        const v = form.fromMeasure(fastKernel.measure(form.measure, fnOfWord(n, w)));
        expect(v, `${m}, n = ${n}, word ${w}`).toEqual(cell[m]);
        expect(form.domain(n)).toContain(v);
      }
    }
  });
});
