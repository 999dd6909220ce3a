/**
 * Affine and extended-affine canonical forms (src/equivalence/affineCanonical.ts) against slow
 * definitions: the least image over every group element (n <= 3), the least member of the orbit
 * found by breadth-first search over generators (n = 4), with witnesses and stabilizer orders.
 */
import { describe, expect, it } from 'vitest';
import { affineCanonicalForm, affineEquivalence } from '../../src/equivalence/affineCanonical.js';
import { type AffineElement, type AffineGroup, actTable, affineGroupOrder, compose, identity, inverse, tableOf, valuesOf } from '../../src/equivalence/affineElement.js';
import { rng } from '../vocabulary/inputs.js';
import { actSlow, allElements, applySlow, compile, least, orbitByGenerators } from './affineOrbits.js';

const SEED = 20261201;
const GROUPS: readonly AffineGroup[] = ['agl', 'affine', 'ea'];

function randomElement(n: number, group: AffineGroup, r: () => number): AffineElement {
  for (;;) {
    const cols = Array.from({ length: n }, () => Math.floor(r() * 2 ** n));
    const e: AffineElement = { cols, translation: Math.floor(r() * 2 ** n), linear: group === 'ea' ? Math.floor(r() * 2 ** n) : 0, constant: group === 'agl' ? 0 : ((r() < 0.5 ? 1 : 0) as 0 | 1) };
    try {
      inverse(e);
      return e;
    } catch {
      /* singular: draw again */
    }
  }
}

describe('the action', () => {
  it('actTable is the coordinate-wise definition; compose and inverse are the group law (seeded, n <= 5)', () => {
    const r = rng(SEED);
    for (let n = 0; n <= 5; n++) {
      for (let trial = 0; trial < 20; trial++) {
        const f = Math.floor(r() * 2 ** 2 ** n) >>> 0;
        const e1 = randomElement(n, 'ea', r);
        const e2 = randomElement(n, 'ea', r);
        expect(Array.from(valuesOf(actTable(f, n, e1), n)), `seed ${SEED}`).toEqual(actSlow(Array.from(valuesOf(f, n)), n, e1));
        expect(actTable(f, n, compose(e2, e1))).toBe(actTable(actTable(f, n, e1), n, e2));
        expect(actTable(actTable(f, n, e1), n, inverse(e1))).toBe(f);
        expect(compose(inverse(e1), e1)).toEqual(identity(n));
      }
    }
  });
  it('tableOf and valuesOf are inverse (seeded, n <= 5)', () => {
    const r = rng(SEED + 9);
    for (let n = 0; n <= 5; n++) {
      for (let trial = 0; trial < 10; trial++) {
        const t = Math.floor(r() * 2 ** 2 ** n) >>> 0;
        expect(tableOf(valuesOf(t, n)), `seed ${SEED + 9}`).toBe(t);
        const v = Array.from(valuesOf(t, n));
        expect(Array.from(valuesOf(tableOf(v), n))).toEqual(v);
      }
    }
  });
  it('has the stated group orders: |AGL(3,2)| = 1344, times 2 with complement, times 16 for EA', () => {
    for (const group of GROUPS) {
      for (let n = 0; n <= 3; n++) expect(BigInt([...allElements(n, group)].length), `${group} n = ${n}`).toBe(affineGroupOrder(n, group));
    }
    expect(affineGroupOrder(3, 'agl')).toBe(1344n);
    expect(affineGroupOrder(5, 'agl')).toBe(319979520n);
  });
});

describe('canonical forms against the slow definitions', () => {
  it('n <= 3: the least image over every group element, the number of elements reaching it, the witness', () => {
    for (const group of GROUPS) {
      for (let n = 0; n <= 3; n++) {
        // EA = AGL composed with adding the affine functions, whose tables come from the slow action too
        const els = [...allElements(n, group === 'ea' ? 'agl' : group)].map((e) => compile(n, e));
        const affineFns = group === 'ea' ? Array.from({ length: 2 ** (n + 1) }, (_, k) => applySlow(compile(n, { ...identity(n), linear: k >> 1, constant: (k & 1) as 0 | 1 }), 0)) : [0];
        for (let f = 0; f < 2 ** 2 ** n; f++) {
          const images = els.flatMap((m) => affineFns.map((l) => (applySlow(m, f) ^ l) >>> 0));
          const min = least(images);
          const c = affineCanonicalForm(f, n, group);
          expect(c.representative, `${group} n = ${n} f = ${f}`).toBe(min);
          expect(c.stabilizer).toBe(images.filter((t) => t === min).length);
          expect(actTable(f, n, c.witness)).toBe(c.representative);
        }
      }
    }
  });
  it('n = 4: the least member of the generator orbit, and the orbit size |G|/|Stab| (seeded)', () => {
    const r = rng(SEED + 4);
    const samples = [0, 0xffff, 0x8000, 0x6ac0, 0x0ff0, 0x1668, ...Array.from({ length: 4 }, () => Math.floor(r() * 65536))];
    for (const group of GROUPS) {
      for (const f of samples) {
        const orbit = orbitByGenerators(f, 4, group);
        const c = affineCanonicalForm(f, 4, group);
        expect(c.representative, `${group} f = ${f} seed ${SEED + 4}`).toBe(least(orbit));
        expect(c.classSize).toBe(BigInt(orbit.size));
        expect(actTable(f, 4, c.witness)).toBe(c.representative);
      }
    }
  });
  it('n = 5: the form is the same for every image of f, and the witness reaches it (seeded)', () => {
    const r = rng(SEED + 5);
    for (const group of ['affine', 'ea'] as const) {
      for (let trial = 0; trial < 2; trial++) {
        const f = Math.floor(r() * 2 ** 32) >>> 0;
        const c = affineCanonicalForm(f, 5, group);
        const moved = actTable(f, 5, randomElement(5, group, r));
        const d = affineCanonicalForm(moved, 5, group);
        expect(d.representative, `seed ${SEED + 5}`).toBe(c.representative);
        expect(d.stabilizer).toBe(c.stabilizer);
        expect(actTable(f, 5, c.witness)).toBe(c.representative);
      }
    }
  });
});

describe('equivalence', () => {
  it('finds an element taking f to g, or null when the forms differ', () => {
    const r = rng(SEED + 6);
    for (const group of GROUPS) {
      const f = Math.floor(r() * 65536);
      const g = actTable(f, 4, randomElement(4, group, r));
      const w = affineEquivalence(f, g, 4, group);
      expect(w).not.toBeNull();
      expect(actTable(f, 4, w!)).toBe(g);
    }
    const x1x2 = tableOf([1, 1, 1, -1, 1, 1, 1, -1]);
    const x1x2x3 = tableOf([1, 1, 1, 1, 1, 1, 1, -1]);
    const majority = tableOf([1, 1, 1, -1, 1, -1, -1, -1]);
    expect(affineEquivalence(x1x2, x1x2x3, 3, 'ea')).toBeNull();
    // maj(x1,x2,x3) = x1x2 + x1x3 + x2x3 over GF(2), a quadratic form of rank 2: EA equivalent to x1x2, not affine equivalent (weights 4 and 2)
    expect(affineEquivalence(majority, x1x2, 3, 'ea')).not.toBeNull();
    expect(affineEquivalence(majority, x1x2, 3, 'affine')).toBeNull();
  });
});
