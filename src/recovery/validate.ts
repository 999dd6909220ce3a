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
  if (p.psi.n !== d || p.psi.m !== d) throw new InputError(`psi must map C_${d} to C_${d}, got C_${p.psi.n} -> C_${p.psi.m}`);
  const b = bijectivity(p.psi);
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
