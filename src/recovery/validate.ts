/**
 * Checks a recovery problem before any work: every complaint is an InputError with one line
 * naming what is wrong (a colliding pair of psi, the task over too many variables, ...).
 */
import { isBoolean } from '../core/cubeFunction.js';
import { InputError } from '../core/result.js';
import { bijectivity } from '../maps/bijectivity.js';
import type { RecoveryProblem } from './types.js';
import { isBias, isGroup } from './types.js';

/** Largest number of latents: exhaustive up to 3, search up to this. */
export const MAX_LATENTS = 6;
/** Largest number of observed bits m (psi: C_d -> C_m injective, the paper's setting). */
export const MAX_OBSERVED = 6;

export function describeLatentPoint(point: number, d: number): string {
  const xs: string[] = [];
  for (let j = 0; j < d; j++) xs.push((point >>> j) & 1 ? '-1' : '+1');
  return `${point} (${xs.join(',')})`;
}

export function validateProblem(p: RecoveryProblem): void {
  const { d } = p;
  if (!Number.isInteger(d) || d < 1 || d > MAX_LATENTS) throw new InputError(`the number of latents must be 1..${MAX_LATENTS}, got ${d}`);
  if (!isBias(p.bias)) throw new InputError(`unknown bias '${String(p.bias)}'`);
  if (!isGroup(p.group)) throw new InputError(`unknown group '${String(p.group)}'`);
  if (p.psi.n !== d || p.psi.m < d || p.psi.m > MAX_OBSERVED) {
    throw new InputError(`psi must map C_${d} to C_m with ${d} <= m <= ${MAX_OBSERVED}, got C_${p.psi.n} -> C_${p.psi.m}`);
  }
  if (p.psi.m > d) {
    // The paper's setting: observations longer than the latents, psi injective.
    const first = new Map<number, number>();
    p.psi.image.forEach((x, z) => {
      if (!Number.isInteger(x) || x < 0 || x >= 2 ** p.psi.m) throw new InputError(`psi sends point ${z} outside C_${p.psi.m}`);
      const y = first.get(x);
      if (y !== undefined) throw new InputError(`psi is not injective: points ${describeLatentPoint(y, d)} and ${describeLatentPoint(z, d)} both map to ${describeLatentPoint(x, p.psi.m)}`);
      first.set(x, z);
    });
  }
  const b = p.psi.m === d ? bijectivity(p.psi) : ({ bijective: true } as const);
  if (!b.bijective) {
    if (b.reason === 'collision') {
      const [x, y] = b.collision;
      throw new InputError(
        `psi is not a bijection: points ${describeLatentPoint(x, d)} and ${describeLatentPoint(y, d)} both map to ${describeLatentPoint(p.psi.image[x]!, d)}`,
      );
    }
    throw new InputError('psi is not a bijection');
  }
  if (p.tasks.length === 0) throw new InputError('at least one task is needed');
  p.tasks.forEach((h, t) => {
    if (h.n !== d) throw new InputError(`task ${t + 1} is over ${h.n} variables, but there are ${d} latents`);
    if (p.bias === 'head-gf2' && !isBoolean(h)) throw new InputError(`head-gf2 needs Boolean (+-1 valued) tasks; task ${t + 1} is not`);
  });
  if (p.support !== null) {
    if (p.support.length === 0) throw new InputError('the support is empty');
    const seen = new Set<number>();
    for (const z of p.support) {
      if (!Number.isInteger(z) || z < 0 || z >= 2 ** d) throw new InputError(`support point ${z} is not a point of C_${d}`);
      if (seen.has(z)) throw new InputError(`support point ${z} is listed twice`);
      seen.add(z);
    }
  }
}
