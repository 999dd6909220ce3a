/**
 * The d = 5 leaf's scan by buckets (src/recovery/exact/generalRepD5Leaf.ts, D5_LEAF.fine): with it
 * on, the leaf visits exactly the same V with the same costs (and raises the same flags) as with it
 * off, on random leaves at d = 4 (every list bucketed: bucketsFrom = 0; the full list and one cut at
 * degree 2; random leaves at d = 5 with the real list are too slow for a test); and the hier-max / head+rep answers (minimum, count, verdict)
 * on small partial-support instances are the same. A planted fault (the forced classes unchecked)
 * is caught by the same comparison.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { identityMap } from '../../src/maps/boolMap.js';
import { generalApplies } from '../../src/recovery/exact/general.js';
import { generalRepD5Steps } from '../../src/recovery/exact/generalRepD5.js';
import { d5Coordinates } from '../../src/recovery/exact/generalRepD5Coordinates.js';
import { D5_LEAF, repLeafD5Steps } from '../../src/recovery/exact/generalRepD5Leaf.js';
import { type CoordinateCandidates, coordinateCandidates } from '../../src/recovery/exact/observedCoordinates.js';
import { drainSteps } from '../../src/recovery/exact/steps.js';
import type { Bias, RecoveryProblem } from '../../src/recovery/types.js';
import { SEED, arbBijectionImage, arbBooleanTask } from './helpers.js';

const saved = { ...D5_LEAF };
afterEach(() => Object.assign(D5_LEAF, saved));

function cutAt(d: number, k: number): CoordinateCandidates {
  const c = coordinateCandidates(identityMap(d))!;
  const end = c.list.costs.findIndex((x) => (x as number) > k);
  return { ...c, list: { codes: c.list.codes.slice(0, end), costs: c.list.costs.slice(0, end) as number[] }, completeUpTo: k, maxCost: k };
}

/** Every V the leaf visits (sorted, with its cost), and its flags, with the scan switch as given. */
function visits(fine: boolean, list: CoordinateCandidates, combine: 'sum' | 'max', xc: number[], zc: number[], budget: number, uMask: number): string[] {
  D5_LEAF.fine = fine;
  const rc = d5Coordinates(list, list.d);
  const pulse = { nodes: 0, aborted: false, incomplete: false, missed: Infinity, expired: () => false };
  const out: string[] = [];
  drainSteps(repLeafD5Steps(pulse, rc, combine, xc, zc, budget, (v, cost) => (out.push(`${Array.from(v).join(',')}:${cost}`), false), uMask));
  out.sort();
  out.push(`incomplete ${pulse.incomplete} missed ${pulse.missed}`);
  return out;
}

/** A random leaf: latent classes by label (label 3: the points outside U, one class), their images under w. */
const arbLeaf = (d: number) =>
  fc.tuple(arbBijectionImage(d), fc.array(fc.nat(3), { minLength: 2 ** d, maxLength: 2 ** d }), fc.constantFrom<'sum' | 'max'>('max', 'sum'), fc.integer({ min: 1, max: 3 })).map(([w, label, combine, budget]) => {
    const size = 2 ** d;
    const zc = [0, 1, 2, 3].map((l) => label.reduce((m, k, z) => (k === l ? (m | (1 << z)) >>> 0 : m), 0)).filter((m) => m !== 0);
    const xc = zc.map((m) => Array.from({ length: size }, (_, z) => z).reduce((acc, z) => ((m >>> z) & 1 ? (acc | (1 << w[z]!)) >>> 0 : acc), 0));
    const uMask = label.reduce((m, k, z) => (k !== 3 ? (m | (1 << z)) >>> 0 : m), 0);
    return { xc, zc, combine, budget: combine === 'max' ? Math.min(budget, 3) : budget, uMask };
  });

describe('the leaf scan by buckets = the plain scan (D5_LEAF.fine)', () => {
  it('d = 4, every list bucketed (full list and cut at degree 2): the same V, costs and flags; the planted fault differs', () => {
    D5_LEAF.bucketsFrom = 0;
    let planted = 0;
    for (const list of [coordinateCandidates(identityMap(4))!, cutAt(4, 2)]) {
      for (const leaf of fc.sample(arbLeaf(4), { seed: SEED + 91, numRuns: 10 })) {
        const { xc, zc, combine, budget, uMask } = leaf;
        const plain = visits(false, list, combine, xc, zc, budget, uMask);
        expect(visits(true, list, combine, xc, zc, budget, uMask), `seed ${SEED + 91}: ${JSON.stringify(leaf)}`).toEqual(plain);
        D5_LEAF.plant = true;
        if (JSON.stringify(visits(true, list, combine, xc, zc, budget, uMask)) !== JSON.stringify(plain)) planted++;
        D5_LEAF.plant = false;
      }
    }
    expect(planted).toBeGreaterThan(0);
  });
  it('d = 4, partial support, list cut at degree 2: hier-max and head+rep answers (minimum, count, verdict) agree', () => {
    D5_LEAF.bucketsFrom = 0;
    const cut = cutAt(4, 2);
    const samples = fc.sample(fc.tuple(fc.subarray(Array.from({ length: 16 }, (_, z) => z), { minLength: 2, maxLength: 6 }), fc.array(arbBooleanTask(4), { minLength: 1, maxLength: 3 }), fc.constantFrom<Bias>('hier-max', 'head+rep')), { seed: SEED + 93, numRuns: 5 });
    let answered = 0;
    for (const [support, tasks, bias] of samples) {
      const p: RecoveryProblem = { d: 4, psi: identityMap(4), tasks, bias, group: 'signed-permutation', support: [...support].sort((a, b) => a - b) };
      if (!generalApplies(p)) continue;
      D5_LEAF.fine = false;
      const plain = drainSteps(generalRepD5Steps(p, undefined, undefined, cut));
      D5_LEAF.fine = true;
      const fine = drainSteps(generalRepD5Steps(p, undefined, undefined, cut));
      expect(fine === null ? null : [fine.minimum, fine.minimizers, fine.recovers], `seed ${SEED + 93}: ${JSON.stringify(support)} ${bias}`).toEqual(plain === null ? null : [plain.minimum, plain.minimizers, plain.recovers]);
      if (plain !== null) answered++;
    }
    expect(answered).toBeGreaterThan(0);
  });
});
