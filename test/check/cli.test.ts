/** The check and list commands: options, output forms, exit codes, certificates, the catalogue run. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loadCatalogue } from '../../src/lang/catalogue.js';
import { describe, expect, it } from 'vitest';
import { extendedIds, packageRoot } from '../../src/check/catalogue.js';
import { checkCommand } from '../../src/cli/commands/check.js';
import { listCommand } from '../../src/cli/commands/list.js';
import { InputError } from '../../src/core/result.js';
import { fakeIo } from './helpers.js';

/** The catalogue's size: one claim per property module, plus the formulas of catalogue.claims. */
const CATALOGUE = await loadCatalogue();
const CLAIMS = CATALOGUE.length;
/** The extended claims (properties/extended.list), which check --all leaves out without --extended. */
const EXTENDED = extendedIds();
const RUN = CLAIMS - EXTENDED.size;
const JSON_FIELDS = ['property', 'scope', 'mode', 'verdict', 'cases', 'counterexample', 'counterexamples', 'seed', 'distribution', 'elapsedMs', 'certificate'];

describe('check <id>', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cubecheck-cli-'));

  it('--json has exactly the documented fields; exit 0 when the claim holds', async () => {
    const io = fakeIo(dir);
    expect(await checkCommand(['T4', '--n', '3', '--json'], io)).toBe(0);
    const r = JSON.parse(io.out()) as Record<string, unknown>;
    expect(Object.keys(r)).toEqual(JSON_FIELDS);
    expect(r).toMatchObject({ property: 'T4-gf2-degree-le-degree', mode: 'exhaustive', verdict: 'holds', cases: 256, counterexample: null, counterexamples: null, seed: null, certificate: null });
    expect(r.scope).toEqual({ n: 3, variables: [{ name: 'f', domain: { kind: 'boolean-functions', n: 3 } }] });
  });

  it('a refuted conjecture: exit 1, the counterexample in notation with its table; --all counts them', async () => {
    const io = fakeIo(dir);
    expect(await checkCommand(['C1'], io)).toBe(1);
    expect(io.out()).toContain('REFUTED: counterexample at case 32 in canonical order');
    expect(io.out()).toContain('T = perm:0,1,2,4,5,3,7,6');
    expect(io.out()).toContain('coordinate degrees 2, 2, 2');
    expect(io.out()).toContain('3 (-,-,+) ->   4 (+,+,-)');
    const all = fakeIo(dir);
    expect(await checkCommand(['C1', '--all', '--json'], all)).toBe(1);
    expect(JSON.parse(all.out())).toMatchObject({ cases: 40320, counterexamples: 2880, counterexample: { T: 'perm:0,1,2,4,5,3,7,6' } });
  });

  it('a function counterexample shows its degrees; random mode states its seed', async () => {
    const file = join(dir, 'deg1.ts');
    const api = relative(dir, join(packageRoot(), 'src/claim/index.js')).split('\\').join('/');
    writeFileSync(file, `import { defineProperty, domains } from '${api}';\nexport default defineProperty({ id: 'deg1', statement: 'every f has degree <= 1', status: 'conjecture', variables: { f: domains.booleanFunctions() }, predicate: ({ f }, k) => k.degree(f)! <= 1, defaultScope: { n: 3 } });\n`);
    const io = fakeIo(dir);
    expect(await checkCommand(['./deg1.ts', '--mode', 'random', '--seed', '7', '--cert', 'out/deg1.json'], io)).toBe(1);
    expect(io.out()).toMatch(/mode: random, 1,000 runs with seed 7, distribution cubecheck-mix\/1 /);
    expect(io.out()).toMatch(/degree 2, gf2 degree \d, relevant variables x\d x\d/);
    expect(io.out()).toContain('certificate: out/deg1.json');
    expect(existsSync(join(dir, 'out/deg1.json'))).toBe(true);
  });

  it('progress goes to stderr with --progress (also without a terminal), and not by default on a pipe', async () => {
    const asked = fakeIo(dir);
    expect(await checkCommand(['T10', '--runs', '300', '--progress'], asked)).toBe(0);
    expect(asked.err()).toMatch(/^T10-degree-two-juntas: 300 \/ 300 cases \(100\.0%\), [\d.]+k? cases\/s/m);
    const pipe = fakeIo(dir);
    await checkCommand(['T10', '--runs', '300'], pipe);
    expect(pipe.err()).toBe('');
  });

  it('an interrupted run is inconclusive (exit 3) and writes no certificate', async () => {
    const c = new AbortController();
    c.abort();
    const io = fakeIo(dir, { signal: c.signal });
    expect(await checkCommand(['T11-half-cube-interpolation', '--cert', 'none.json'], io)).toBe(3);
    expect(io.out()).toContain('INCONCLUSIVE');
    expect(existsSync(join(dir, 'none.json'))).toBe(false);
  });

  it('bad input is an InputError with one line', async () => {
    const bad = [
      ['T4', '--mode', 'fast'],
      ['T4', '--n', '99'],
      ['T5', '--n', '1'],
      ['T4', '--seed', 'x'],
      ['T4', '--budget', 'lots'],
      ['T4', '--runs', '0'],
      ['T4', 'T5'],
      ['T4', '--out', 'd'],
      ['--all', '--n', '3'],
      ['nothing-like-this'],
      ['missing/file.ts'],
      [],
    ];
    for (const argv of bad) {
      const error = await checkCommand(argv, fakeIo(dir)).then(() => null, (e: unknown) => e);
      expect(error, argv.join(' ')).toBeInstanceOf(InputError);
      expect((error as Error).message).not.toContain('\n');
    }
  });
});

describe('check --all', () => {
  // the whole catalogue end to end (about 20 CPU-s; minutes of wall time on a loaded machine)
  it('runs the catalogue, prints the summary table and writes one certificate per claim', { timeout: 400_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cubecheck-all-'));
    const io = fakeIo(dir);
    expect(await checkCommand(['--all', '--out', 'certs'], io)).toBe(0);
    const out = io.out();
    expect(out).toMatch(/id\s+status\s+n\s+mode\s+cases\s+verdict\s+ms/);
    expect(out).toMatch(/T7-parity-degree-sum-bound\s+theorem\s+3\s+exhaustive\s+40,320\s+holds/);
    expect(out).toMatch(/T10-degree-two-juntas\s+theorem\s+5\s+random\s+1,000\s+holds/);
    expect(out).toMatch(/C2-inverse-parity-degree-sum\s+refuted\s+3\s+exhaustive\s+32\s+refuted/);
    expect(out).toMatch(/S2-dictators-identify-by-degree\s+theorem\s+3\s+exhaustive\s+1\s+holds/);
    // A claim marked refuted that is refuted is expected (no "(!)"), and the exit code stays 0.
    expect(out).toMatch(/C3-head-rep-dictators\s+refuted\s+2\s+exhaustive\s+2\s+refuted\s+\d+$/m);
    // formula claims get formula certificates, modules module certificates
    expect(out).toContain(`${RUN} certificates written to certs`);
    expect(readdirSync(join(dir, 'certs')).sort()).toHaveLength(RUN);
    expect(out).toContain(`${EXTENDED.size} extended claims not run (properties/extended.list; check --all --extended runs them too, minutes)`);
    expect(readdirSync(join(dir, 'certs')).some((f) => EXTENDED.has(f.replace(/\.json$/, '')))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'certs', 'T4-gf2-degree-le-degree.json'), 'utf8')).format).toBe('cubecheck-formula-certificate');
  });
});

describe('the extended claims', () => {
  it('are catalogue claims, named once each; --extended goes with --all alone (exit 2 otherwise)', async () => {
    expect(EXTENDED.size).toBeGreaterThan(0);
    const ids = new Set(CATALOGUE.map((c) => c.property.id));
    for (const id of EXTENDED) expect(ids.has(id), id).toBe(true);
    await expect(checkCommand(['T4', '--extended'], fakeIo('/'))).rejects.toThrow(/--extended goes with --all alone/);
    await expect(checkCommand(['--extended'], fakeIo('/'))).rejects.toThrow(/--extended goes with --all alone/);
  });
});

describe('list', () => {
  it('lists every claim with status, statement, domains and default scope', async () => {
    const io = fakeIo('/');
    expect(await listCommand(['--json'], io)).toBe(0);
    const list = JSON.parse(io.out()) as { id: string; status: string; variables: unknown[]; defaultScope: { n: number }; source: string }[];
    expect(list).toHaveLength(CLAIMS);
    expect(list.find((c) => c.id === 'S3-all-parities-affine')).toMatchObject({ status: 'theorem', variables: [], defaultScope: { n: 3 } });
    expect(list[0]).toMatchObject({ id: 'T1-parseval', status: 'theorem', variables: [{ name: 'f', domain: { kind: 'boolean-functions' } }], defaultScope: { n: 4 }, source: 'properties/catalogue.claims', formula: 'forall f in boolean(n): sum S in subsets(n): walsh(f, S)^2 = pow2(2 * n)' });
    expect(list.find((c) => c.id === 'T11-half-cube-interpolation')).toMatchObject({ source: 'properties/T11-half-cube-interpolation.ts', formula: null });
    const text = fakeIo('/');
    await listCommand([], text);
    expect(text.out()).toContain('T10-degree-two-juntas  [theorem]');
    expect(text.out()).toContain('for all f in low-degree-functions(degree <= 2); default n = 5');
    expect(text.out()).toContain('  formula: forall f in lowdegree(n, 2): junta(f) <= 4\n');
    expect(text.out()).toContain('  module properties/S3-all-parities-affine.ts\n');
    expect(text.out()).toContain('closed claim (no variables, one case); default n = 3 (n in 2..3)');
    await expect(listCommand(['extra'], fakeIo('/'))).rejects.toThrow(InputError);
  });
});

describe('exhaustive mode refuses what could not finish', () => {
  it('names the domain, its size and the limit, exit 2', async () => {
    const { runCli } = await import('../../src/cli/dispatch.js');
    let err = '';
    const code = await runCli(['check', 'T7', '--mode', 'exhaustive', '--n', '4'], {
      stdout: () => {}, stderr: (t) => void (err += t), readStdin: async () => '', isTTY: false,
      signal: new AbortController().signal, cwd: process.cwd(), env: {},
    });
    expect(code).toBe(2);
    expect(err).toMatch(/^cubecheck: cannot enumerate T in bijections at n = 4: 20922789888000 candidates exceed the exhaustive limit 4294967296/);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});
