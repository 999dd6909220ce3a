/** The census, curve and interpolate screens (issue 15: research work in the UI). */
import { describe, expect, it } from 'vitest';
import { interpolationText } from '../../src/cli/commands/interpolate.js';
import { leastGf2Extension } from '../../src/core/interpolate/gf2Extension.js';
import { minDegreeInterpolator } from '../../src/core/interpolate/minDegree.js';
import { valueAt } from '../../src/core/cubeFunction.js';
import { parseFunction } from '../../src/expr/index.js';
import type { UiController } from '../../src/ui/controller/controller.js';
import type { ToolId } from '../../src/ui/model/tools/spec.js';
import type { AppState } from '../../src/ui/state/types.js';
import { makeController, press, type } from './helpers.js';

const HOME_INDEX: Record<ToolId, number> = { census: 3, curve: 4, interpolate: 5 };

function open(c: UiController, id: ToolId): void {
  for (let i = 0; i < HOME_INDEX[id]; i++) press(c, { down: true });
  press(c, { enter: true });
  expect(c.getState().screen).toBe(id);
}

/** Focus field i (from the Run button), selecting it. */
function focus(c: UiController, id: ToolId, i: number): void {
  while (c.getState().tools[id].focus > i) press(c, { up: true });
}

function rows(s: AppState, id: ToolId): string[] {
  const o = s.tools[id].outcome;
  if (o.kind !== 'done') throw new Error(`no outcome: ${JSON.stringify(o)}`);
  return o.rows.map((r) => (r.kind === 'text' ? r.text : `${r.label.trim()} | ${r.value}`));
}

describe('census', () => {
  it('n = 2: the exact counts by degree (2 constants, 4 dictators and negations, 10 of degree 2), with bars', async () => {
    const c = makeController();
    open(c, 'census');
    focus(c, 'census', 0);
    type(c, '2');
    press(c, { down: true }, { down: true }, { enter: true });
    await c.idle();
    const s = c.getState();
    expect(s.tools.census.outcome).toMatchObject({ kind: 'done', headline: 'census of all 16 Boolean functions on 2 variables' });
    const r = rows(s, 'census');
    const at = r.indexOf('degree: value, functions');
    expect(r.slice(at + 1, at + 4)).toEqual(['0 | 2', '1 | 4', '2 | 10']);
    const o = s.tools.census.outcome;
    if (o.kind === 'done') expect(o.rows.some((x) => x.kind === 'bar' && x.fraction === 1)).toBe(true);
  });

  it('n = 5 shows progress and Esc stops it, keeping a partial table', async () => {
    const c = makeController();
    open(c, 'census');
    focus(c, 'census', 0);
    type(c, '5');
    press(c, { down: true }, { down: true }, { enter: true });
    await untilState(c, (s) => s.tools.census.progress !== null);
    expect(c.getState().tools.census.progress).toMatch(/functions counted: [\d,]+ of 4,294,967,296/);
    press(c, { escape: true });
    expect(c.getState().tools.census.phase).toBe('cancelling');
    await c.idle();
    const o = c.getState().tools.census.outcome;
    expect(o).toMatchObject({ kind: 'done', tone: 'warn' });
    if (o.kind === 'done') expect(o.headline).toMatch(/^STOPPED: [\d,]+ of 4,294,967,296 functions counted/);
  });

  it('rejects n = 6 and unknown measures with a message', async () => {
    const c = makeController();
    open(c, 'census');
    focus(c, 'census', 0);
    type(c, '6');
    press(c, { enter: true });
    await c.idle();
    expect(c.getState().tools.census.outcome).toMatchObject({ kind: 'error', message: 'n must be a whole number in 0..5' });
  });
});

describe('curve', () => {
  it('one bar per k with the exact fraction; the same numbers as the engine', async () => {
    const c = makeController();
    open(c, 'curve');
    press(c, { enter: true });
    await c.idle();
    const r = rows(c.getState(), 'curve');
    const bars = r.filter((x) => x.startsWith('k ='));
    expect(bars.map((b) => b.split(' | ')[0])).toEqual(['k =  1', 'k =  2', 'k =  3']);
    const { identifiabilityCurve } = await import('../../src/recovery/curve.js');
    const { parseDistribution } = await import('../../src/recovery/distributions.js');
    const { identityMap } = await import('../../src/maps/boolMap.js');
    const direct = await identifiabilityCurve({ d: 2, psi: identityMap(2), biases: ['head-degree'], group: 'signed-permutation', distribution: parseDistribution('uniform', 2), kMax: 3, samples: 20, seed: 1 });
    expect(bars.map((b) => b.split(' | ')[1])).toEqual(direct.points.map((p) => `${p.recovered[0]}/20 = ${p.fractions[0]!.toString()}`));
  });
});

describe('interpolate', () => {
  it('maj(x1,x2,x3) on x1: the interpolator the CLI prints', async () => {
    const c = makeController();
    open(c, 'interpolate');
    press(c, { enter: true });
    await c.idle();
    const r = rows(c.getState(), 'interpolate');
    const f = parseFunction('maj(x1,x2,x3)');
    if (!f.ok) throw new Error('parse');
    const cli = interpolationText(f.value, uSupport(), minDegreeInterpolator(3, uSupport(), uSupport().map((p) => valueAt(f.value, p))), leastGf2Extension(3, uSupport(), uSupport().map((p) => valueAt(f.value, p).toSafeInteger())));
    const cliPoly = cli.split('\n').find((l) => l.startsWith('g = '))!;
    expect(r).toContain(cliPoly);
    expect(r).toContain(cli.split('\n').find((l) => l.startsWith('degree: '))!);
  });
});

/** Resolves at the first state change satisfying `predicate` (the store's own notification, no clock). */
function untilState(c: UiController, predicate: (s: AppState) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (predicate(c.getState())) return resolve();
    const stop = c.subscribe(() => {
      if (predicate(c.getState())) {
        stop();
        resolve();
      }
    });
  });
}

/** The points where x1 reads true (-1): bit 0 set, per docs/math.md. */
function uSupport(): number[] {
  return [1, 3, 5, 7];
}
