/**
 * The documents a census produces: a partial (`"kind": "census-partial"`: one shard's slice, the
 * indices covered so far, their counts; also the checkpoint format) and a full result
 * (`"kind": "census"`). Both are JSON with exact decimal-string counts. A partial carries an
 * integrity hash over its canonical content (integrity.ts) and is checked structurally on reading:
 * every marginal sums to the functions its covered intervals contain, "counted" says the same.
 */
import { InputError } from '../core/result.js';
import { type CensusCounts, type CensusSpec, countsTotal } from './counts.js';
import { countsFromJson, jointToJson, marginalsToJson } from './countsJson.js';
import { type Interval, findOverlap, formatInterval, isInterval, totalLength, unionIntervals, within } from './intervals.js';
import { checkSeal, sealDocument } from './integrity.js';
import { assertCensusN } from './layout.js';
import { normalizeMeasures } from './measures.js';
import { type Shard, formatShard, functionCount, parseShard, shardRange } from './shard.js';

/** 2: partials carry an integrity hash (version 1 did not). */
export const FORMAT_VERSION = 2;

export interface CensusPartial {
  readonly kind: 'census-partial';
  readonly spec: CensusSpec;
  readonly shard: Shard;
  /** The shard's slice of the Gray-code index space. */
  readonly range: Interval;
  /** Sorted disjoint intervals inside range whose functions the counts include. */
  readonly covered: readonly Interval[];
  readonly counts: CensusCounts;
}

export interface CensusResult {
  readonly kind: 'census';
  readonly spec: CensusSpec;
  /** 2^(2^n): every function counted once. */
  readonly total: bigint;
  readonly counts: CensusCounts;
}

export function isComplete(p: CensusPartial): boolean {
  return totalLength(p.covered) === p.range[1] - p.range[0];
}

function specJson(spec: CensusSpec): Record<string, unknown> {
  return { n: spec.n, measures: spec.measures, joint: spec.joint };
}

function countsJson(spec: CensusSpec, c: CensusCounts): Record<string, unknown> {
  return { counts: marginalsToJson(c), ...(c.joint ? { jointCounts: jointToJson(spec, c.joint) } : {}) };
}

export function partialToJson(p: CensusPartial): Record<string, unknown> {
  return sealDocument({
    kind: p.kind,
    version: FORMAT_VERSION,
    ...specJson(p.spec),
    shard: formatShard(p.shard),
    range: p.range,
    covered: p.covered,
    counted: countsTotal(p.counts).toString(),
    ...countsJson(p.spec, p.counts),
  });
}

export function resultToJson(r: CensusResult): Record<string, unknown> {
  return { kind: r.kind, version: FORMAT_VERSION, ...specJson(r.spec), total: r.total.toString(), ...countsJson(r.spec, r.counts) };
}

function parseSpec(doc: Record<string, unknown>, where: string): CensusSpec {
  const n = doc['n'];
  if (typeof n !== 'number') throw new InputError(`${where}: "n" must be a number`);
  assertCensusN(n);
  const measures = doc['measures'];
  if (!Array.isArray(measures) || !measures.every((m) => typeof m === 'string')) {
    throw new InputError(`${where}: "measures" must be a list of names`);
  }
  if (typeof doc['joint'] !== 'boolean') throw new InputError(`${where}: "joint" must be true or false`);
  return { n, measures: normalizeMeasures(measures as string[]), joint: doc['joint'] };
}

/** Parses and checks a census-partial document (coverage inside the range, counts add up). */
export function parsePartial(text: string, where: string): CensusPartial {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new InputError(`${where}: not JSON`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new InputError(`${where}: not a JSON object`);
  const d = doc as Record<string, unknown>;
  if (d['kind'] !== 'census-partial') throw new InputError(`${where}: not a census-partial document (kind ${JSON.stringify(d['kind'])})`);
  if (d['version'] === 1) throw new InputError(`${where}: version 1, written before partials carried an integrity hash; run that shard again`);
  if (d['version'] !== FORMAT_VERSION) throw new InputError(`${where}: unsupported version ${JSON.stringify(d['version'])}`);
  checkSeal(d, where);
  const spec = parseSpec(d, where);
  if (typeof d['shard'] !== 'string') throw new InputError(`${where}: "shard" must be a string like 2/4`);
  const shard = parseShard(d['shard']);
  const range = shardRange(spec.n, shard);
  if (!isInterval(d['range'], functionCount(spec.n)) || d['range'][0] !== range[0] || d['range'][1] !== range[1]) {
    throw new InputError(`${where}: "range" must be ${formatInterval(range)} for shard ${formatShard(shard)} at n = ${spec.n}`);
  }
  const rawCovered = d['covered'];
  if (!Array.isArray(rawCovered) || !rawCovered.every((v) => isInterval(v, functionCount(spec.n)))) {
    throw new InputError(`${where}: "covered" must be a list of [start, end) index pairs`);
  }
  const covered = rawCovered as Interval[];
  if (findOverlap(covered) || !within(range, covered)) {
    throw new InputError(`${where}: "covered" overlaps itself or leaves the shard's range`);
  }
  const counts = countsFromJson(spec, d['counts'], d['jointCounts'], where);
  const functions = BigInt(totalLength(covered));
  for (const [m, table] of counts.marginals) {
    let sum = 0n;
    for (const c of table.values()) sum += c;
    if (sum !== functions) throw new InputError(`${where}: the ${m} counts add up to ${sum}, but the covered indices hold ${functions} functions`);
  }
  if (d['counted'] !== functions.toString()) {
    throw new InputError(`${where}: "counted" is ${JSON.stringify(d['counted'])}, but the covered indices hold ${functions} functions`);
  }
  return { kind: 'census-partial', spec, shard, range, covered: unionIntervals(covered), counts };
}
