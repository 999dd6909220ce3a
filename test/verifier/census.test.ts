/**
 * Census certificates: the verifier's own census (plain definitions at n <= 4, the half-table
 * split used at n = 5) agrees with itself, with the engine and with known counts; certificates of
 * census-engine runs verify, and forged cells, counts, cases or a census form that lies about its
 * predicate are refused. Only n <= 4 here: the n = 5 re-count takes minutes (bench, certificates/slow).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCensus } from '../../src/census/census.js';
import { writeCertificate } from '../../src/certificates/write.js';
import { type LoadedProperty, findInCatalogue } from '../../src/check/catalogue.js';
import { loadModules } from '../fixtures/catalogueModules.js';
import { runProperty } from '../../src/check/runner.js';
import type { Property } from '../../src/claim/property.js';
import { cellCode, cellOfCode, countDirect, countSplit, emptyCounts, splitTables } from '../../src/verifier/censusCount.js';
import { censusOfAll } from '../../src/verifier/censusPool.js';
import { integrityOf, verifyCertificate, type VerifyOutcome } from '../../src/verifier/index.js';
import lies from './fixtures/census-form-lies.js';

type Json = Record<string, unknown>;
const dir = mkdtempSync(join(tmpdir(), 'cubecheck-census-cert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let t10: LoadedProperty;
const reason = (o: VerifyOutcome): string => (o.status === 'valid' ? `valid: ${o.summary}` : `${o.status}: ${o.reason}`);
const sealed = (c: Json): Json => ({ ...c, integrity: integrityOf(c) });

async function certify(p: Property, sourcePath: string, n: number, name: string): Promise<Json> {
  const result = await runProperty(p, { n, mode: 'exhaustive', budget: 1n, workers: 0 });
  expect(result.engine?.name).toBe('census');
  const path = await writeCertificate(join(dir, name), result, p, sourcePath, 'cubecheck test');
  return JSON.parse(readFileSync(path!, 'utf8')) as Json;
}

beforeAll(async () => {
  t10 = findInCatalogue(await loadModules(), 'T10-degree-two-juntas');
});

describe("the verifier's census", () => {
  it('the definitions and the half-table split agree at n = 1..4, cell by cell and on the smallest function of each cell', () => {
    for (let n = 1; n <= 4; n++) {
      const direct = countDirect(n);
      const split = emptyCounts();
      countSplit(splitTables(n - 1), 0, 2 ** 2 ** (n - 1), split);
      expect(Array.from(split.hist)).toEqual(Array.from(direct.hist));
      expect(Array.from(split.rep)).toEqual(Array.from(direct.rep));
    }
  });

  it('the worker-thread path of n = 5, run at n = 4 on two workers, gives the same counts', async () => {
    const pooled = (await censusOfAll(4, { split: true, workers: 2 }))!;
    const direct = countDirect(4);
    expect(Array.from(pooled.hist)).toEqual(Array.from(direct.hist));
    expect(Array.from(pooled.rep)).toEqual(Array.from(direct.rep));
  });

  it('agrees with the census engine at n = 0..4 (joint counts of every cell)', async () => {
    for (let n = 0; n <= 4; n++) {
      const engine = await runCensus({ n, joint: true, workers: 0 });
      const mine = (await censusOfAll(n))!;
      const fromEngine = new Float64Array(mine.hist.length);
      for (const r of engine.partial.counts.joint!) {
        const [degree, gf2, relevant, balanced, bent] = r.values as [number, number | null, number, boolean, boolean];
        fromEngine[cellCode(degree, gf2 ?? -1, relevant, balanced, bent)] = Number(r.count);
      }
      expect(Array.from(mine.hist)).toEqual(Array.from(fromEngine));
    }
  });

  it('matches known counts at n = 4: 896 bent, C(16,8) = 12870 balanced, 32 affine, 10 of degree <= 1', () => {
    const { hist } = countDirect(4);
    const sum = (keep: (c: ReturnType<typeof cellOfCode>) => boolean): number =>
      Array.from(hist).reduce((s, v, code) => s + (v > 0 && keep(cellOfCode(code)) ? v : 0), 0);
    expect(sum(() => true)).toBe(65536);
    expect(sum((c) => c.bent)).toBe(896);
    expect(sum((c) => c.balanced)).toBe(12870);
    expect(sum((c) => c.gf2Degree === null || c.gf2Degree <= 1)).toBe(32);
    expect(sum((c) => c.degree! <= 1)).toBe(10);
  });
});

describe('census certificates', () => {
  it('check T10 on the census engine at n = 3 and 4 writes a certificate verify accepts', async () => {
    for (const n of [3, 4]) {
      const c = await certify(t10.property, t10.sourcePath, n, `t10-${n}.json`);
      expect(c).toMatchObject({ verdict: 'holds', evidence: { kind: 'census', functions: 2 ** 2 ** n } });
      expect(reason(await verifyCertificate(join(dir, `t10-${n}.json`)))).toMatch(
        new RegExp(`^valid: T10-degree-two-juntas holds on n = ${n} \\(census of all ${2 ** 2 ** n} functions re-counted; .*the predicate agrees with the census form on every case\\)$`),
      );
    }
  });

  it('refuses forged cells, counts and tallies, even re-sealed', async () => {
    const c = await certify(t10.property, t10.sourcePath, 4, 't10-forge.json');
    const e = c.evidence as { cells: Json[]; cases: number; satisfied: number };
    const verify = (edit: Json): Promise<VerifyOutcome> => verifyCertificate({ json: sealed({ ...c, evidence: { ...e, ...edit } }), baseDir: dir });
    const big = e.cells.reduce((b, cell, k) => ((cell.count as number) > (e.cells[b]!.count as number) ? k : b), 0);
    const other = big === 0 ? 1 : 0;
    const moved = e.cells.map((cell, k) => (k === other ? { ...cell, count: (cell.count as number) + 1 } : k === big ? { ...cell, count: (cell.count as number) - 1 } : cell));
    expect(reason(await verify({ cells: moved }))).toMatch(/^invalid: the re-counted census has \d+ functions in the cell .*, the certificate \d+$/);
    expect(reason(await verify({ cases: e.cases + 1 }))).toBe(`invalid: evidence.cases = ${e.cases + 1} but the domain has ${e.cases} cases`);
    expect(reason(await verify({ satisfied: e.satisfied - 1 }))).toMatch(/^invalid: evidence.satisfied = \d+ but the census form holds on/);
    expect(reason(await verify({ functions: 65535 }))).toBe('invalid: evidence.functions = 65535 but there are 65536 Boolean functions on 4 variables');
    expect(reason(await verify({ cells: [...e.cells, e.cells[0]] }))).toMatch(/^invalid: evidence.cells\[\d+\] repeats the cell/);
    expect(reason(await verify({ cells: [{ ...e.cells[0], degree: 9 }] }))).toBe('invalid: evidence.cells[0].degree must be a whole number in 0..4');
    expect(reason(await verifyCertificate({ json: sealed({ ...c, verdict: 'refuted' }), baseDir: dir }))).toBe('invalid: census evidence proves forAll-holds or exists-refuted, not forAll-refuted');
  });

  it('refuses a certificate whose census form lies about its predicate (the engine trusted the form)', async () => {
    const c = await certify(lies, join(import.meta.dirname, 'fixtures', 'census-form-lies.ts'), 3, 'lies.json');
    expect(c.verdict).toBe('holds');
    expect(reason(await verifyCertificate(join(dir, 'lies.json')))).toMatch(/^invalid: the census form is true on the cell \{degree 3, .* but the predicate is false on its function f = hex:/);
  });
});
