/**
 * Merging partial censuses into the full result: the partials must agree on n, measures and
 * joint, and their covered indices must tile [0, 2^(2^n)) exactly (no gap, no overlap).
 */
import { InputError } from '../core/result.js';
import { addCounts, emptyCounts } from './counts.js';
import { type CensusPartial, type CensusResult } from './documents.js';
import { type Interval, formatInterval, gaps } from './intervals.js';
import { type Shard, formatShard, functionCount, shardRange } from './shard.js';

function describe(p: CensusPartial, label: string): string {
  return `${label} (shard ${formatShard(p.shard)})`;
}

/** Shards of the same split as `like` whose slice meets the gap: the likely missing ones. */
function suspects(gap: Interval, n: number, like: Shard): string[] {
  const out: string[] = [];
  for (let i = 1; i <= like.count && out.length < 5; i++) {
    const [s, e] = shardRange(n, { index: i, count: like.count });
    if (s < gap[1] && gap[0] < e) out.push(`${i}/${like.count}`);
  }
  return out;
}

/**
 * The full census from partials; labels name them in messages (file names), defaulting to
 * "partial 1", "partial 2", ...
 */
export function mergePartials(partials: readonly CensusPartial[], labels?: readonly string[]): CensusResult {
  if (partials.length === 0) throw new InputError('nothing to merge: no partial censuses given');
  const name = (k: number): string => labels?.[k] ?? `partial ${k + 1}`;
  const first = partials[0]!;
  const spec = first.spec;
  partials.forEach((p, k) => {
    const what = (field: string, a: unknown, b: unknown): never => {
      throw new InputError(`cannot merge: ${name(0)} has ${field} ${a} but ${name(k)} has ${field} ${b}`);
    };
    if (p.spec.n !== spec.n) what('n =', spec.n, p.spec.n);
    if (p.spec.measures.join(',') !== spec.measures.join(',')) what('measures', spec.measures.join(','), p.spec.measures.join(','));
    if (p.spec.joint !== spec.joint) what('joint =', spec.joint, p.spec.joint);
  });
  const tagged = partials
    .flatMap((p, k) => p.covered.map((iv) => ({ iv, k })))
    .sort((a, b) => a.iv[0] - b.iv[0] || a.iv[1] - b.iv[1]);
  for (let j = 1; j < tagged.length; j++) {
    const a = tagged[j - 1]!;
    const b = tagged[j]!;
    if (b.iv[0] < a.iv[1]) {
      const both: Interval = [b.iv[0], Math.min(a.iv[1], b.iv[1])];
      throw new InputError(
        `cannot merge: ${describe(partials[a.k]!, name(a.k))} and ${describe(partials[b.k]!, name(b.k))} both cover indices ${formatInterval(both)}`,
      );
    }
  }
  const total = functionCount(spec.n);
  const missing = gaps([0, total], tagged.map((t) => t.iv));
  if (missing.length > 0) {
    const gap = missing[0]!;
    const hint = suspects(gap, spec.n, first.shard);
    throw new InputError(
      `cannot merge: indices ${formatInterval(gap)} are covered by no partial` +
        (missing.length > 1 ? ` (and ${missing.length - 1} more gaps)` : '') +
        (hint.length > 0 ? `; missing or unfinished shard ${hint.join(', ')}?` : ''),
    );
  }
  let counts = emptyCounts(spec);
  for (const p of partials) counts = addCounts(spec, counts, p.counts);
  return { kind: 'census', spec, total: BigInt(total), counts };
}
