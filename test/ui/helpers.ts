/** Shared pieces of the UI tests: the engine, a controller at 80x24, frame waits, key presses. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadedProperty } from '../../src/check/catalogue.js';
import type { Property } from '../../src/claim/property.js';
import C1 from '../fixtures/catalogue-ts/C1-inverse-coordinate-degree.js';
import T1 from '../fixtures/catalogue-ts/T1-parseval.js';
import T4 from '../fixtures/catalogue-ts/T4-gf2-degree-le-degree.js';
import T9 from '../fixtures/catalogue-ts/T9-composition-degree.js';
import { UiController } from '../../src/ui/controller/controller.js';
import { type Engine, realEngine } from '../../src/ui/engine.js';
import { type KeyPress, keyOf } from '../../src/ui/keys.js';
import type { AppState } from '../../src/ui/state/types.js';
import type { Theme } from '../../src/ui/theme.js';
import { afterAll, expect } from 'vitest';

const loaded = (property: Property, file: string): LoadedProperty => ({
  property,
  sourcePath: fileURLToPath(new URL(`../fixtures/catalogue-ts/${file}`, import.meta.url)),
});

/** A small catalogue of real properties (loaded by import, not by the catalogue's tsImport). */
export const CATALOGUE: readonly LoadedProperty[] = [
  loaded(T1 as unknown as Property, 'T1-parseval.ts'),
  loaded(T4 as unknown as Property, 'T4-gf2-degree-le-degree.ts'),
  loaded(T9 as unknown as Property, 'T9-composition-degree.ts'),
  loaded(C1 as unknown as Property, 'C1-inverse-coordinate-degree.ts'),
];

/** The real engine with the small catalogue; parts can be replaced. */
export function testEngine(overrides: Partial<Engine> = {}): Engine {
  return { ...realEngine('cubecheck test'), loadCatalogue: async () => CATALOGUE, ...overrides };
}

export const DIMS = { columns: 80, rows: 24 } as const;
export const COLOR: Theme = { color: true };
export const NO_COLOR: Theme = { color: false };

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh working directory for one test, removed after the file's tests. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cubecheck-ui-'));
  temps.push(dir);
  return dir;
}

export function makeController(engine: Engine = testEngine(), cwd = tempDir(), theme: Theme = NO_COLOR): UiController {
  return new UiController(engine, { cwd, dims: DIMS, theme });
}

/** Presses keys in order. */
export function press(c: UiController, ...keys: (Partial<KeyPress> | string)[]): void {
  for (const k of keys) c.key(typeof k === 'string' ? keyOf({ text: k }) : keyOf(k));
}

/** Types text one character at a time. */
export function type(c: UiController, text: string): void {
  for (const ch of text) c.key(keyOf({ text: ch }));
}

/**
 * Waits for a frame satisfying `predicate`, one event-loop turn at a time, at most `maxTicks`
 * turns (a bounded count, not a clock); fails with the last frame.
 */
export async function waitForFrame(lastFrame: () => string | undefined, predicate: (frame: string) => boolean, what: string, maxTicks = 200): Promise<string> {
  for (let i = 0; i < maxTicks; i++) {
    const frame = lastFrame() ?? '';
    if (predicate(frame)) return frame;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  throw new Error(`no frame showed ${what} within ${maxTicks} event-loop turns; last frame:\n${lastFrame() ?? '(none)'}`);
}

/** Raw key sequences a terminal sends. */
export const KEYS = {
  up: '\u001b[A',
  down: '\u001b[B',
  right: '\u001b[C',
  left: '\u001b[D',
  enter: '\r',
  escape: '\u001b',
  tab: '\t',
  shiftTab: '\u001b[Z',
  backspace: '\u007f',
} as const;

/** Waits (a bounded number of event-loop turns) for the state to satisfy `predicate`. */
export async function waitForState(c: UiController, predicate: (s: AppState) => boolean, maxTicks = 2000): Promise<AppState> {
  for (let i = 0; i < maxTicks; i++) {
    if (predicate(c.getState())) return c.getState();
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  throw new Error(`state never matched; screen ${c.getState().screen}`);
}

export async function openCatalogue(c: UiController): Promise<void> {
  press(c, { enter: true });
  await c.idle();
  expect(c.getState().catalogue.load).toBe('ready');
}

/** From home: filter the catalogue to `id`, open its run form, set n, run, wait. */
export async function runAt(c: UiController, id: string, n: number): Promise<AppState> {
  await openCatalogue(c);
  type(c, id);
  press(c, { enter: true });
  const form = c.getState().run;
  expect(form.item?.id.startsWith(id)).toBe(true);
  press(c, { up: true }, { up: true }, { up: true }, { up: true });
  for (let k = Number(form.form.n.text); k !== n; k += k < n ? 1 : -1) press(c, k < n ? { right: true } : { left: true });
  expect(c.getState().run.form.n.text).toBe(String(n));
  press(c, { enter: true });
  await c.idle();
  return c.getState();
}
