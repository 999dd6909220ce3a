/** `s` on the Result screen never silently overwrites (issue 15: an n = 4 certificate became n = 2). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeController, press, runAt, tempDir, testEngine } from './helpers.js';

describe('saving over an existing certificate', () => {
  it('keeps a different one unless y confirms; an equal one is left unchanged', async () => {
    const cwd = tempDir();
    const path = join(cwd, 'certificates', 'T4-gf2-degree-le-degree.json');
    const first = makeController(testEngine(), cwd);
    await runAt(first, 'T4', 3);
    press(first, 's');
    await first.idle();
    expect(first.getState().result!.certificate.message).toBe('saved certificates/T4-gf2-degree-le-degree.json');
    const committed = readFileSync(path, 'utf8');

    // the same scope again: the file is not touched
    const again = makeController(testEngine(), cwd);
    await runAt(again, 'T4', 3);
    press(again, 's');
    await again.idle();
    expect(again.getState().result!.certificate.message).toMatch(/^certificates\/T4-gf2-degree-le-degree\.json unchanged/);
    expect(readFileSync(path, 'utf8')).toBe(committed);

    // a smaller scope: kept, and the status line says why and what to press
    const c = makeController(testEngine(), cwd);
    await runAt(c, 'T4', 2);
    press(c, 's');
    await c.idle();
    const kept = c.getState().result!.certificate;
    expect(kept.saved).toBe(false);
    expect(kept.confirm).toContain('scope.n 3 -> 2');
    expect(kept.message).toContain('y replaces it, any other key keeps it');
    expect(readFileSync(path, 'utf8')).toBe(committed);
    press(c, 'n');
    expect(c.getState().result!.certificate.message).toBe('kept certificates/T4-gf2-degree-le-degree.json: the new certificate was not written');
    expect(readFileSync(path, 'utf8')).toBe(committed);

    // s, then y: replaced, and the catalogue shows the new scope
    press(c, 's');
    await c.idle();
    press(c, 'y');
    await c.idle();
    expect(c.getState().result!.certificate.message).toMatch(/^replaced certificates\/T4-gf2-degree-le-degree\.json \(it differed in .*scope\.n 3 -> 2/);
    expect((JSON.parse(readFileSync(path, 'utf8')) as { scope: { n: number } }).scope.n).toBe(2);
    expect(c.getState().catalogue.items[1]!.certificate).toMatchObject({ kind: 'present', n: 2 });
  });
});
