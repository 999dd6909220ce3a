/**
 * The leaf by domains (src/recovery/exact/generalRepD5Domains.ts) against the plain leaf
 * (generalRepD5Leaf.ts) under the max within the list: the same V with the same largest cost
 * (those of cost >= atLeast), with the fewest-first order and the fixed one, on random leaves at
 * d = 4 (full list and one cut at degree 2, buckets off and on) and d = 5 (the real list, budgets
 * 2 and 3 on leaves with many classes); the hier-max answers (minimum, count, verdict) with the
 * switch off / on at d = 4 (list cut at degree 2) and d = 5. A planted fault (the split classes'
 * loose counts unchecked) is caught by the same comparison.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { identityMap } from '../../src/maps/boolMap.js';
import { generalApplies } from '../../src/recovery/exact/general.js';
import { generalRepD5Steps } from '../../src/recovery/exact/generalRepD5.js';
import { d5Coordinates } from '../../src/recovery/exact/generalRepD5Coordinates.js';
import { D5_DOMAINS, maxLeafByDomains } from '../../src/recovery/exact/generalRepD5Domains.js';
import { D5_LEAF, repLeafD5Steps } from '../../src/recovery/exact/generalRepD5Leaf.js';
import { type CoordinateCandidates, coordinateCandidates } from '../../src/recovery/exact/observedCoordinates.js';
import { drainSteps } from '../../src/recovery/exact/steps.js';
import type { RecoveryProblem } from '../../src/recovery/types.js';
import { SEED, arbBijectionImage, arbBooleanTask } from './helpers.js';

const saved = { ...D5_DOMAINS };
const savedLeaf = { ...D5_LEAF };
afterEach(() => (Object.assign(D5_DOMAINS, saved), Object.assign(D5_LEAF, savedLeaf)));

function cutAt(d: number, k: number): CoordinateCandidates {
  const c = coordinateCandidates(identityMap(d))!;
  const end = c.list.costs.findIndex((x) => (x as number) > k);
  return { ...c, list: { codes: c.list.codes.slice(0, end), costs: c.list.costs.slice(0, end) as number[] }, completeUpTo: k, maxCost: k };
}

const pulse = () => ({ nodes: 0, aborted: false, incomplete: false, missed: Infinity, expired: () => false });

interface Leaf {
  xc: number[];
  zc: number[];
  budget: number;
  atLeast: number;
  uMask: number;
}

/** Every V (with its largest cost) of cost >= atLeast: the plain leaf, or by domains (order as given), sorted. */
function visits(byDomains: boolean, list: CoordinateCandidates, leaf: Leaf, uBuckets: boolean): string[] {
  const rc = d5Coordinates(list, list.d);
  const out: string[] = [];
  const see = (v: Uint32Array, cost: number): boolean => (cost >= leaf.atLeast && out.push(`${Array.from(v).join(',')}:${cost}`), false);
  const u = uBuckets ? leaf.uMask : 0;
  if (byDomains) drainSteps(maxLeafByDomains(pulse(), rc, leaf.xc, leaf.zc, leaf.budget, leaf.atLeast, see, u));
  else drainSteps(repLeafD5Steps(pulse(), rc, 'max', leaf.xc, leaf.zc, leaf.budget, see, u));
  return out.sort();
}

/** A random leaf: latent classes by label (the last label: the points outside U, one class), their images under w. */
const arbLeaf = (d: number, labels: number, budgets: readonly number[], outside = 1, near = false) =>
  fc.tuple(near ? fc.nat(2 ** d - 1).map((a) => Uint32Array.from({ length: 2 ** d }, (_, z) => z ^ a)) : arbBijectionImage(d), fc.array(fc.nat(labels - 2 + outside), { minLength: 2 ** d, maxLength: 2 ** d }), fc.constantFrom(...budgets), fc.nat(1)).map(([w, raw, budget, up]): Leaf => {
    const size = 2 ** d;
    // Labels past labels - 1 are outside U too (`outside` weighs them).
    const label = raw.map((k) => Math.min(k, labels - 1));
    const zc = Array.from({ length: labels }, (_, l) => label.reduce((m, k, z) => (k === l ? (m | (1 << z)) >>> 0 : m), 0)).filter((m) => m !== 0);
    const xc = zc.map((m) => Array.from({ length: size }, (_, z) => z).reduce((acc, z) => ((m >>> z) & 1 ? (acc | (1 << w[z]!)) >>> 0 : acc), 0));
    const uMask = label.reduce((m, k, z) => (k !== labels - 1 ? (m | (1 << z)) >>> 0 : m), 0);
    return { xc, zc, budget, atLeast: up === 1 ? budget : 1, uMask };
  });

describe('the leaf by domains = the plain leaf under the max within the list', () => {
  it('d = 4 (full list, cut at degree 2; buckets off and on) and d = 5 (budgets 2, 3): the same V and costs, either order; the planted fault differs', () => {
    D5_LEAF.bucketsFrom = 0;
    let planted = 0;
    let seen = 0;
    const cases: [CoordinateCandidates, Leaf][] = [];
    for (const list of [coordinateCandidates(identityMap(4))!, cutAt(4, 2)]) for (const leaf of fc.sample(arbLeaf(4, 6, [1, 2, 3], 2), { seed: SEED + 301, numRuns: 8 })) cases.push([list, { ...leaf, budget: Math.min(leaf.budget, list.completeUpTo) }]);
    const five = coordinateCandidates(identityMap(5))!;
    for (const leaf of fc.sample(arbLeaf(5, 6, [1, 2], 10, true), { seed: SEED + 302, numRuns: 4 })) cases.push([five, leaf]);
    for (const leaf of fc.sample(arbLeaf(5, 16, [3], 1, true), { seed: SEED + 303, numRuns: 3 })) cases.push([five, leaf]);
    for (const [list, leaf] of cases) {
      const what = `seed ${SEED + 301}..: d = ${list.d} ${JSON.stringify(leaf)}`;
      for (const uBuckets of list.d === 4 ? [false, true] : [true]) {
        const plain = visits(false, list, leaf, uBuckets);
        seen += plain.length;
        for (const order of ['fewest', 'fixed'] as const) {
          D5_DOMAINS.order = order;
          expect(visits(true, list, leaf, uBuckets), what).toEqual(plain);
        }
        D5_DOMAINS.order = 'fewest';
        if (planted > 0) continue; // the fault needs catching once, not on every leaf
        D5_DOMAINS.plant = true;
        if (JSON.stringify(visits(true, list, leaf, uBuckets)) !== JSON.stringify(plain)) planted++;
        D5_DOMAINS.plant = false;
      }
    }
    expect(seen).toBeGreaterThan(0);
    expect(planted).toBeGreaterThan(0);
  });
});

describe('hier-max answers with the leaf by domains off / on', () => {
  it('d = 4 (list cut at degree 2) and d = 5: minimum, count and verdict agree', () => {
    const samples = [
      ...fc.sample(fc.tuple(fc.constant(4), fc.subarray(Array.from({ length: 16 }, (_, z) => z), { minLength: 2, maxLength: 6 }), fc.array(arbBooleanTask(4), { minLength: 1, maxLength: 3 })), { seed: SEED + 304, numRuns: 6 }),
      ...fc.sample(fc.tuple(fc.constant(5), fc.subarray(Array.from({ length: 32 }, (_, z) => z), { minLength: 3, maxLength: 5 }), fc.array(arbBooleanTask(5), { minLength: 2, maxLength: 3 })), { seed: SEED + 305, numRuns: 2 }),
    ];
    let answered = 0;
    for (const [d, support, tasks] of samples) {
      const p: RecoveryProblem = { d, psi: identityMap(d), tasks, bias: 'hier-max', group: 'signed-permutation', support: [...support].sort((a, b) => a - b) };
      if (!generalApplies(p)) continue;
      const list = d === 4 ? cutAt(4, 2) : undefined;
      D5_DOMAINS.on = false;
      const plain = drainSteps(generalRepD5Steps(p, undefined, undefined, list));
      D5_DOMAINS.on = true;
      const fast = drainSteps(generalRepD5Steps(p, undefined, undefined, list));
      expect(fast === null ? null : [fast.minimum, fast.minimizers, fast.recovers], `seed ${SEED + 304}/5: d = ${d} ${JSON.stringify(support)}`).toEqual(plain === null ? null : [plain.minimum, plain.minimizers, plain.recovers]);
      if (plain !== null) answered++;
    }
    expect(answered).toBeGreaterThan(0);
  });
});
