import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFunction } from '../../src/expr/index.js';
import { keyOf } from '../../src/ui/keys.js';
import { filterItems, certificateText } from '../../src/ui/model/catalogue.js';
import { explore } from '../../src/ui/model/explorer.js';
import { functionModel } from '../../src/ui/model/functionView.js';
import { wrap } from '../../src/ui/model/panel.js';
import { readRecoveryForm } from '../../src/ui/model/recoveryInput.js';
import { splitTopLevel } from '../../src/ui/model/segments.js';
import { editField, field, visibleWindow, digitsOnly } from '../../src/ui/model/textField.js';
import { themeFromEnv, toneColor } from '../../src/ui/theme.js';
import type { CatalogueItem } from '../../src/ui/state/types.js';

describe('text fields', () => {
  it('insert, erase and caret moves behave like a line editor', () => {
    let f = field('');
    for (const ch of 'maj(x1)') f = editField(f, keyOf({ text: ch }))!;
    expect(f).toEqual({ text: 'maj(x1)', cursor: 7 });
    f = editField(f, keyOf({ left: true }))!;
    f = editField(f, keyOf({ text: ',x2' }))!;
    expect(f).toEqual({ text: 'maj(x1,x2)', cursor: 9 });
    f = editField(f, keyOf({ erase: true }))!;
    expect(f.text).toBe('maj(x1,x)');
    expect(editField(field('12'), keyOf({ text: 'a3' }), digitsOnly)!.text).toBe('123');
    expect(editField(field(''), keyOf({ erase: true }))).toEqual(field(''));
    expect(editField(field('x'), keyOf({ up: true }))).toBeNull();
  });

  it('the visible window always contains the caret', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.nat(), fc.integer({ min: 2, max: 80 }), (text, c, width) => {
        const cursor = c % (text.length + 1);
        const w = visibleWindow({ text, cursor }, width);
        expect(cursor - w.start).toBeGreaterThanOrEqual(0);
        expect(cursor - w.start).toBeLessThanOrEqual(width);
        expect(w.text.length).toBeLessThanOrEqual(width);
        expect(text.slice(w.start, w.start + w.text.length)).toBe(w.text);
      }),
      { seed: 1234, numRuns: 300 },
    );
  });
});

describe('wrapping and splitting', () => {
  it('wrap keeps every word and respects the width', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9/+-]{1,12}$/), { maxLength: 40 }), fc.integer({ min: 20, max: 90 }), (words, width) => {
        const lines = wrap(words.join(' '), width);
        for (const l of lines) expect(l.length).toBeLessThanOrEqual(width);
        expect(lines.join(' ').split(/\s+/).filter((w) => w !== '')).toEqual(words);
      }),
      { seed: 1234, numRuns: 200 },
    );
  });

  it('splits at top-level semicolons only, with columns', () => {
    expect(splitTopLevel('x1; thr(2; x1, x2);x3')).toEqual([
      { text: 'x1', column: 1 },
      { text: ' thr(2; x1, x2)', column: 4 },
      { text: 'x3', column: 20 },
    ]);
  });
});

describe('explorer analysis', () => {
  it('analyses a function exactly: maj3 has W^1 = 3/4 and W^3 = 1/4', () => {
    const a = explore('maj(x1,x2,x3)', 76);
    expect(a.kind).toBe('ok');
    if (a.kind !== 'ok') return;
    expect(a.what).toBe('function');
    expect(a.summary).toContain('degree 3, GF(2) degree 2');
    const bars = a.views.find((v) => v.title === 'Spectrum')!.rows.filter((r) => r.kind === 'bar');
    expect(bars.map((b) => (b.kind === 'bar' ? b.value : ''))).toEqual(['0', '3/4', '0', '1/4']);
    expect(bars.map((b) => (b.kind === 'bar' ? b.fraction : -1))).toEqual([0, 0.75, 0, 0.25]);
    const anf = a.views.find((v) => v.title === 'ANF & degrees')!.rows.map((r) => (r.kind === 'text' ? r.text : ''));
    expect(anf).toContain('ANF: F = b1b2 + b1b3 + b2b3');
  });

  it('reads a map when there is a top-level semicolon or perm:', () => {
    const a = explore('x1*x2; x2', 76);
    expect(a.kind === 'ok' && a.what).toBe('map');
    const p = explore('perm:0,1,3,2', 76);
    expect(p.kind === 'ok' && p.summary).toBe('C_2 -> C_2, a GF(2)-affine bijection, coordinate degrees 2, 1');
  });

  it('reports a parse error with its column, never throws', () => {
    const a = explore('maj(x1,,x2)', 76);
    expect(a.kind).toBe('error');
    if (a.kind === 'error') {
      expect(a.column).toBe(8);
      expect(a.message).toMatch(/^column 8: /);
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        expect(['empty', 'error', 'ok']).toContain(explore(text, 76).kind);
      }),
      { seed: 1234, numRuns: 300 },
    );
  });

  it('refuses large n before building anything', () => {
    const a = explore('x1 * x30', 76);
    expect(a).toEqual({ kind: 'error', column: null, message: expect.stringMatching(/n = 30 .*cubecheck analyze/) });
  });
});

describe('function views', () => {
  it('shows a real-valued function exactly', () => {
    const f = parseFunction('x1/2 + 1/3', { n: 1 });
    if (!f.ok) throw new Error('parse');
    const m = functionModel(f.value, 76);
    expect(m.summary).toContain('real-valued');
    const table = m.views[0]!.rows.map((r) => (r.kind === 'text' ? r.text : ''));
    expect(table.some((t) => /\(\+\)\s+5\/6$/.test(t))).toBe(true);
    expect(table.some((t) => /\(-\)\s+-1\/6$/.test(t))).toBe(true);
  });
});

describe('recovery form', () => {
  const base = { d: '2', tasks: 'x1; x2', psi: '', support: '', bias: 'head-degree', group: 'signed-permutation' } as const;

  it('reads a full problem', () => {
    const p = readRecoveryForm({ ...base, psi: 'x2; x1', support: '3, 0' });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.value.tasks.length).toBe(2);
    expect(Array.from(p.value.psi.image)).toEqual([0, 2, 1, 3]);
    expect(p.value.support).toEqual([0, 3]);
  });

  it('names the field and the column of a parse error in the whole text', () => {
    const p = readRecoveryForm({ ...base, tasks: 'x1; and(x1,' });
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error).toMatch(/^tasks: column 12: /);
    const q = readRecoveryForm({ ...base, d: '9' });
    expect(!q.ok && q.error).toMatch(/^latents: must be 1..6/);
  });
});

describe('catalogue filter', () => {
  const item = (id: string, statement: string): CatalogueItem => ({
    id,
    status: 'theorem',
    quantifier: 'forAll',
    statement,
    defaultN: 3,
    range: [0, 24],
    certificate: { kind: 'none' },
  });
  const items = [item('T1-parseval', 'sum of squares is one'), item('T4-gf2', 'gf2 degree at most degree'), item('C1-inverse', 'inverse degree')];

  it('keeps items containing every word, case-insensitively', () => {
    expect(filterItems(items, 'T4').map((i) => i.id)).toEqual(['T4-gf2']);
    expect(filterItems(items, 'degree inverse').map((i) => i.id)).toEqual(['C1-inverse']);
    expect(filterItems(items, '  ').length).toBe(3);
    expect(filterItems(items, 'nothing-like-this')).toEqual([]);
  });

  it('says "unverified" until the verifier has run', () => {
    expect(certificateText({ kind: 'present', path: 'p', verdict: 'holds', n: 3, mode: 'exhaustive', check: { kind: 'unverified' } })).toBe('holds n=3 (unverified)');
    expect(certificateText({ kind: 'present', path: 'p', verdict: 'refuted', n: 3, mode: 'exhaustive', check: { kind: 'valid', summary: '' } })).toBe('refuted n=3 (verified)');
  });
});

describe('theme', () => {
  it('NO_COLOR (non-empty), --no-color and TERM=dumb turn colours off', () => {
    expect(themeFromEnv({}).color).toBe(true);
    expect(themeFromEnv({ NO_COLOR: '1' }).color).toBe(false);
    expect(themeFromEnv({ NO_COLOR: '' }).color).toBe(true);
    expect(themeFromEnv({ TERM: 'dumb' }).color).toBe(false);
    expect(themeFromEnv({}, true).color).toBe(false);
    expect(toneColor({ color: false }, 'bad')).toBeUndefined();
    expect(toneColor({ color: true }, 'bad')).toBe('red');
  });
});
