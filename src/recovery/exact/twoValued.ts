/**
 * Tasks with at most two values reduce to Boolean ones for the degree biases: if h takes the
 * values a != b (on the support), h = (a + b)/2 - ((b - a)/2) B with B Boolean (B = -1 where
 * h = b), so for every V the head h o V^-1 (or, under partial support, the fits of its data:
 * g fits B's data with degree k iff (a + b)/2 - ((b - a)/2) g fits h's) has the same Fourier
 * degree as B's head. A constant task becomes B = +1 (degree 0 either way). head-degree,
 * head-max, and head+rep, hier-sum and hier-max (whose representation terms do not involve the
 * tasks) are therefore the same function of V for h and B: same minimum, minimisers, verdict and witnesses. Not for
 * head-profile (the levels scale by ((b - a)/2)^2, differently per task) nor head-gf2 (which
 * needs Boolean tasks anyway).
 */
import { fromSignBits, valueAt } from '../../core/cubeFunction.js';
import type { RecoveryProblem } from '../types.js';

const REDUCIBLE: readonly RecoveryProblem['bias'][] = ['head-degree', 'head-max', 'head+rep', 'hier-sum', 'hier-max'];

export function booleanReduction(p: RecoveryProblem): RecoveryProblem | null {
  if (!REDUCIBLE.includes(p.bias)) return null;
  const U = p.support ?? Array.from({ length: 2 ** p.d }, (_, z) => z);
  const tasks = [];
  for (const h of p.tasks) {
    const values = [...new Set(U.map((z) => valueAt(h, z).toString()))];
    if (values.length > 2) return null;
    const high = values.length === 2 ? values[1]! : null;
    tasks.push(fromSignBits(p.d, (z) => high !== null && U.includes(z) && valueAt(h, z).toString() === high));
  }
  return { ...p, tasks };
}
