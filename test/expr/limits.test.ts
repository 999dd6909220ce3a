/**
 * Limits of the expression language and of --stdin: a huge power, product, quotient or literal is
 * an error with a column (not V8's "Maximum BigInt size exceeded"), an expression of more than
 * 2^20 tokens is refused (not V8's "Map maximum size exceeded" after minutes), a --stdin line that
 * hits any engine limit gets its own JSON error line and the run goes on; huge domain sizes print
 * as powers of two or in scientific form.
 */
import { describe, expect, it } from 'vitest';
import { analyzeCommand } from '../../src/cli/commands/analyze.js';
import { runLines } from '../../src/cli/commands/lines.js';
import { mapCommand } from '../../src/cli/commands/map.js';
import { formatMagnitude } from '../../src/core/magnitude.js';
import { parseFunction, parseMap } from '../../src/expr/index.js';
import { MAX_LITERAL_DIGITS, MAX_NUMBER_BITS } from '../../src/expr/numberLimits.js';
import { fakeIo } from '../cli/fakeIo.js';

const error = (text: string): string => {
  const r = parseFunction(text);
  return r.ok ? 'ok' : r.error.message;
};

describe('number limits in expressions', () => {
  it('refuses powers, products and quotients past 2^4096 with the column of the operation', () => {
    expect(error('((2^1024)^1024)^1024')).toMatch(/^column 10: the power \^1024 is too large: numbers in expressions are limited to 2\^4096/);
    expect(error('x1 * 2^1024*2^1024*2^1024*2^1024')).toMatch(/^column \d+: the product is too large/);
    expect(error('x1 + 1/2^1024/2^1024/2^1024/2^1024')).toMatch(/^column \d+: the quotient is too large/);
    expect(parseMap('x1; ((2^1024)^1024)^1024 * x2').ok).toBe(false);
  });

  it('accepts what fits: (2^1024)^3, (x1 + x2)^1024, large sums', () => {
    expect(error('(2^1024)^3 * x1')).toBe('ok');
    const r = parseFunction('(x1 + x2 + 2)^1024 / 4^1024');
    expect(r.ok).toBe(true);
    expect(error(Array(1000).fill('2^1024').join(' + ') + ' + x1')).toBe('ok');
  });

  it('refuses an integer literal of more than 1200 digits (below 2^4096) without reading it as a number', () => {
    expect(MAX_LITERAL_DIGITS).toBeLessThan(MAX_NUMBER_BITS * Math.log10(2));
    expect(error(`x1 * ${'9'.repeat(1200)} + ${'9'.repeat(1200)}`)).toBe('ok');
    expect(error(`x1 + ${'0'.repeat(5000)}7`)).toBe('ok');
    expect(error(`x1 + ${'1'.repeat(1201)}`)).toMatch(/^column 6: integer literal of 1201 digits is too large/);
    expect(error(`x1 + ${'1'.repeat(5_000_000)}`)).toMatch(/^column 6: integer literal of 5000000 digits/);
  });

  it('refuses an expression of more than 2^20 tokens', () => {
    expect(error('x1+'.repeat(2 ** 19 + 8) + 'x2')).toMatch(/^column \d+: the expression has more than 2\^20 tokens/);
  });
});

describe('--stdin lines that hit a limit', () => {
  it('analyze: a huge power is an error line with a column, and the next line is still analyzed', async () => {
    const f = fakeIo('((2^1024)^1024)^1024\nx1\n');
    expect(await analyzeCommand(['--stdin'], f.io)).toBe(2);
    const lines = f.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({ line: 1, error: expect.stringMatching(/^column 10: the power \^1024 is too large/) });
    expect(lines[1].error).toBeUndefined();
  });

  it('map: the same for a coordinate', async () => {
    const f = fakeIo(`x2; ${'1'.repeat(2000)}\nx2; x1\n`);
    expect(await mapCommand(['--stdin'], f.io)).toBe(2);
    const lines = f.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ line: 1, error: expect.stringMatching(/integer literal of 2000 digits is too large/) });
    expect(lines[1].error).toBeUndefined();
  });

  it('a line whose handling hits an engine limit (RangeError) is an error line, not the end of the run', async () => {
    const f = fakeIo('a\nb\n');
    const code = await runLines(f.io, (line) => {
      if (line === 'a') throw new RangeError('Invalid string length');
      return { ok: true, json: line };
    });
    expect(code).toBe(2);
    expect(f.out()).toBe('{"line":1,"error":"too large to process: Invalid string length"}\n"b"\n');
  });
});

describe('sizes in messages', () => {
  it('exact below 10^15, 2^k for powers of two, scientific form otherwise', () => {
    expect(formatMagnitude(20922789888000n)).toBe('20922789888000');
    expect(formatMagnitude(2n ** 4096n)).toBe('2^4096');
    expect(formatMagnitude(3n ** 1000n)).toBe('1.322e477 (about 2^1585.0)');
    expect(formatMagnitude(10n ** 15n)).toBe('1.000e15 (about 2^49.8)');
  });

  it('the refusal of an astronomically large exhaustive run is short', async () => {
    const { runCli } = await import('../../src/cli/dispatch.js');
    const f = fakeIo();
    expect(await runCli(['check', 'T4', '--n', '16', '--mode', 'exhaustive'], f.io)).toBe(2);
    expect(f.err()).toBe('cubecheck: cannot enumerate f in boolean-functions at n = 16: 2^65536 candidates exceed the exhaustive limit 4294967296; use --mode random, a smaller --n, or raise --budget\n');
  });
});
