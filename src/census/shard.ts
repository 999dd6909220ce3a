/**
 * Shards: `i/N` (1-based, as in `--shard 2/4`) is the i-th of N deterministic contiguous slices
 * of the Gray-code index space [0, 2^(2^n)).
 */
import { InputError } from '../core/result.js';
import type { Interval } from './intervals.js';

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

export const WHOLE: Shard = { index: 1, count: 1 };

/** Number of n-variable Boolean functions, 2^(2^n) (n <= 5, so at most 2^32). */
export function functionCount(n: number): number {
  return 2 ** 2 ** n;
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) throw new InputError(`shard must look like i/N (for example 2/4), got '${text}'`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (!Number.isSafeInteger(count) || count < 1) throw new InputError(`shard count must be at least 1, got ${m[2]}`);
  if (!Number.isSafeInteger(index) || index < 1 || index > count) {
    throw new InputError(`shard index must be between 1 and ${count}, got ${m[1]}`);
  }
  return { index, count };
}

export function formatShard(s: Shard): string {
  return `${s.index}/${s.count}`;
}

/** The slice of shard i/N: [floor((i-1) T / N), floor(i T / N)) with T = 2^(2^n). */
export function shardRange(n: number, s: Shard): Interval {
  const total = BigInt(functionCount(n));
  if (BigInt(s.count) > total) {
    throw new InputError(`${s.count} shards is more than the ${total} functions at n = ${n}`);
  }
  const at = (k: number): number => Number((BigInt(k) * total) / BigInt(s.count));
  return [at(s.index - 1), at(s.index)];
}
