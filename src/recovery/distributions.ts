/**
 * Random task distributions for the identifiability curve (docs/math.md S4), all Boolean, all driven by
 * the seeded generator (so a seed fixes every sample):
 * - uniform:   a uniformly random Boolean function on C_d (each of the 2^d signs a fair coin);
 * - parity:s:  chi_S for a uniformly random set S of exactly s latents (no sign: a sign changes
 *              no degree);
 * - degree:q:  uniform over all Boolean functions on C_d of Fourier degree <= q (listed from the
 *              lookup tables, d <= 4);
 * - junta:j:   a uniformly random set of j latents and a uniformly random Boolean function of
 *              them (which may ignore some of them).
 */
import { binomial, popcount } from '../core/cube.js';
import { type CubeFunction, fromInt32 } from '../core/cubeFunction.js';
import { InputError } from '../core/result.js';
import { MAX_TABLE_D, booleanTables } from './booleanTables.js';
import type { Rng } from './rng.js';

export type TaskDistribution =
  | { readonly kind: 'uniform' }
  | { readonly kind: 'parity'; readonly size: number }
  | { readonly kind: 'degree'; readonly max: number }
  | { readonly kind: 'junta'; readonly size: number };

export function parseDistribution(text: string, d: number): TaskDistribution {
  const t = text.trim();
  if (t === 'uniform') return { kind: 'uniform' };
  const m = /^(parity|degree|junta):(\d+)$/.exec(t);
  if (!m) throw new InputError(`unknown task distribution '${text}' (known: uniform, parity:S, degree:Q, junta:J)`);
  const k = Number(m[2]);
  if (k > d) throw new InputError(`${m[1]}:${k} needs at most ${d} (the number of latents)`);
  if (m[1] === 'parity') return { kind: 'parity', size: k };
  if (m[1] === 'junta') return { kind: 'junta', size: k };
  if (d > MAX_TABLE_D) throw new InputError(`degree:Q is available for at most ${MAX_TABLE_D} latents`);
  return { kind: 'degree', max: k };
}

export function describeDistribution(dist: TaskDistribution): string {
  switch (dist.kind) {
    case 'uniform':
      return 'uniform';
    case 'parity':
      return `parity:${dist.size}`;
    case 'degree':
      return `degree:${dist.max}`;
    case 'junta':
      return `junta:${dist.size}`;
  }
}

function fromCode(d: number, bit: (x: number) => boolean): CubeFunction {
  return fromInt32(d, Int32Array.from({ length: 2 ** d }, (_, x) => (bit(x) ? -1 : 1)));
}

/** A uniformly random subset of [d] of the given size, as a mask. */
export function randomSubset(rng: Rng, d: number, size: number): number {
  let mask = 0;
  let chosen = 0;
  for (let j = 0; j < d && chosen < size; j++) {
    // keep j with probability (size - chosen) / (d - j): every subset equally likely
    if (rng.below(d - j) < size - chosen) {
      mask |= 1 << j;
      chosen++;
    }
  }
  return mask;
}

const lowDegreeCodes = new Map<string, number[]>();

/** Codes (hex: numbers) of all Boolean functions on C_d of degree <= q. */
export function codesOfDegreeAtMost(d: number, q: number): number[] {
  const key = `${d}:${q}`;
  let codes = lowDegreeCodes.get(key);
  if (!codes) {
    const t = booleanTables(d);
    codes = [];
    for (let c = 0; c < t.degree.length; c++) if (t.degree[c]! <= q) codes.push(c);
    lowDegreeCodes.set(key, codes);
  }
  return codes;
}

export function sampleTask(dist: TaskDistribution, d: number, rng: Rng): CubeFunction {
  switch (dist.kind) {
    case 'uniform': {
      const bits = Array.from({ length: 2 ** d }, () => rng.below(2) === 1);
      return fromCode(d, (x) => bits[x]!);
    }
    case 'parity': {
      const S = randomSubset(rng, d, dist.size);
      return fromCode(d, (x) => (popcount(x & S) & 1) === 1);
    }
    case 'degree': {
      const codes = codesOfDegreeAtMost(d, dist.max);
      const c = codes[rng.below(codes.length)]!;
      return fromCode(d, (x) => ((c >>> x) & 1) === 1);
    }
    case 'junta': {
      const J = randomSubset(rng, d, dist.size);
      const vars: number[] = [];
      for (let j = 0; j < d; j++) if ((J >>> j) & 1) vars.push(j);
      const table = Array.from({ length: 2 ** dist.size }, () => rng.below(2) === 1);
      return fromCode(d, (x) => table[vars.reduce((a, j, i) => a | (((x >>> j) & 1) << i), 0)]!);
    }
  }
}

/** How many parity sets of a size exist (for tests and descriptions). */
export function paritySetCount(d: number, size: number): number {
  return binomial(d, size);
}
