import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CubeFunction, functionsEqual, toRationals } from '../../src/core/cubeFunction.js';
import { coefficientAt, spectrum } from '../../src/core/spectrum.js';
import { evaluate, maxVariable, parseExpression, parseFunction, printExpression } from '../../src/expr/index.js';
import { exprArbitrary } from './arbitraries.js';
import { slowEvaluate } from './slowEval.js';

function fn(text: string, n?: number): CubeFunction {
  const r = parseFunction(text, n === undefined ? {} : { n });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** "+-" signs of a Boolean function in point order. */
function ttOf(f: CubeFunction): string {
  return Array.from(f.numerators as ArrayLike<number>, (v) => (Number(v) === -1 ? '-' : '+')).join('');
}

function values(f: CubeFunction): string[] {
  return toRationals(f).map((q) => q.toString());
}

describe('known values', () => {
  it('and(x1, x2) = 1/2 + x1/2 + x2/2 - x1 x2/2 (docs/math.md section 1)', () => {
    const f = fn('and(x1, x2)');
    expect(ttOf(f)).toBe('+++-');
    expect(functionsEqual(f, fn('1/2 + x1/2 + x2/2 - x1*x2/2'))).toBe(true);
    const s = spectrum(f);
    expect([0, 1, 2, 3].map((S) => coefficientAt(s, S).toString())).toEqual(['1/2', '1/2', '1/2', '-1/2']);
  });

  it('evaluates the logic functions with -1 as true', () => {
    expect(ttOf(fn('x1'))).toBe('+-');
    expect(ttOf(fn('not(x1)'))).toBe('-+');
    expect(ttOf(fn('x1*x2'))).toBe('+--+');
    expect(ttOf(fn('xor(x1, x2, x3)'))).toBe(ttOf(fn('chi(1, 2, 3)')));
    expect(ttOf(fn('or(x1, x2)'))).toBe('+---');
    expect(ttOf(fn('maj(x1, x2, x3)'))).toBe('+++-+---');
    expect(ttOf(fn('thr(2; x1, x2, x3)'))).toBe('+++-+---');
    expect(ttOf(fn('thr(1; x1, x2)'))).toBe(ttOf(fn('or(x1, x2)')));
    expect(ttOf(fn('thr(0; x1)'))).toBe('--');
    expect(ttOf(fn('thr(3; x1, x2)'))).toBe('++++');
    // ite(x1, x2, x3): x2 where x1 = -1 (odd points), x3 elsewhere.
    expect(ttOf(fn('ite(x1, x2, x3)'))).toBe('+++--+--');
    expect(ttOf(fn('chi(1, 3)'))).toBe('+-+--+-+');
    expect(values(fn('chi()'))).toEqual(['1']);
  });

  it('counts many arguments in thr and maj (per-byte counters up to 255, then the wide path)', () => {
    const many = (count: number): string => Array.from({ length: count }, (_, i) => (i % 2 ? 'x1' : 'x2')).join(', ');
    // 255 arguments: 128 copies of x2, 127 of x1.
    expect(ttOf(fn(`thr(255; ${many(255)})`))).toBe('+++-');
    expect(ttOf(fn(`thr(128; ${many(255)})`))).toBe('++--');
    expect(ttOf(fn(`thr(129; ${many(255)})`))).toBe('+++-');
    expect(ttOf(fn(`maj(${many(255)})`))).toBe('++--');
    // 301 arguments: 151 copies of x2, 150 of x1.
    expect(ttOf(fn(`thr(151; ${many(301)})`))).toBe('++--');
    expect(ttOf(fn(`thr(152; ${many(301)})`))).toBe('+++-');
    // 303 arguments: 152 copies of x1 are a majority.
    expect(ttOf(fn(`maj(${many(301)}, x1, x1)`))).toBe('+-+-');
  });

  it('ite picks real values and sgn(0) = +1', () => {
    expect(values(fn('ite(x1, 1/2, x2 + 3)'))).toEqual(['4', '1/2', '2', '1/2']);
    expect(values(fn('sgn(x1 + x2)'))).toEqual(['1', '1', '1', '-1']);
    expect(values(fn('sgn(0)'))).toEqual(['1']);
    expect(values(fn('sgn(-1/3)'))).toEqual(['-1']);
  });

  it('extends to a larger n and evaluates constants as functions on n variables', () => {
    expect(ttOf(fn('x1', 3))).toBe('+-+-+-+-');
    expect(values(fn('1/2 + 1/3'))).toEqual(['5/6']);
    expect(values(fn('2^10 - 1', 1))).toEqual(['1023', '1023']);
    expect(fn('x2', 2).n).toBe(2);
  });

  it('falls back to big integers on 32-bit overflow, exactly', () => {
    expect(values(fn('2147483647 + x1'))).toEqual(['2147483648', '2147483646']);
    expect(values(fn('(2147483647 * x1 - 1) * 2'))).toEqual(['4294967292', '-4294967296']);
    expect(values(fn('-(2^31) * x1 + 0'))).toEqual(['-2147483648', '2147483648']);
    expect(values(fn('(65536 * x1)^2 - 2^32 + x2'))).toEqual(['1', '1', '-1', '-1']);
    expect(values(fn('(x1 + 2)^40 / 3^40'))).toEqual(['1', '1/12157665459056928801']);
  });

  it('reduces rationals to lowest terms', () => {
    expect(values(fn('(x1 + 1)/2'))).toEqual(['1', '0']);
    expect(values(fn('x1/6 + x1/3'))).toEqual(['1/2', '-1/2']);
    expect(fn('2/4 * x1 * 2').denominator.toString()).toBe('1');
  });

  it('evaluates a 20-variable expression over whole tables', () => {
    const text = 'maj(x1,x2,x3) * xor(x4,x5) + and(x6, x7, x8, x9, x10, x11, x12, x13, x14, x15, x16, x17, x18, x19, x20)';
    const f = fn(text);
    expect(f.n).toBe(20);
    const at = (p: number): number => Number(f.numerators[p]);
    // Points: maj = -1 needs two of bits 0..2 set; xor = -1 needs one of bits 3,4; and = -1 needs bits 5..19.
    expect(at(0)).toBe(2); // 1*1 + 1
    expect(at(0b11)).toBe(0); // -1*1 + 1
    expect(at(0b1011)).toBe(2); // -1*-1 + 1
    expect(at(0xfffe0)).toBe(0); // 1*1 - 1
    expect(at(0xfffe3)).toBe(-2); // -1*1 - 1
  });
});

describe('cross-check against a point-by-point Rational evaluator', () => {
  it('agrees on random trees with n <= 6, including which ones fail', () => {
    let failures = 0;
    fc.assert(
      fc.property(exprArbitrary(4, 4), fc.integer({ min: 0, max: 2 }), (e, extra) => {
        const n = maxVariable(e) + extra;
        const fast = evaluate(e, n);
        const slow = slowEvaluate(e, n);
        expect(fast.ok).toBe(slow.ok);
        if (fast.ok && slow.ok) {
          expect(fast.value.n).toBe(n);
          expect(toRationals(fast.value).map(String)).toEqual(slow.values.map(String));
        } else if (!fast.ok && !slow.ok) {
          failures++;
          expect(fast.error.kind).toBe(slow.kind);
          expect(fast.error.column).toBeNull();
        }
      }),
      { seed: 1234, numRuns: 600 },
    );
    // The generator must exercise both outcomes.
    expect(failures).toBeGreaterThan(20);
    expect(failures).toBeLessThan(400);
  });

  it('agrees when the same trees come from text (with columns)', () => {
    fc.assert(
      fc.property(exprArbitrary(3, 3), (e) => {
        const n = maxVariable(e);
        const slow = slowEvaluate(e, n);
        const viaText = parseFunction(printExpression(e));
        expect(viaText.ok).toBe(slow.ok);
        if (viaText.ok && slow.ok) expect(toRationals(viaText.value).map(String)).toEqual(slow.values.map(String));
        if (!viaText.ok) expect(viaText.error.message).toMatch(/^column \d+: /);
      }),
      { seed: 1234, numRuns: 200 },
    );
  });
});

describe('evaluate errors', () => {
  it('checks n against the variables and the analysis limit', () => {
    const e = parseExpression('x5 + 1');
    if (!e.ok) throw new Error('parse');
    const small = evaluate(e.value, 3);
    expect(small.ok ? null : small.error).toMatchObject({ kind: 'size', message: 'the expression uses x5 but n = 3' });
    const big = evaluate(e.value, 25);
    expect(big.ok ? null : big.error.message).toBe('n = 25 is too large: a table of 2^n exact values is held in memory, so n <= 24 is supported (2^24 = 16777216 points)');
    const far = parseFunction('x25');
    expect(far.ok ? null : far.error.message).toBe('x25 is too large: a table of 2^n exact values is held in memory, so n <= 24 is supported (2^24 = 16777216 points)');
  });
});
