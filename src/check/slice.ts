/**
 * Shards of an exhaustive check: slice i of N (1-based) is the contiguous range [from, to) of the
 * 0-based canonical case indices with from = floor((i - 1) total / N) and to = floor(i total / N),
 * so the N slices tile [0, total) and their sizes differ by at most one.
 */
import { InputError } from '../core/result.js';

export interface ShardSpec {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

export interface SliceInfo extends ShardSpec {
  readonly from: number;
  readonly to: number;
  /** Cases in the whole domain. */
  readonly total: number;
}

export function sliceOf(total: number, shard: ShardSpec): SliceInfo {
  const { index, count } = shard;
  const at = (k: number): number => Number((BigInt(k) * BigInt(total)) / BigInt(count));
  return { index, count, from: at(index - 1), to: at(index), total };
}

/** "i/N" with 1 <= i <= N, else an InputError. */
export function parseShard(text: string): ShardSpec {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!(index >= 1 && count >= 1 && index <= count)) throw new InputError(`option --shard needs i/N with 1 <= i <= N, got '${text}'`);
  return { index, count };
}
