/**
 * What the embedded predicate can reach, asked of it: a closed claim whose predicate answers true
 * exactly when the sandbox is as documented (docs/certificates.md "Trust model"). A certificate
 * claiming it holds verifies only if every fact is so. Then the limits: a predicate that never
 * returns, or that allocates without end, is stopped and the certificate is invalid.
 */
import { describe, expect, it } from 'vitest';
import { closedHolds, closedModule, said, verify } from './forge.js';
import { verifyCertificate } from '../../../src/verifier/index.js';

const FACTS = [
  "typeof (globalThis as Record<string, unknown>).process === 'undefined'",
  "typeof (globalThis as Record<string, unknown>).fetch === 'undefined'",
  "typeof (globalThis as Record<string, unknown>).require === 'undefined'",
  'Object.isFrozen(Array.prototype) && Object.isFrozen(Uint32Array.prototype) && Object.isFrozen(Object)',
  "Object.getOwnPropertyDescriptor(globalThis, 'Uint32Array')!.writable === false",
  'Object.isFrozen(k)',
  "!String(k.walsh).includes('walshOf')",
  "k.degree(k.chi(2, 3)) === 2 && scope.n === 2",
];

describe('the isolated child', () => {
  it('has no process, fetch or require; frozen built-ins and bindings; a frozen, opaque kernel', async () => {
    const body = FACTS.map((f, i) => `    if (!(${f})) throw new Error('fact ${i} fails');`).join('\n') + '\n    return true;';
    const outcome = await verify(closedHolds(closedModule('sandbox-facts', body), 'sandbox-facts'));
    expect(said(outcome)).toBe('valid: sandbox-facts holds on n = 2 (closed claim: its one case)');
  });

  it('blocks import() of a built-in (it rejects; the predicate sees that)', async () => {
    const prelude = "let imported = 'pending';\nimport(['node', 'net'].join(':')).then(() => (imported = 'yes'), (e) => (imported = String(e.code)));";
    const probe = closedModule('no-import', "    if (imported !== 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING') throw new Error(imported);\n    return true;", prelude);
    expect(said(await verify(closedHolds(probe, 'no-import')))).toBe('valid: no-import holds on n = 2 (closed claim: its one case)');
  });

  it('stops a predicate that never returns (time limit)', async () => {
    const cert = closedHolds(closedModule('forever', '    for (;;) {}'), 'forever');
    const outcome = await verifyCertificate({ json: cert, baseDir: '/' }, { timeLimitMs: 1500 });
    expect(said(outcome)).toBe('invalid: the isolated predicate ran past the time limit of 1.5 s of CPU');
  });

  it('stops a predicate that blocks without computing (the wall-clock backstop)', async () => {
    const cert = closedHolds(closedModule('asleep', '    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);\n    return true;'), 'asleep');
    const outcome = await verifyCertificate({ json: cert, baseDir: '/' }, { timeLimitMs: 60_000, wallLimitMs: 1500 });
    expect(said(outcome)).toBe('invalid: the isolated predicate ran past the wall-clock time limit of 1.5 s');
  });

  it('ends the child at once when the caller aborts (Ctrl-C)', async () => {
    const cert = closedHolds(closedModule('forever', '    for (;;) {}'), 'forever');
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 300);
    const outcome = await verifyCertificate({ json: cert, baseDir: '/' }, { signal: stop.signal, timeLimitMs: 60_000 });
    expect(said(outcome)).toBe('invalid: interrupted before the predicate answered');
  });

  it('stops a predicate that allocates without end (memory limit)', async () => {
    const cert = closedHolds(closedModule('hungry', '    const a: number[][] = [];\n    for (;;) a.push(new Array(1e5).fill(1));'), 'hungry');
    const outcome = await verifyCertificate({ json: cert, baseDir: '/' }, { memoryMiB: 32, timeLimitMs: 60_000 });
    expect(said(outcome)).toMatch(/^invalid: the isolated predicate process (exited with code \d+|was killed by SIG[A-Z]+) before it answered/);
  });
});
