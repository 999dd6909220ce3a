/**
 * The exact search of the dictator route (gf2Dictators.ts; docs/math.md "All dictators present
 * under head-gf2"): every task x_i present, so a bijection W of C_d is its coordinates
 * W_1..W_d (the dictators' heads) and every other head is F_j o W. Cost:
 * sum_i m_i deg W_i + sum_j deg(F_j o W), invariant under W -> W o A, A in AGL(d, 2), which acts
 * freely on bijections. Stratify by the set A of affine coordinates (a of them; B the others,
 * each of degree >= 2): W o AGL meets the normalised W (W_A = (x_1..x_a) in order) in exactly
 * one K_a-orbit (gf2FibreGroup.ts), of |K_a| elements, so the number of W with affine set A and a
 * given cost is (|AGL| / |K_a|) times the number of normalised ones. Normalised W are enumerated
 * coordinate by coordinate in increasing (degree, position), each balanced on the fibres of the
 * earlier ones: the first inner level by K_a-orbit representatives (weighted by orbit size), the
 * last one, whose fibres are pairs, as the affine space of its codes within the degree budget
 * (gf2LastCoordinate.ts), walked in Gray-code order. Branch and bound on the least total so far
 * (the identity gives the first), with proven floors for the heads not yet fixed.
 */
import type { Steps } from './steps.js';
import { gf2Degree } from './gf2Anf.js';
import { affineFibres, firstLevelList, firstLevelOrbits, innerCandidates } from './gf2Candidates.js';
import { pairSpace, restrictSpace } from './gf2LastCoordinate.js';

/** Level-1 orbit representatives under K_a (on) or every candidate with weight 1 (off: only to compare). */
export const GF2_DICTATOR_ORBITS = { on: true };

export interface DictatorInstance {
  readonly d: number;
  /** The number of tasks +-x_i, for each latent coordinate i (each >= 1). */
  readonly mult: readonly number[];
  /** The other tasks: the ANF coefficient word of each (over the latents) and a proven floor of its head's degree. */
  readonly others: readonly { readonly anf: number; readonly floor: number }[];
}

export type DictatorSearch =
  | { readonly kind: 'done'; readonly minimum: number; readonly count: bigint; readonly best: readonly number[]; readonly nonAffine: readonly number[] | null; readonly nodes: number }
  | { readonly kind: 'out-of-reach'; readonly nodes: number }
  | { readonly kind: 'aborted'; readonly nodes: number };

/** |AGL(d, 2)| / |K_a|: the ordered a-tuples of affine functions with independent linear parts. */
export function affineTuples(d: number, a: number): bigint {
  let t = 2n ** BigInt(a);
  for (let i = 0; i < a; i++) t *= 2n ** BigInt(d) - 2n ** BigInt(i);
  return t;
}

export function* dictatorSearchSteps(inst: DictatorInstance, signal?: AbortSignal, deadline?: number): Steps<DictatorSearch> {
  const { d, mult, others } = inst;
  const monos = others.map((o) => Array.from({ length: 1 << d }, (_, S) => S).filter((S) => (o.anf >>> S) & 1));
  const floorOthers = others.reduce((s, o) => s + o.floor, 0);
  const coords = new Array<number>(d).fill(0);
  const prod = new Uint32Array(1 << d);
  let best = Infinity;
  let count = 0n;
  let bestW: number[] = [];
  let nonAffine: number[] | null = null;
  let nodes = 0;
  let stop: 'out-of-reach' | 'aborted' | null = null;
  const full = d === 5 ? 0xffffffff : (1 << (1 << d)) - 1;

  const report = (cost: number, weight: bigint, affine: boolean): void => {
    if (cost > best) return;
    if (cost < best) {
      best = cost;
      count = 0n;
      bestW = coords.slice();
      nonAffine = null;
    }
    count += weight;
    if (!affine && nonAffine === null) nonAffine = coords.slice();
  };
  // prod[S] = AND of the coordinates in S (all of them fixed, or all but `skip`).
  const fillProducts = (skip: number): void => {
    prod[0] = full >>> 0;
    for (let S = 1; S < 1 << d; S++) {
      if ((S >>> skip) & 1) continue;
      const i = 31 - Math.clz32(S);
      prod[S] = (prod[S ^ (1 << i)]! & coords[i]!) >>> 0;
    }
  };
  const pause = function* (): Steps<boolean> {
    if (signal?.aborted || (deadline !== undefined && Date.now() > deadline)) stop = 'aborted';
    else yield;
    if (signal?.aborted) stop = 'aborted';
    return stop === null;
  };

  // The last coordinate q (its fibres are pairs), degree in [lo, budget], spent = the cost fixed so far.
  const last = function* (q: number, lo: number, spent: number, pairs: readonly number[], weight: bigint): Steps<void> {
    fillProducts(q);
    const p0: number[] = [];
    const p1: number[] = [];
    let fixedHeads = 0;
    let movingFloors = 0;
    const floors: number[] = [];
    monos.forEach((ms, j) => {
      let a0 = 0;
      let a1 = 0;
      for (const S of ms) {
        if ((S >>> q) & 1) a1 ^= prod[S ^ (1 << q)]!;
        else a0 ^= prod[S]!;
      }
      if (a1 === 0) fixedHeads += gf2Degree(d, a0);
      else {
        p0.push(a0 >>> 0);
        p1.push(a1 >>> 0);
        movingFloors += others[j]!.floor;
        floors.push(others[j]!.floor);
      }
    });
    // Slack over the least cost of this node: W_q at lo, every moving head at its floor. Each of
    // them may exceed its least by at most the slack, a linear condition on W_q (restrictSpace).
    const slack = best - spent - fixedHeads - movingFloors - mult[q]! * lo;
    if (slack < 0) return;
    const hi = Math.min(d - 1, lo + Math.floor(slack / mult[q]!));
    let space = restrictSpace(d, pairSpace(pairs), 0, full >>> 0, hi);
    for (let j = 0; j < p0.length && space !== null; j++) space = restrictSpace(d, space, p0[j]!, p1[j]!, floors[j]! + slack);
    if (space === null) return;
    const steps = 2 ** space.directions.length;
    let code = space.start;
    for (let i = 0; i < steps; i++) {
      if (i > 0) code = (code ^ space.directions[31 - Math.clz32(i & -i)]!) >>> 0;
      if ((++nodes & 4095) === 0 && !(yield* pause())) return;
      const e = gf2Degree(d, code);
      if (e < lo) continue;
      let cost = spent + mult[q]! * e + fixedHeads;
      for (let j = 0; j < p0.length && cost <= best; j++) cost += gf2Degree(d, (p0[j]! ^ (code & p1[j]!)) >>> 0);
      if (cost > best) continue;
      coords[q] = code;
      report(cost, weight, false); // e >= 2: not affine
    }
  };

  // Inner levels: the next coordinate p in rest with degree e, (e, p) above the previous (ep, pp).
  const level = function* (first: boolean, a: number, rest: readonly number[], ep: number, pp: number, spent: number, classes: readonly number[], weight: bigint): Steps<void> {
    if (rest.length === 1) {
      const q = rest[0]!;
      return yield* last(q, Math.max(2, ep + (q < pp ? 1 : 0)), spent, classes, weight);
    }
    for (const p of rest) {
      const others_ = rest.filter((r) => r !== p);
      for (let e = Math.max(2, ep + (p < pp ? 1 : 0)); e <= d - 1; e++) {
        let lb = spent + mult[p]! * e + floorOthers;
        for (const r of others_) lb += mult[r]! * Math.max(2, e + (r < p ? 1 : 0));
        if (lb > best) break;
        const reps = first && GF2_DICTATOR_ORBITS.on ? firstLevelOrbits(d, a, e) : null;
        const codes = reps !== null ? reps.codes : first ? firstLevelList(d, a, e) : innerCandidates(d, a, classes, e);
        if (codes === null) {
          stop = 'out-of-reach';
          return;
        }
        for (let c = 0; c < codes.length; c++) {
          if ((++nodes & 4095) === 0 && !(yield* pause())) return;
          const g = codes[c]!;
          coords[p] = g;
          const next: number[] = [];
          for (const m of classes) next.push((m & g) >>> 0, (m & ~g) >>> 0);
          const w = reps !== null ? weight * BigInt(reps.sizes[c]!) : weight;
          yield* level(false, a, others_, e, p, spent + mult[p]! * e, next, w);
          if (stop !== null) return;
        }
      }
    }
  };

  const sortedMult = [...mult].sort((x, y) => x - y);
  const baseSpent = mult.reduce((s, m) => s + m, 0);
  for (let b = 0; b <= d && stop === null; b++) {
    // b coordinates of degree >= 2 cost at least the b smallest multiplicities more than all affine.
    let extra = 0;
    for (let i = 0; i < b; i++) extra += sortedMult[i]!;
    if (baseSpent + extra + floorOthers > best) break;
    const a = d - b;
    const weight = affineTuples(d, a);
    for (let B = 0; B < 1 << d && stop === null; B++) {
      if (popcountSmall(B) !== b) continue;
      const inA = Array.from({ length: d }, (_, i) => i).filter((i) => !((B >>> i) & 1));
      const inB = Array.from({ length: d }, (_, i) => i).filter((i) => (B >>> i) & 1);
      inA.forEach((pos, k) => (coords[pos] = xCode(d, k)));
      const spentA = inA.reduce((s, i) => s + mult[i]!, 0);
      if (b === 0) {
        fillProducts(d);
        let cost = spentA;
        for (const ms of monos) {
          let h = 0;
          for (const S of ms) h ^= prod[S]!;
          cost += gf2Degree(d, h >>> 0);
        }
        nodes++;
        report(cost, weight, true);
        continue;
      }
      yield* level(true, a, inB, 0, -1, spentA, affineFibres(d, a), weight);
    }
  }
  if (stop !== null) return { kind: stop, nodes };
  return { kind: 'done', minimum: best, count, best: bestW, nonAffine, nodes };
}

function popcountSmall(v: number): number {
  let c = 0;
  for (; v !== 0; v &= v - 1) c++;
  return c;
}

const xCodes = new Map<number, number[]>();
function xCode(d: number, k: number): number {
  let l = xCodes.get(d);
  if (l === undefined) {
    l = [];
    for (let i = 0; i < d; i++) {
      let c = 0;
      for (let x = 0; x < 1 << d; x++) if ((x >>> i) & 1) c |= 1 << x;
      l.push(c >>> 0);
    }
    xCodes.set(d, l);
  }
  return l[k]!;
}
