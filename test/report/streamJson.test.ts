import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeFunction } from '../../src/analysis/functionAnalysis.js';
import { setElements } from '../../src/core/cube.js';
import type { CubeFunction } from '../../src/core/cubeFunction.js';
import { valueAt } from '../../src/core/cubeFunction.js';
import { coefficientsInListingOrder, listingOrder, nonZeroCoefficients, setsInListingOrder } from '../../src/core/measures/listing.js';
import { coefficientAt, spectrum } from '../../src/core/spectrum.js';
import { parseFunction } from '../../src/expr/index.js';
import { functionJson } from '../../src/report/functionJson.js';
import { functionText } from '../../src/report/functionText.js';
import { coefficientFormatter, setJson, valueFormatter } from '../../src/report/streamFormat.js';
import { functionJsonChunks, jsonChunks } from '../../src/report/streamJson.js';

const SEED = 20261201;
const params = { seed: SEED, numRuns: 60, verbose: 1 } as const;

function fn(text: string): CubeFunction {
  const r = parseFunction(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.message}`);
  return r.value;
}

/** A table literal for n variables from arbitrary values of one of several kinds. */
const tables = fc.integer({ min: 0, max: 8 }).chain((n) =>
  fc.oneof(
    fc.array(fc.boolean(), { minLength: 2 ** n, maxLength: 2 ** n }).map((b) => `vals:${b.map((x) => (x ? '-1' : '1')).join(',')}`),
    fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 2 ** n, maxLength: 2 ** n }).map((v) => `vals:${v.join(',')}`),
    fc
      .array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.constantFrom(1, 2, 3, 4, 6, 7, 8, 1024)), { minLength: 2 ** n, maxLength: 2 ** n })
      .map((v) => `vals:${v.map(([p, q]) => `${p}/${q}`).join(',')}`),
    fc.array(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), { minLength: 2 ** n, maxLength: 2 ** n }).map((v) => `vals:${v.join(',')}`),
  ),
);

describe('the lazy listing order', () => {
  it('is setsInListingOrder over all sets, for n = 0..12', () => {
    for (let n = 0; n <= 12; n++) expect([...listingOrder(n)]).toEqual(setsInListingOrder(n, () => true));
  });

  it('lists the same coefficients as nonZeroCoefficients', () => {
    fc.assert(
      fc.property(tables, (t) => {
        const s = spectrum(fn(t));
        const lazy = [...coefficientsInListingOrder(s)].map((c) => [c.set, c.coefficient.toString()]);
        expect(lazy).toEqual(nonZeroCoefficients(s).map((c) => [c.set, c.coefficient.toString()]));
      }),
      params,
    );
  });
});

describe('formatting straight from the integers', () => {
  it('writes a set as JSON.stringify(setElements(mask))', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 30 - 1 }), (m) => {
      expect(setJson(m)).toBe(JSON.stringify(setElements(m)));
    }), { ...params, numRuns: 2000 });
    for (const m of [0, 1, 1023, 1024, 2 ** 20, 2 ** 30 - 1]) expect(setJson(m)).toBe(JSON.stringify(setElements(m)));
  });

  it('writes coefficients and values as Rational.toString does', () => {
    fc.assert(
      fc.property(tables, (t) => {
        const f = fn(t);
        const s = spectrum(f);
        const c = coefficientFormatter(s);
        const v = valueFormatter(f);
        for (let S = 0; S < 2 ** f.n; S++) {
          expect(c(S)).toBe(coefficientAt(s, S).toString());
          expect(v(S)).toBe(valueAt(f, S).toString());
        }
      }),
      params,
    );
  });
});

describe('analyze --json, streamed', () => {
  it('is JSON.stringify of the analysis object, byte for byte, in any chunk size', () => {
    fc.assert(
      fc.property(tables, fc.constantFrom(1, 7, 100, 1 << 16), (t, chunk) => {
        const a = analyzeFunction(fn(t));
        expect([...functionJsonChunks(a, chunk, -1)].join('')).toBe(JSON.stringify(functionJson(a)));
      }),
      { ...params, numRuns: 40 },
    );
  });

  it('agrees on named functions (constants, n = 0, bent, majority, dense)', () => {
    for (const t of ['1', '-1', '0', 'x1', 'and(x1,x2)', 'maj(x1,x2,x3)', 'x1*x2 + x3*x4', 'vals:1/3', 'vals:0,0,0,0', 'hex:6996966996696996']) {
      const a = analyzeFunction(fn(t));
      expect([...functionJsonChunks(a, 5, -1)].join(''), t).toBe(JSON.stringify(functionJson(a)));
    }
  });

  it('streams long arrays inside measure values as JSON.stringify writes them', () => {
    const long = Array.from({ length: 3000 }, (_, k) => (k % 7 === 0 ? null : k % 3 === 0 ? [k, 'x'] : k));
    for (const v of [long, { W: long, m: 1, u: undefined }, [long, long], { a: { b: long } }, 5, 'a"b', null, { x: [1, 2] }]) {
      expect([...jsonChunks(v, 100)].join('')).toBe(JSON.stringify(v));
    }
  });
});

describe('analyze text from the lazy listing', () => {
  it('counts and shows the coefficients as the full listing has them', () => {
    for (const t of ['maj(x1,x2,x3)', 'hex:6996966996696996', 'hex:0123456789abcdef0123456789abcdef', 'x1', 'vals:0,0']) {
      const a = analyzeFunction(fn(t));
      const text = functionText(a);
      const all = nonZeroCoefficients(a.spectrum);
      expect(text, t).toContain(`spectrum (${all.length} non-zero coefficient${all.length === 1 ? '' : 's'})`);
      expect(all.length).toBe(a.sparsity);
      for (const c of all.slice(0, 64)) expect(text).toContain(`fhat(${setElements(c.set).length === 0 ? '{}' : ''}`);
      if (all.length > 64) expect(text).toContain(`(... ${all.length - 64} more)`);
    }
  });
});

describe('FunctionAnalysis.coefficients', () => {
  it('is the full listing both when built eagerly (n <= 12) and on first read (n = 13)', () => {
    for (const n of [4, 12, 13]) {
      const hex = Array.from({ length: 2 ** (n - 2) }, (_, k) => ((k * 2654435761) >>> 28).toString(16)).join('');
      const a = analyzeFunction(fn(`hex:${hex}`));
      const want = nonZeroCoefficients(a.spectrum).map((c) => [c.set, c.coefficient.toString()]);
      expect(a.coefficients.map((c) => [c.set, c.coefficient.toString()])).toEqual(want);
      expect(a.coefficients).toBe(a.coefficients);
    }
  });
});
