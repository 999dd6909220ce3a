/**
 * Sharded exhaustive evidence. exhaustive-slice (verdict partial) proves only its slice [from, to)
 * of the canonical order: slice `shard` of `shards` must be [floor((shard-1) total / shards),
 * floor(shard total / shards)), total the domain size, and its tally must match. exhaustive-sharded
 * (the merge of every slice) must tile [0, total) in order, with no gap or overlap, every slice's
 * tally must match, and its cases and satisfied are the sums.
 */
import { caseTable, checkRange } from './cases.js';
import type { Certificate, ShardedEvidence, SliceEvidence } from './certificate.js';
import type { Oracle } from './oracle.js';
import { reject } from './reject.js';

function expect(ok: boolean, reason: string): void {
  if (!ok) reject(reason);
}

/** floor(k total / shards), exactly. */
const cut = (k: number, total: number, shards: number): number => Number((BigInt(k) * BigInt(total)) / BigInt(shards));

export async function checkSlice(cert: Certificate, e: SliceEvidence, p: Oracle): Promise<string> {
  const { claim, scope, method, verdict } = cert;
  expect(verdict === 'partial', `evidence.kind exhaustive-slice needs verdict partial, not ${verdict}`);
  expect(method.mode === 'exhaustive', 'evidence.kind exhaustive-slice needs method.mode exhaustive');
  expect(e.shard >= 1 && e.shard <= e.shards, `evidence.shard must lie in 1..evidence.shards, got ${e.shard} of ${e.shards}`);
  const table = caseTable(scope.variables, 'evidence');
  expect(e.total === table.total, `evidence.total = ${e.total} but the domain has ${table.total} cases`);
  const from = cut(e.shard - 1, e.total, e.shards);
  const to = cut(e.shard, e.total, e.shards);
  expect(e.from === from && e.to === to, `evidence slice [${e.from}, ${e.to}) is not slice ${e.shard} of ${e.shards}, which is [${from}, ${to})`);
  await checkRange(p, scope.variables, table, from, to, e, 'evidence');
  const want = claim.quantifier === 'forAll' ? e.cases : 0;
  expect(e.satisfied === want, `the predicate holds on ${e.satisfied} of the slice's ${e.cases} cases: the shard should have been a ${claim.quantifier === 'forAll' ? 'counterexample' : 'witness'}`);
  return `partial: slice ${e.shard} of ${e.shards} of ${claim.id} on n = ${scope.n}: cases [${from}, ${to}) of ${e.total} (proves only this slice)`;
}

export async function checkSharded(cert: Certificate, e: ShardedEvidence, p: Oracle): Promise<string> {
  const { claim, scope, method, verdict } = cert;
  const q = claim.quantifier;
  expect(method.mode === 'exhaustive', 'evidence.kind exhaustive-sharded needs method.mode exhaustive');
  expect((q === 'forAll') === (verdict === 'holds'), `exhaustive-sharded evidence proves forAll-holds or exists-refuted, not ${q}-${verdict}`);
  const table = caseTable(scope.variables, 'evidence');
  let next = 0;
  let cases = 0;
  let satisfied = 0;
  for (const [k, s] of e.slices.entries()) {
    const path = `evidence.slices[${k}]`;
    expect(s.from === next, s.from > next ? `${path}: cases [${next}, ${s.from}) are in no slice` : `${path} overlaps the slice before it`);
    expect(s.to >= s.from && s.to <= table.total, `${path}: [${s.from}, ${s.to}) is not a slice of [0, ${table.total})`);
    await checkRange(p, scope.variables, table, s.from, s.to, s, path);
    next = s.to;
    cases += s.cases;
    satisfied += s.satisfied;
  }
  expect(next === table.total, `the slices cover [0, ${next}) but the domain has ${table.total} cases`);
  expect(e.cases === cases, `evidence.cases = ${e.cases} but the slices hold ${cases}`);
  expect(e.satisfied === satisfied, `evidence.satisfied = ${e.satisfied} but the slices sum to ${satisfied}`);
  expect(satisfied === (q === 'forAll' ? cases : 0), `the predicate holds on ${satisfied} of ${cases} cases, so the verdict ${verdict} is wrong`);
  return `${claim.id} ${verdict} on n = ${scope.n} (exhaustive in ${e.slices.length} slices, ${cases} cases)`;
}
