/**
 * Batch `analyze --stdin`: by default the measures with no size limit, each line byte-identical to
 * the same fields of `analyze --json`; --measures adds, --only selects; bad flags are one line.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFunction } from '../../src/analysis/functionAnalysis.js';
import { runCli } from '../../src/cli/dispatch.js';
import { parseFunction } from '../../src/expr/index.js';
import { functionJson } from '../../src/report/functionJson.js';
import { SCALABLE_MEASURE_IDS } from '../../src/vocabulary/evaluate.js';
import { MEASURES, MEASURE_IDS } from '../../src/vocabulary/measures/index.js';
import { fakeIo } from './fakeIo.js';

const INPUTS = [
  'x1',
  '0',
  'maj(x1,x2,x3)',
  'x1*x2 + x3*x4',
  '1/3*x1 + 2*x2 - x1*x3',
  'hex:c45988ab',
  'hex:6996966996696996',
  'tt:+-',
  'thr(2; x1,x2,x3,x4)',
  `hex:${Array.from({ length: 4096 }, (_, k) => ((k * 2654435761) >>> 28).toString(16)).join('')}`, // n = 14: streamed
];

async function batch(args: string[], lines: readonly string[]) {
  const rec = fakeIo(`${lines.join('\n')}\n`);
  const code = await runCli(['analyze', '--stdin', ...args], rec.io);
  return { code, lines: rec.out().trim().split('\n'), err: rec.err() };
}

/** JSON.stringify(functionJson(analyze(t))) with only `keys` kept, in their order there. */
function expectedLine(t: string, keep: (key: string) => boolean, force: readonly string[] = []): string {
  const f = parseFunction(t, {});
  if (!f.ok) throw new Error(f.error.message);
  const full = functionJson(analyzeFunction(f.value, { force: force as never }));
  return JSON.stringify(Object.fromEntries(Object.entries(full).filter(([k]) => keep(k))));
}

describe('analyze --stdin measure selection', () => {
  it('the default is the measures with no size limit, byte-identical to analyze --json', async () => {
    expect(SCALABLE_MEASURE_IDS.length).toBeGreaterThan(10);
    for (const id of SCALABLE_MEASURE_IDS) expect(MEASURES[id].maxN).toBeUndefined();
    expect(SCALABLE_MEASURE_IDS).not.toContain('blockSensitivity');
    const { code, lines } = await batch([], INPUTS);
    expect(code).toBe(0);
    const keep = new Set(['n', 'boolean', 'values', ...SCALABLE_MEASURE_IDS]);
    INPUTS.forEach((t, k) => expect(lines[k]).toBe(expectedLine(t, (key) => keep.has(key))));
  });

  it('--measures all gives every measure within its size limit, as analyze --json does', async () => {
    const { code, lines } = await batch(['--measures', 'all'], INPUTS);
    expect(code).toBe(0);
    INPUTS.forEach((t, k) => expect(lines[k]).toBe(expectedLine(t, () => true)));
  });

  it('--measures IDS adds those to the default, whatever n', async () => {
    const { lines } = await batch(['--measures', 'blockSensitivity,algebraicImmunity'], INPUTS.slice(0, 4));
    const keep = new Set(['n', 'boolean', 'values', ...SCALABLE_MEASURE_IDS, 'blockSensitivity', 'algebraicImmunity']);
    INPUTS.slice(0, 4).forEach((t, k) => expect(lines[k]).toBe(expectedLine(t, (key) => keep.has(key), ['blockSensitivity', 'algebraicImmunity'])));
  });

  it('--only computes exactly the named measures (values and spectrum only when named)', async () => {
    const { code, lines } = await batch(['--only', 'gf2Degree,degree'], INPUTS);
    expect(code).toBe(0);
    INPUTS.forEach((t, k) => expect(lines[k]).toBe(expectedLine(t, (key) => ['n', 'boolean', 'degree', 'gf2Degree'].includes(key))));
    const listed = await batch(['--only', 'values,spectrum,sparsity'], INPUTS);
    INPUTS.forEach((t, k) => expect(listed.lines[k]).toBe(expectedLine(t, (key) => ['n', 'boolean', 'values', 'spectrum', 'sparsity'].includes(key))));
    expect(JSON.parse(listed.lines[2]!)).toEqual({ n: 3, boolean: true, values: expect.any(Array), spectrum: expect.any(Array), sparsity: 4 });
  });

  it('bad selections are one line and exit 2', async () => {
    for (const [args, pattern] of [
      [['--only', 'degree', '--measures', 'anf'], /either --only or --measures/],
      [['--only', ''], /--only needs a list/],
      [['--only', 'degre'], /--only: unknown measure 'degre'/],
      [['--measures', 'nope'], /--measures: unknown measure 'nope'/],
    ] as const) {
      const { code, err } = await batch([...args], ['x1']);
      expect(code).toBe(2);
      expect(err).toMatch(pattern);
      expect(err.trim().split('\n')).toHaveLength(1);
    }
    const rec = fakeIo();
    expect(await runCli(['analyze', 'x1', '--only', 'degree'], rec.io)).toBe(2);
    expect(rec.err()).toMatch(/--only is for batch mode/);
  });

  it('every registered measure id is accepted by --only', async () => {
    const { code, lines } = await batch(['--only', MEASURE_IDS.join(',')], ['x1*x2']);
    expect(code).toBe(0);
    expect(Object.keys(JSON.parse(lines[0]!))).toEqual(['n', 'boolean', 'spectrum', ...MEASURE_IDS.filter((id) => id !== 'spectrum')]);
  });
});
