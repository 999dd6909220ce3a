/**
 * A census run: counts every n-variable Boolean function of a shard's slice (by default all of
 * them) by the chosen measures, on worker threads, with checkpoints, resume and clean abort.
 */
import { availableParallelism } from 'node:os';
import { InputError } from '../core/result.js';
import type { EngineName } from './counter.js';
import { type CensusSpec, addCounts, countsFromHistogram, emptyCounts } from './counts.js';
import { type CensusPartial, type CensusResult, isComplete } from './documents.js';
import { addHistogramInPlace, emptyHistogram } from './histogram.js';
import { type Interval, gaps, splitIntervals, totalLength, unionIntervals } from './intervals.js';
import { assertCensusN } from './layout.js';
import { MEASURES, type Measure, normalizeMeasures } from './measures.js';
import { mergePartials } from './merge.js';
import { type Shard, WHOLE, shardRange } from './shard.js';
import { runLocal } from './localRun.js';
import { runPool } from './pool.js';
import { Checkpointer, resumeFrom } from './resume.js';
import { type CensusProgress, ProgressMeter } from './progress.js';

export interface CensusOptions {
  readonly n: number;
  /** Default: all of MEASURES. */
  readonly measures?: readonly Measure[];
  /** Also count every combination of the measures' values. */
  readonly joint?: boolean;
  /** Worker threads; 0 runs in this thread. Default: every core, or this thread when the work is one slice. */
  readonly workers?: number;
  readonly shard?: Shard;
  /** Checkpoint file (a census-partial document), written atomically at intervals and at the end. */
  readonly checkpoint?: string;
  /** Continue the checkpoint file when it exists (start afresh when it does not). */
  readonly resume?: boolean;
  readonly checkpointEveryMs?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: CensusProgress) => void;
  /** Gray-code indices per unit of work handed to a worker. */
  readonly sliceSize?: number;
  readonly engine?: EngineName;
}

export type CensusOutcome =
  | { readonly status: 'complete'; readonly partial: CensusPartial; readonly result: CensusResult | null }
  | { readonly status: 'aborted'; readonly partial: CensusPartial };

export const DEFAULT_SLICE = 2 ** 26;

export function censusSpec(n: number, measures: readonly string[] = MEASURES, joint = false): CensusSpec {
  assertCensusN(n);
  return { n, measures: normalizeMeasures(measures), joint };
}

export async function runCensus(o: CensusOptions): Promise<CensusOutcome> {
  const spec = censusSpec(o.n, o.measures, o.joint ?? false);
  const shard = o.shard ?? WHOLE;
  const range: Interval = shardRange(spec.n, shard);
  if (o.resume && o.checkpoint === undefined) throw new InputError('resuming needs a checkpoint file');
  const start = o.checkpoint === undefined ? null : await resumeFrom(o.checkpoint, spec, shard, o.resume ?? false);
  const before: CensusPartial = start ?? { kind: 'census-partial', spec, shard, range, covered: [], counts: emptyCounts(spec) };
  const sliceSize = o.sliceSize ?? DEFAULT_SLICE;
  const slices = splitIntervals(gaps(range, before.covered), sliceSize);
  const workers = o.workers ?? (slices.length <= 1 ? 0 : availableParallelism());
  if (!Number.isSafeInteger(workers) || workers < 0) throw new InputError(`workers must be a whole number, got ${workers}`);

  const hist = emptyHistogram();
  const covered: Interval[] = [...before.covered];
  const current = (): CensusPartial => ({
    ...before,
    covered: unionIntervals(covered),
    counts: addCounts(spec, before.counts, countsFromHistogram(spec, hist)),
  });
  const meter = new ProgressMeter(range[1] - range[0], totalLength(before.covered), o.onProgress);
  const saver = o.checkpoint === undefined ? null : new Checkpointer(o.checkpoint, o.checkpointEveryMs ?? 30_000);
  const onSlice = async (iv: Interval, h: Float64Array): Promise<void> => {
    addHistogramInPlace(hist, h);
    covered.push(iv);
    meter.settled(iv[1] - iv[0]);
    await saver?.maybeSave(current);
  };
  // The kernel records only the spec's measures (the histogram is read through the spec alone).
  const common = { n: spec.n, measures: spec.measures, slices, onSlice, onProgress: (f: number) => meter.inFlight(f), ...(o.signal ? { signal: o.signal } : {}), ...(o.engine ? { engine: o.engine } : {}) };
  if (workers === 0) await runLocal(common);
  else await runPool({ ...common, workers });

  const partial = current();
  await saver?.save(partial);
  if (!isComplete(partial)) return { status: 'aborted', partial };
  const whole = range[0] === 0 && range[1] === 2 ** 2 ** spec.n;
  return { status: 'complete', partial, result: whole ? mergePartials([partial]) : null };
}
