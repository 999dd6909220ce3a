/**
 * The last coordinate of the d = 5 dictator re-check (recoveryD5DictatorCount.ts; docs/certificates.md,
 * "Recovery certificates at d = 5 with every x_i a task"). With every coordinate of W but W_q fixed,
 * the cost is a function of W_q = g: sum_i m_i deg W_i plus, for each other task F,
 * deg(F o W) with F o W = P0 xor (g and P1), P0(x) = F(W(x) with bit q cleared),
 * P1(x) = F(W(x) with bit q set) xor P0(x). A head with P1 = 0 is fixed and costed exactly; the
 * others are at least their floors. With r = minimum - (the fixed part) - m_q lo - (the moving
 * heads' floors), every W of cost <= minimum has deg W_q <= lo + r / m_q and each moving head
 * at most its floor + r: linear bounds on g (lastCoordinate), whose solutions are walked, each
 * costed from its codes; deg W_q < lo is skipped (that W is walked elsewhere, or has a larger
 * affine set).
 */
import { type Bound, fibresOf, gf2Deg5, lastCoordinate } from './recoveryD5DictatorWords.js';

export interface LastInput {
  readonly mult: readonly number[];
  readonly others: readonly number[];
  readonly floors: readonly number[];
  readonly minimum: number;
}

/** Calls leaf(cost) for every W_q = g of degree >= lo within the bounds (w: the other four fixed; w[q] ignored). */
export function walkLast(inst: LastInput, w: readonly number[], q: number, lo: number, tick: () => void, leaf: (cost: number) => void): void {
  const { mult, others, floors, minimum } = inst;
  const z0 = Array.from({ length: 32 }, (_, x) => w.reduce((z, wi, i) => (i === q ? z : z | (((wi >>> x) & 1) << i)), 0));
  let fixed = w.reduce((c, wi, i) => (i === q ? c : c + mult[i]! * gf2Deg5(wi)), 0);
  let movingFloors = 0;
  const moving: { p0: number; p1: number; floor: number }[] = [];
  others.forEach((f, k) => {
    let p0 = 0;
    let p1 = 0;
    for (let x = 0; x < 32; x++) {
      const lo0 = (f >>> z0[x]!) & 1;
      p0 |= lo0 << x;
      p1 |= (lo0 ^ ((f >>> (z0[x]! | (1 << q))) & 1)) << x;
    }
    if (p1 === 0) fixed += gf2Deg5(p0 >>> 0);
    else (moving.push({ p0: p0 >>> 0, p1: p1 >>> 0, floor: floors[k]! }), (movingFloors += floors[k]!));
  });
  const r = minimum - fixed - mult[q]! * lo - movingFloors;
  if (r < 0) return;
  const bounds: Bound[] = [{ offset: 0, mask: 0xffffffff, cap: Math.min(4, lo + Math.floor(r / mult[q]!)) }];
  for (const m of moving) bounds.push({ offset: m.p0, mask: m.p1, cap: Math.min(5, m.floor + r) });
  lastCoordinate(fibresOf(w.filter((_, i) => i !== q)), bounds, tick, (g) => {
    const e = gf2Deg5(g);
    if (e < lo) return;
    let cost = fixed + mult[q]! * e;
    for (const m of moving) cost += gf2Deg5((m.p0 ^ (g & m.p1)) >>> 0);
    leaf(cost);
  });
}
