/**
 * Exhaustive runs on the census engine (n <= 4): they agree with the ordinary enumeration on
 * verdicts and counts, give a canonical counterexample that fails the predicate, stop on abort,
 * refuse inconsistent census forms, and never yield a certificate for a census "holds".
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEASURES } from '../../src/census/index.js';
import { CELLS, cellAt } from '../../src/census/histogram.js';
import { type Property, defineProperty, domains } from '../../src/claim/index.js';
import { CENSUS_MEASURES } from '../../src/claim/property.js';
import type { Fn } from '../../src/claim/values.js';
import { packageRoot } from '../../src/check/catalogue.js';
import { locateInCells } from '../../src/check/censusWitness.js';
import { fastKernel as K } from '../../src/check/kernel/index.js';
import { runProperty } from '../../src/check/runner.js';
import { checkCommand } from '../../src/cli/commands/check.js';
import { InputError } from '../../src/core/result.js';
import { verifyCertificate } from '../../src/verifier/index.js';
import { booleanFromNumber, fakeIo, slowDegree, slowWalsh } from './helpers.js';
import T10 from '../fixtures/catalogue-ts/T10-degree-two-juntas.js';
import { MODULES_DIR } from '../fixtures/catalogueModules.js';

/** T10's module (the catalogue's T10 is a formula; census certificates of modules are tested here). */
const T10_FILE = join(MODULES_DIR, 'T10-degree-two-juntas.ts');

/** "degree <= 2 implies relevant <= 3": false at n = 4 (x1 x2 xor x3 x4 has degree 2). */
const junta3 = defineProperty({
  id: 'test-degree-two-three-juntas',
  statement: 'Every Boolean f of degree <= 2 depends on at most 3 variables.',
  status: 'conjecture',
  variables: { f: domains.lowDegreeFunctions(2) },
  predicate: ({ f }, k) => k.relevantVariables(f).length <= 3,
  defaultScope: { n: 4 },
  census: { measures: ['degree', 'relevant'], holds: (c) => (c.degree ?? 0) > 2 || c.relevant <= 3 },
});
/** docs/math.md T4 on all Boolean functions (true). */
const gf2 = defineProperty({
  id: 'test-gf2-le-degree',
  statement: 'deg2(f) <= deg(f).',
  status: 'theorem',
  variables: { f: domains.booleanFunctions() },
  predicate: ({ f }, k) => (k.gf2Degree(f) ?? -1) <= (k.degree(f) ?? -1),
  defaultScope: { n: 3 },
  census: { measures: ['degree', 'gf2Degree'], holds: (c) => (c.gf2Degree ?? -1) <= (c.degree ?? -1) },
});
/** "No function is bent": false at even n. */
const noBent = defineProperty({
  id: 'test-no-bent',
  statement: 'No Boolean function is bent.',
  status: 'conjecture',
  variables: { f: domains.booleanFunctions() },
  predicate: ({ f }, k) => !k.walsh(f).every((c) => c * c === BigInt(2 ** f.n)),
  defaultScope: { n: 2 },
  census: { measures: ['bent'], holds: (c) => !c.bent },
});

const viaCensus = { mode: 'exhaustive', budget: 1n } as const;

function expectFailing(p: Property, f: Fn): void {
  expect(p.predicate({ f } as never, K, { n: f.n })).toBe(false);
}

describe('the census path agrees with the enumeration', () => {
  const cases: [Property, number, 'holds' | 'refuted'][] = [
    [T10, 3, 'holds'],
    [T10, 4, 'holds'],
    [gf2, 3, 'holds'],
    [gf2, 4, 'holds'],
    [junta3, 3, 'holds'],
    [junta3, 4, 'refuted'],
    [noBent, 2, 'refuted'],
    [noBent, 3, 'holds'],
    [noBent, 4, 'refuted'],
  ];
  for (const [p, n, verdict] of cases) {
    it(`${p.id} at n = ${n}: ${verdict}`, async () => {
      const ordinary = await runProperty(p, { n, mode: 'exhaustive', countAll: true });
      const census = await runProperty(p, { n, ...viaCensus, countAll: true });
      expect(ordinary.engine).toBeUndefined();
      expect(census.engine).toMatchObject({ name: 'census', functions: 2 ** 2 ** n });
      expect([census.mode, census.verdict, ordinary.verdict]).toEqual(['exhaustive', verdict, verdict]);
      // Cases are the domain's members, counted exactly by the census.
      expect([census.cases, census.satisfied, census.counterexamples]).toEqual([ordinary.cases, ordinary.satisfied, ordinary.counterexamples]);
      expect([census.digest, census.foundAt]).toEqual([null, null]);
      if (verdict === 'holds') return expect(census.counterexample).toBeNull();
      const c = census.counterexample!;
      const hexDigits = Math.max(1, 2 ** n / 4);
      expect(c.encoded.f).toMatch(new RegExp(`^hex:[0-9a-f]{${hexDigits}}$`));
      const f = c.values.f as Fn;
      expect(Array.from(f.values)).toEqual(Array.from(booleanFromNumber(n, parseInt(c.encoded.f!.slice(4), 16)).values));
      expectFailing(p, f);
      expect(census.engine!.failingCells).toBeGreaterThan(0);
    });
  }

  it('the enumeration still runs when it fits the budget, and auto never picks the census', async () => {
    expect((await runProperty(T10, { n: 4, mode: 'exhaustive' })).engine).toBeUndefined();
    expect((await runProperty(T10, { n: 4, budget: 1n, runs: 5 })).mode).toBe('random');
  });
});

describe('locating a counterexample', () => {
  it('narrowing by census shards finds a function in the failing cells', async () => {
    const bent = new Set(Array.from({ length: CELLS }, (_, k) => k).filter((k) => cellAt(k).bent));
    const degreeTwo = new Set(Array.from({ length: CELLS }, (_, k) => k).filter((k) => cellAt(k).degree === 2 && cellAt(k).relevant === 4));
    for (const walkLimit of [2 ** 6, 2 ** 10, 2 ** 16]) {
      const f = booleanFromNumber(4, (await locateInCells({ n: 4, failing: bent, walkLimit, workers: 0 }))!);
      expect(slowWalsh(f).every((c) => c === 4n || c === -4n)).toBe(true);
      const g = booleanFromNumber(4, (await locateInCells({ n: 4, failing: degreeTwo, walkLimit, workers: 0 }))!);
      expect(slowDegree(g)).toBe(2);
      expectFailing(junta3, g);
    }
  });
});

describe('abort, bad census forms, internal errors', () => {
  it('an aborted census run is inconclusive', async () => {
    const c = new AbortController();
    c.abort();
    const r = await runProperty(junta3, { n: 4, ...viaCensus }, { signal: c.signal });
    expect([r.verdict, r.reason, r.counterexample, r.engine?.name]).toEqual(['inconclusive', 'aborted', null, 'census']);
  });

  it('progress is forwarded with the total number of functions', async () => {
    const seen: number[] = [];
    await runProperty(gf2, { n: 4, ...viaCensus }, { onProgress: (p) => seen.push(p.total ?? -1) });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((t) => t === 65536)).toBe(true);
  });

  it('defineProperty validates the census form', () => {
    const base = { id: 'x', statement: 's', status: 'open', predicate: () => true, defaultScope: { n: 2 } } as const;
    const holds = () => true;
    expect(CENSUS_MEASURES).toEqual(MEASURES);
    expect(() => defineProperty({ ...base, variables: { U: domains.subsets() }, census: { measures: ['bent'], holds } })).toThrow(/one variable/);
    expect(() => defineProperty({ ...base, variables: { f: domains.booleanFunctions(), g: domains.booleanFunctions() }, census: { measures: ['bent'], holds } })).toThrow(/one variable/);
    expect(() => defineProperty({ ...base, quantifier: 'exists', variables: { f: domains.booleanFunctions() }, census: { measures: ['bent'], holds } })).toThrow(/forAll/);
    expect(() => defineProperty({ ...base, variables: { f: domains.booleanFunctions() }, census: { measures: ['size' as never], holds } })).toThrow(/unknown measure/);
    expect(() => defineProperty({ ...base, variables: { f: domains.booleanFunctions() }, census: { measures: [], holds } })).toThrow(/non-empty/);
    expect(defineProperty({ ...base, variables: { f: domains.booleanFunctions() }, census: { measures: ['bent'], holds } }).census).toBeDefined();
  });

  it('reading an undeclared measure is an InputError', async () => {
    const sneaky = defineProperty({ ...noBent, census: { measures: ['degree'], holds: (c) => !c.bent } });
    await expect(runProperty(sneaky, { n: 2, ...viaCensus })).rejects.toThrow(/does not declare/);
    await expect(runProperty(sneaky, { n: 2, ...viaCensus })).rejects.toBeInstanceOf(InputError);
  });

  it('a census form that disagrees with the predicate is a bad property (user code), not a verdict', async () => {
    const liar = defineProperty({ ...junta3, predicate: () => true });
    const e: unknown = await runProperty(liar, { n: 4, ...viaCensus }).catch((x: unknown) => x);
    expect(String(e)).toMatch(/census form of .* is not equivalent to its predicate: it fails on the cell of f = hex:[0-9a-f]{4}, where the predicate holds$/);
    expect(e).toBeInstanceOf(InputError);
  });
});

describe('certificates of census runs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cubecheck-census-run-'));
  const api = relative(dir, join(packageRoot(), 'src/claim/index.js')).split('\\').join('/');

  it('a census "holds" writes a census certificate the verifier accepts', async () => {
    const io = fakeIo(dir);
    expect(await checkCommand([T10_FILE, '--n', '4', '--mode', 'exhaustive', '--budget', '2', '--workers', '0', '--cert', 't10.json', '--json'], io)).toBe(0);
    expect(io.err()).toBe('');
    expect(JSON.parse(io.out())).toMatchObject({ verdict: 'holds', mode: 'exhaustive', cases: 222, engine: { name: 'census', functions: 65536 } });
    expect(JSON.parse(readFileSync(join(dir, 't10.json'), 'utf8')).evidence).toMatchObject({ kind: 'census', functions: 65536, cases: 222, satisfied: 222 });
    expect(await verifyCertificate(join(dir, 't10.json'))).toMatchObject({ status: 'valid' });
    const text = fakeIo(dir);
    expect(await checkCommand([T10_FILE, '--n', '4', '--mode', 'exhaustive', '--budget', '2'], text)).toBe(0);
    expect(text.out()).toContain('engine: census (65,536 functions walked)');
    expect(text.out()).not.toContain('certificate: none');
  });

  it('a census refutation writes a counterexample certificate the verifier accepts', async () => {
    writeFileSync(
      join(dir, 'junta3.ts'),
      `import { defineProperty, domains } from '${api}';\nexport default defineProperty({ id: 'junta3', statement: 'degree <= 2 implies at most 3 relevant variables', status: 'conjecture', variables: { f: domains.lowDegreeFunctions(2) }, predicate: ({ f }, k) => k.relevantVariables(f).length <= 3, defaultScope: { n: 4 }, census: { measures: ['degree', 'relevant'], holds: (c) => (c.degree ?? 0) > 2 || c.relevant <= 3 } });\n`,
    );
    const io = fakeIo(dir);
    expect(await checkCommand(['./junta3.ts', '--mode', 'exhaustive', '--budget', '2', '--cert', 'junta3.json'], io)).toBe(1);
    expect(io.out()).toContain('verdict: REFUTED: the census form fails on');
    expect(io.err()).toBe('');
    const outcome = await verifyCertificate(join(dir, 'junta3.json'));
    expect(outcome.status).toBe('valid');
  });
});
