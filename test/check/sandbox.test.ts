/**
 * The sandbox for property modules (src/check/sandbox): the module is imported only in a worker;
 * a predicate that loops, exhausts memory, calls process.exit, writes to stdout, or returns a
 * Promise cannot hang the run, decide the exit status or touch our output.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findInCatalogue, loadPropertyFile } from '../../src/check/catalogue.js';
import { loadModules } from '../fixtures/catalogueModules.js';
import { runProperty } from '../../src/check/runner.js';
import { sandboxModuleOf } from '../../src/check/sandbox/index.js';
import { checkCommand } from '../../src/cli/commands/check.js';
import { InputError } from '../../src/core/result.js';
import { fakeIo } from './helpers.js';

const claim = join(import.meta.dirname, '..', '..', 'src', 'claim', 'index.ts');
const dir = mkdtempSync(join(tmpdir(), 'cubecheck-sandbox-'));

/** A property file over f in boolean-functions at n = 2 with this predicate body (and extras). */
function file(name: string, predicate: string, extra = '', top = ''): string {
  writeFileSync(
    join(dir, name),
    `import { defineProperty, domains } from ${JSON.stringify(claim)};\n${top}\n` +
      `export default defineProperty({ id: ${JSON.stringify(name.replace(/\.ts$/, ''))}, statement: 's', status: 'conjecture', ` +
      `variables: { f: domains.booleanFunctions() }, predicate: ${predicate}, defaultScope: { n: 2 }${extra} });\n`,
  );
  return name;
}

describe('the sandbox', () => {
  it('a predicate that loops is stopped by the time limit: inconclusive (exit 3), naming the case, keeping the cases before it', async () => {
    const io = fakeIo(dir);
    expect(await checkCommand([file('loop.ts', '({ f }) => { if (f.values[0] === -1) for (;;) {} return true; }'), '--timeout', '1'], io)).toBe(3);
    expect(io.out()).toContain('verdict: INCONCLUSIVE: the predicate was stopped, time limit: more than 1 s on f = hex:1 (raise it with --timeout SECONDS); 1 of 16 cases done before');
    const json = fakeIo(dir);
    expect(await checkCommand(['loop.ts', '--timeout', '1', '--json'], json)).toBe(3);
    expect(JSON.parse(json.out())).toMatchObject({ verdict: 'inconclusive', cases: 1, stopped: { reason: 'timeout' } });
  });

  it('an interrupt (Ctrl-C, SIGTERM) ends a looping predicate at once; a counterexample found before it stands', async () => {
    // hex:0 holds, hex:1 fails, hex:2 spins (and says so: the interrupt comes then).
    const spin = "({ f }) => { if (f.values[1] === -1) { console.log('spinning'); for (;;) {} } return f.values[0] === 1; }";
    const { property } = await loadPropertyFile(file('spin.ts', spin), dir);
    const abort = new AbortController();
    const r = await runProperty(property, { countAll: true }, { signal: abort.signal, onOutput: (line) => line === 'spinning' && abort.abort() });
    // The counterexample hex:1 came before the interrupt: confirmed in a fresh worker, it stands.
    expect([r.verdict, r.counterexample?.encoded.f, r.foundAt, r.cases, r.satisfied, r.counterexamples]).toEqual(['refuted', 'hex:1', 2, 2, 1, null]);
    const abortedEarly = new AbortController();
    const none = await runProperty(property, { n: 2 }, { signal: abortedEarly.signal, onOutput: (line) => line === 'spinning' && abortedEarly.abort() }).catch((x: unknown) => x);
    expect(none).toMatchObject({ verdict: 'refuted', foundAt: 2 });
  });

  it('a predicate that exhausts its memory is stopped: inconclusive, reason memory', async () => {
    const { property } = await loadPropertyFile(file('hog.ts', '() => { for (;;) keep.push(new Array(1e6).fill(1.5)); }', '', 'const keep: unknown[] = [];'), dir);
    const r = await runProperty(property, { memoryMb: 64 });
    expect([r.verdict, r.reason]).toEqual(['inconclusive', 'memory']);
    expect(r.stopDetail).toMatch(/^out of memory \(the sandbox's limit is 64 MB\) on f = hex:0$/);
  });

  it('process.exit inside the predicate is an error (exit 2), not the exit status', async () => {
    const e = await checkCommand([file('exits.ts', '() => { process.exit(0); }')], fakeIo(dir)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toBe('the predicate of exits threw on f = hex:0: it called process.exit(0)');
  });

  it('what the predicate writes goes to stderr, prefixed; --json output stays JSON', async () => {
    const io = fakeIo(dir);
    const noisy = file('noisy.ts', `({ f }) => { console.log('hello', f.values[0]); process.stdout.write('{"verdict":"refuted"}\\n'); return true; }`);
    expect(await checkCommand([noisy, '--json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ property: 'noisy', verdict: 'holds', cases: 16 });
    expect(io.err()).toContain('[noisy] hello 1\n');
    expect(io.err()).toContain('[noisy] {"verdict":"refuted"}\n');
  });

  it('an async predicate that rejects is a one-line error (exit 2), not "refuted"', async () => {
    const e = await checkCommand([file('async.ts', "(async () => { throw new Error('no'); }) as never")], fakeIo(dir)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(/^the predicate of async returned a Promise \(an async predicate\).*, on f = hex:0$/);
  });

  it('the module runs only in the worker: its top-level code never runs here, and the stand-in has no predicate', async () => {
    const { property } = await loadPropertyFile(file('top.ts', '() => true', '', '(globalThis as { topRan?: boolean }).topRan = true;'), dir);
    expect((globalThis as { topRan?: boolean }).topRan).toBeUndefined();
    expect(() => property.predicate({} as never, {} as never, { n: 2 })).toThrow(/runs only in the cubecheck sandbox/);
    expect((await runProperty(property)).verdict).toBe('holds');
  });

  it('a vandalising predicate in the sandbox: exact --all count', async () => {
    const io = fakeIo(dir);
    expect(await checkCommand([file('vandal.ts', '({ f }) => { const ok = f.values.filter((v) => v === -1).length <= 2; f.values.fill(1); return ok; }'), '--all'], io)).toBe(1);
    expect(io.out()).toContain('counterexamples: 5 of 16 cases');
  });

  it('the census form runs in the sandbox too: a non-boolean answer is bad input', async () => {
    const name = file('form.ts', '() => true', ", census: { measures: ['degree'], holds: () => 'yes' as never }");
    const e = await checkCommand([name, '--mode', 'exhaustive', '--budget', '1'], fakeIo(dir)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(/^the census form of form returned string, not a boolean, on the cell /);
  });

  it('a syntax error names the file, line and column', async () => {
    writeFileSync(join(dir, 'syntax.ts'), `import { defineProperty } from ${JSON.stringify(claim)};\nexport default defineProperty({ id: 'x' +* 2 });\n`);
    await expect(loadPropertyFile('syntax.ts', dir)).rejects.toThrow(/^property file syntax.ts does not load: syntax error at syntax.ts:2:\d+: Unexpected "\*"$/);
  });

  it('catalogue claims are evaluated in the sandbox too', async () => {
    const t3 = findInCatalogue(await loadModules(), 'T3');
    expect(sandboxModuleOf(t3.property)).toBe(t3.sourcePath);
    const r = await runProperty(t3.property, { n: 2 });
    expect([r.verdict, r.cases]).toEqual(['holds', 16]);
  });
});
