/**
 * A concrete function in one of the cells where a census form failed. The census only counts
 * cells, so the Gray-code range is narrowed first: census runs on ever smaller shards (16 parts a
 * round), keeping the first part that has a failing cell, until the range is short enough to walk
 * with the live state (walkFunctions). At n <= 4 the whole range is walked at once.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { type Cell, type CensusProgress, type Shard, functionCount, runCensus, shardRange, walkFunctions } from '../census/index.js';
import { cellIndex } from '../census/histogram.js';
import type { JointRow } from '../census/counts.js';

/** Walk ranges of at most this many functions directly (about a second or two at n = 5). */
export const WALK_LIMIT = 2 ** 24;
const PARTS = 16;
/** Functions walked between looks at the abort signal. */
const WALK_CHUNK = 2 ** 16;

export interface LocateOptions {
  readonly n: number;
  /** cellIndex of every failing cell. */
  readonly failing: ReadonlySet<number>;
  readonly workers?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: CensusProgress) => void;
  /** Ranges longer than this are narrowed by census runs first (tests lower it). */
  readonly walkLimit?: number;
}

/** A joint row of a full-measure census as a cell. */
export function rowCell(r: JointRow): Cell {
  const [degree, gf2Degree, relevant, balanced, bent] = r.values as [number | null, number | null, number, boolean, boolean];
  return { degree, gf2Degree, relevant, balanced, bent };
}

async function partHasFailure(o: LocateOptions, shard: Shard): Promise<boolean | null> {
  const [a, b] = shardRange(o.n, shard);
  const out = await runCensus({
    n: o.n,
    joint: true,
    shard,
    sliceSize: Math.max(2 ** 20, Math.ceil((b - a) / 8)),
    ...(o.workers !== undefined ? { workers: o.workers } : {}),
    ...(o.signal ? { signal: o.signal } : {}),
    ...(o.onProgress ? { onProgress: o.onProgress } : {}),
  });
  if (out.status !== 'complete') return null;
  return (out.partial.counts.joint ?? []).some((r) => r.count > 0n && o.failing.has(cellIndex(rowCell(r))));
}

/** The truth-table word (bit x set when f(x) = -1) of a function in a failing cell; null when aborted. */
export async function locateInCells(o: LocateOptions): Promise<number | null> {
  const limit = o.walkLimit ?? WALK_LIMIT;
  let shard: Shard = { index: 1, count: 1 };
  let [start, end] = [0, functionCount(o.n)];
  while (end - start > limit) {
    let next: Shard | null = null;
    for (let i = 1; i <= PARTS && next === null; i++) {
      const part = { index: (shard.index - 1) * PARTS + i, count: shard.count * PARTS };
      const has = await partHasFailure(o, part);
      if (has === null) return null;
      if (has) next = part;
    }
    if (next === null) throw new Error('internal error: the census reported a failing cell that no part of its range contains');
    shard = next;
    [start, end] = shardRange(o.n, shard);
  }
  for (let a = start; a < end; a += WALK_CHUNK) {
    if (o.signal?.aborted) return null;
    const out = walkFunctions(o.n, (s) => o.failing.has(s.cellIndex()), [a, Math.min(end, a + WALK_CHUNK)]);
    if (out.stoppedAt !== null) return out.stoppedAt.word;
    await nextTurn();
  }
  throw new Error('internal error: the census reported a failing cell that the walk did not meet');
}
