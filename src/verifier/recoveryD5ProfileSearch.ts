/**
 * The branch and bound of the d = 5 head-profile re-check (recoveryD5Profile.ts) in one order of
 * the tasks. At a node (heads fixed for the first j tasks of the order, class pairs of
 * recoveryD5Classes.ts) every later task needs a head that fits the pairs as they are now (they
 * only refine further down): the first code of its sorted list that fits bounds it from below
 * (after SCAN codes without a fit, the profile reached does; no fit at all cuts the node). The
 * current task's candidates run while spent + candidate + those bounds <= the minimum (the top-down
 * order is total and kept by adding a profile to both sides, so the cut is exact), and must fit
 * the pairs; when fewer codes fit the pairs than the list holds, those codes are profiled instead
 * (the same accepted set: a code within that room has no weight above the lists' degree and is
 * within its task's budget). The first head runs over one code per orbit (recoveryD5Symmetry.ts),
 * weighted by the orbit's size. A leaf below the minimum rejects it; each leaf at it stands for
 * prod (class size)! bijections, ties all counted, those in the group counted by groupCount.
 */
import { reject } from './reject.js';
import { ones32 } from './recoveryD5Candidates.js';
import { type D5Count, type D5Group, factorial, groupCount } from './recoveryD5Search.js';
import { type Classes, WHOLE, compatibleCount, fits, forEachCompatible, splitBy } from './recoveryD5Classes.js';
import { orbits5 } from './recoveryD5Symmetry.js';
import type { Steps } from './recoveryD5Portfolio.js';
import { type Profile5, type ProfileEntry, ZERO5, addProfiles, compareProfile, profile5, profileText, subProfiles } from './recoveryD5ProfileCost.js';

/** Candidates tried per later task and node for its look-ahead bound. */
const SCAN = 64;

export interface ProfileLists {
  readonly tasks: readonly number[];
  /** Per task: the candidates within its budget, sorted by profile. */
  readonly lists: readonly (readonly ProfileEntry[])[];
  readonly minimum: Profile5;
  readonly group: D5Group;
  /** false: the first head runs over every code (the tests compare the counts). */
  readonly symmetry?: boolean;
}

export function searchProfileInOrder(s: ProfileLists, order: readonly number[], steps: Steps): D5Count {
  const { tasks, lists, minimum } = s;
  const tick = (): void => steps.tick();
  let minimizers = 0n;
  let inGroup = 0n;
  let leaves = 0;
  let weight = 1n;
  const least = (u: number, c: Classes): Profile5 | null => {
    const list = lists[u]!;
    const h = tasks[u]!;
    const want = c.zs.map((m) => ones32((m & h) >>> 0));
    const n = Math.min(list.length, SCAN);
    for (let i = 0; i < n; i++) {
      tick();
      if (fits(c.xs, want, list[i]!.code)) return list[i]!.p;
    }
    return n < list.length ? list[n]!.p : null;
  };
  const dfs = (j: number, c: Classes, spent: Profile5): void => {
    tick();
    if (j === order.length) {
      const cmp = compareProfile(spent, minimum);
      if (cmp < 0) reject(`a bijection costs ${profileText(spent)}, less than the stated minimum ${profileText(minimum)}`);
      if (cmp > 0) throw new Error('internal: a leaf above the minimum');
      leaves++;
      minimizers += weight * c.xs.reduce((acc, m) => acc * factorial(ones32(m)), 1n);
      inGroup += weight * groupCount(c.xs, c.zs, s.group, tick);
      return;
    }
    let after: Profile5 = ZERO5;
    for (let i = j + 1; i < order.length; i++) {
      const b = least(order[i]!, c);
      if (b === null) return;
      after = addProfiles(after, b);
    }
    const t = order[j]!;
    const h = tasks[t]!;
    // room: what this head may cost; a candidate p is accepted iff spent + p + after <= minimum.
    const room = subProfiles(subProfiles(minimum, spent), after);
    if (room[5]! < 0 || (room[5] === 0 && room[4]! < 0)) return;
    const want = c.zs.map((m) => ones32((m & h) >>> 0));
    const visit = (g: number, p: Profile5): void => {
      const next = splitBy(c, g, h);
      if (next !== null) dfs(j + 1, next, addProfiles(spent, p));
    };
    const list = lists[t]!;
    if (j === 0) {
      const profiles = new Map(list.map((e) => [e.code, e.p]));
      for (const o of s.symmetry === false ? list.map((e) => ({ rep: e.code, size: 1 })) : orbits5(list.map((e) => e.code), tick)) {
        const p = profiles.get(o.rep)!;
        if (compareProfile(p, room) > 0 || !fits(c.xs, want, o.rep)) continue;
        weight = BigInt(o.size);
        visit(o.rep, p);
      }
      weight = 1n;
      return;
    }
    if (compatibleCount(c.xs, want) <= list.length) {
      forEachCompatible(c.xs, want, tick, (g) => {
        const p = profile5(g);
        if (compareProfile(p, room) <= 0) visit(g, p);
      });
      return;
    }
    for (const { code, p } of list) {
      tick();
      if (compareProfile(p, room) > 0) break;
      if (fits(c.xs, want, code)) visit(code, p);
    }
  };
  dfs(0, WHOLE, ZERO5);
  return { minimizers, inGroup, leaves, work: steps.total() };
}
