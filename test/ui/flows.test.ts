import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UiController } from '../../src/ui/controller/controller.js';
import type { AppState } from '../../src/ui/state/types.js';
import { makeController, openCatalogue, press, runAt, tempDir, testEngine, type, waitForState } from './helpers.js';

describe('certificates from the Result screen', () => {
  it('saves to ./certificates/<id>.json, verifies it (here and from the catalogue), reports a tampered one as invalid', async () => {
    const cwd = tempDir();
    const c = makeController(testEngine(), cwd);
    await runAt(c, 'T4', 3);
    press(c, 'v');
    expect(c.getState().result!.certificate.message).toBe('save the certificate first (s)');
    press(c, 's');
    await c.idle();
    const path = join(cwd, 'certificates', 'T4-gf2-degree-le-degree.json');
    expect(existsSync(path)).toBe(true);
    expect(c.getState().result!.certificate).toMatchObject({ saved: true, check: { kind: 'unverified' } });
    expect(c.getState().catalogue.items[1]!.certificate).toMatchObject({ kind: 'present', verdict: 'holds', n: 3, check: { kind: 'unverified' } });
    press(c, 'v');
    await c.idle();
    expect(c.getState().result!.certificate.check?.kind).toBe('valid');
    expect(c.getState().catalogue.items[1]!.certificate).toMatchObject({ check: { kind: 'valid' } });
    const fresh = makeController(testEngine(), cwd);
    await openCatalogue(fresh);
    type(fresh, 'T4');
    expect(fresh.getState().catalogue.items[1]!.certificate).toMatchObject({ kind: 'present', check: { kind: 'unverified' } });
    press(fresh, { tab: true });
    await fresh.idle();
    expect(fresh.getState().catalogue.items[1]!.certificate).toMatchObject({ check: { kind: 'valid' } });
    const json = JSON.parse(readFileSync(path, 'utf8')) as { scope: { n: number } };
    json.scope.n = 4;
    writeFileSync(path, JSON.stringify(json));
    press(c, 'v');
    await c.idle();
    expect(c.getState().result!.certificate.check).toMatchObject({ kind: 'invalid', reason: 'integrity hash mismatch' });
  });
});

describe('global keys', () => {
  it('? opens help and any key closes it; q quits and cancels a run in flight', async () => {
    const c = makeController();
    press(c, '?');
    expect(c.getState().help).toBe(true);
    press(c, { down: true });
    expect(c.getState()).toMatchObject({ help: false, home: { index: 0 } });
    await openCatalogue(c);
    type(c, 'T1');
    press(c, { enter: true }, { up: true }, { up: true }, { up: true }, { right: true }, { up: true }, { erase: true }, '5', { enter: true });
    await waitForState(c, (s) => s.run.phase === 'running');
    press(c, 'q');
    expect(c.getState().quit).toBe(true);
    await c.idle();
    expect(c.getState().screen).toBe('run');
  });
});

describe('explorer', () => {
  it('follows the text: an error with its column, then the analysis; q is a character', () => {
    const c = makeController();
    press(c, { down: true }, { enter: true });
    expect(c.getState().screen).toBe('explorer');
    type(c, 'xor(x1,q');
    expect(c.getState().quit).toBe(false);
    expect(c.getState().explorer.analysis).toMatchObject({ kind: 'error', column: 8 });
    press(c, { erase: true });
    type(c, 'x2)');
    expect(c.getState().explorer.analysis).toMatchObject({ kind: 'ok', what: 'function', summary: expect.stringContaining('degree 2, GF(2) degree 1') });
    press(c, { tab: true }, { tab: true });
    expect(c.getState().explorer.view).toBe(2);
    press(c, { escape: true });
    expect(c.getState().screen).toBe('home');
  });
});

describe('recovery', () => {
  async function recoverWith(c: UiController, biasSteps: number): Promise<AppState> {
    press(c, { down: true }, { down: true }, { enter: true });
    expect(c.getState().screen).toBe('recovery');
    press(c, { up: true }, { up: true }, { up: true });
    for (let k = 0; k < biasSteps; k++) press(c, { right: true });
    press(c, { enter: true });
    await c.idle();
    return c.getState();
  }

  it('dictator tasks at d = 3: head-degree recovers (48 minimisers = 2^3 3!)', async () => {
    const s = await recoverWith(makeController(), 0);
    expect(s.recovery.outcome).toMatchObject({ kind: 'done', tone: 'good' });
    const rows = s.recovery.outcome.kind === 'done' ? s.recovery.outcome.rows.map((r) => (r.kind === 'text' ? r.text : '')) : [];
    expect(rows).toContain('minimisers: 48 of 40,320 bijections');
  });

  it('head-gf2 does not: 1344 minimisers (the GF(2)-affine maps), with a witness', async () => {
    const s = await recoverWith(makeController(), 1);
    expect(s.recovery.bias).toBe('head-gf2');
    const o = s.recovery.outcome;
    expect(o).toMatchObject({ kind: 'done', tone: 'bad', headline: 'DOES NOT RECOVER: of 1,344 minimisers, one lies outside the signed permutations' });
    const rows = o.kind === 'done' ? o.rows.map((r) => (r.kind === 'text' ? r.text : '')) : [];
    expect(rows).toContain('minimisers: 1,344 of 40,320 bijections');
    expect(rows.some((r) => r.startsWith('witness (a minimiser outside the group): V = perm:'))).toBe(true);
  });

  it('shows bad input and an engine failure as errors, never as a result', async () => {
    const c = makeController(testEngine({ recover: async () => Promise.reject(new Error('engine not ready')) }));
    press(c, { down: true }, { down: true }, { enter: true }, { up: true }, { up: true }, { up: true }, { up: true }, { up: true });
    type(c, '; q');
    press(c, { enter: true });
    await c.idle();
    expect(c.getState().recovery.outcome).toEqual({ kind: 'error', message: expect.stringMatching(/^tasks: column 13: unknown name 'q'/) });
    press(c, { erase: true }, { erase: true }, { erase: true }, { enter: true });
    await c.idle();
    expect(c.getState().recovery.outcome).toEqual({ kind: 'error', message: 'engine not ready' });
  });
});
