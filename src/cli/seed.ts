/**
 * Seeds on the command line: a whole number, or `random` to draw one (from the OS's generator).
 * A drawn seed is announced on stderr so the run can be repeated; the seed a random run used is
 * also part of its output.
 */
import { randomInt } from 'node:crypto';
import { InputError } from '../core/result.js';
import { type ParsedArgs, stringFlag } from './args.js';

export interface SeedRange {
  readonly min: number;
  readonly max: number;
}

/** check's seeds: fast-check takes a 32-bit signed integer. */
export const INT32_SEEDS: SeedRange = { min: -(2 ** 31), max: 2 ** 31 - 1 };
/** recover's and curve's seeds: a generator seeded with the low 32 bits. */
export const UINT32_SEEDS: SeedRange = { min: 0, max: 2 ** 32 - 1 };

/** Draws a seed in [0, 2^31), valid in every range above. */
export function drawSeed(): number {
  return randomInt(0, 2 ** 31);
}

/** The --NAME seed: undefined when absent; a drawn one for `random`. */
export function parseSeed(raw: string | undefined, range: SeedRange, name = 'seed'): { readonly seed: number; readonly drawn: boolean } | undefined {
  if (raw === undefined) return undefined;
  if (raw === 'random') return { seed: drawSeed(), drawn: true };
  const v = /^-?\d{1,10}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(v >= range.min && v <= range.max)) {
    throw new InputError(`option --${name} needs a whole number in ${range.min}..${range.max} or 'random', got '${raw.slice(0, 40)}'`);
  }
  return { seed: v, drawn: false };
}

/** The stderr line announcing a drawn seed. */
export function drawnSeedLine(command: string, seed: number): string {
  return `${command}: seed ${seed} drawn at random (repeat the run with --seed ${seed})\n`;
}

/** Reads --seed (or the fallback), announcing a drawn one on stderr. */
export function seedFromArgs(args: ParsedArgs, range: SeedRange, fallback: number, command: string, stderr: (text: string) => void): number {
  const parsed = parseSeed(stringFlag(args, 'seed'), range);
  if (parsed === undefined) return fallback;
  if (parsed.drawn) stderr(drawnSeedLine(command, parsed.seed));
  return parsed.seed;
}
