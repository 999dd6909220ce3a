/**
 * Merging the partial certificates of `check --shard i/N` runs (evidence exhaustive-slice) into one
 * certificate with evidence exhaustive-sharded (docs/certificates.md). Refuses, with one line,
 * a tampered input, a certificate that is not partial, mismatched claims, scopes or totals, and
 * slices that leave a gap or overlap. Pure: the caller reads and validates the files
 * (validatePartial.ts) and writes the result.
 */
import { resolve, dirname } from 'node:path';
import { InputError } from '../core/result.js';
import { relativeSource } from './build.js';
import { canonicalJson, sha256Hex } from './canonicalJson.js';
import type { Certificate, SliceTally } from './types.js';
import { FORMULA_CERTIFICATE_FORMAT } from './formulaCertificate.js';

export interface ShardInput {
  /** Absolute path of the partial certificate (its claim.source is relative to its directory). */
  readonly path: string;
  /** How messages name it (the path as given). */
  readonly name: string;
  readonly certificate: Certificate;
}

const refuse = (message: string): never => {
  throw new InputError(message);
};

/** What every shard must share: the claim (the source path aside), the scope and the method. */
function claimKey(c: Certificate): string {
  const { source: _source, ...claim } = c.claim;
  return canonicalJson({ claim, scope: c.scope, method: c.method });
}

/**
 * One exhaustive-sharded certificate from partial certificates given in any order; `outPath` is
 * where it will be written (claim.source is made relative to its directory).
 */
export function mergeShardCertificates(inputs: readonly ShardInput[], outPath: string, tool: string, date: Date): Certificate {
  if (inputs.length === 0) refuse('merge needs the partial certificates of every shard');
  for (const { name: path, certificate: c } of inputs) {
    const { integrity, ...body } = c;
    if (integrity !== sha256Hex(canonicalJson(body))) refuse(`${path}: integrity hash mismatch`);
    if (c.verdict !== 'partial' || c.evidence.kind !== 'exhaustive-slice') {
      refuse(`${path}: not a partial certificate of check --shard (verdict ${c.verdict}, evidence ${c.evidence.kind}); a refuted or decided shard needs no merge`);
    }
  }
  const first = inputs[0]!;
  const key = claimKey(first.certificate);
  // a formula certificate's claim holds the formula, no source path (formulaCertificate.ts)
  const formula = (first.certificate as { format: string }).format === FORMULA_CERTIFICATE_FORMAT;
  const sourcePath = formula ? '' : resolve(dirname(first.path), first.certificate.claim.source);
  const slices: (SliceTally & { readonly total: number; readonly path: string; readonly shard: number })[] = [];
  for (const { name: path, certificate: c } of inputs) {
    if ((c as { format: string }).format !== (first.certificate as { format: string }).format) refuse(`${path}: a ${(c as { format: string }).format}, but ${first.name} is a ${(first.certificate as { format: string }).format}`);
    if (claimKey(c) !== key) refuse(`${path}: its claim, scope or method differs from ${first.name}'s (id, sourceSha256 and scope must match)`);
    if (c.evidence.kind !== 'exhaustive-slice') continue;
    const { from, to, total, cases, satisfied, digest } = c.evidence;
    const { shard, shards } = c.evidence;
    const firstShards = (first.certificate.evidence as { shards: number }).shards;
    if (shards !== firstShards) refuse(`${path}: shard ${shard} of ${shards}, but ${first.name} is one of ${firstShards}`);
    const twin = slices.find((s) => s.shard === shard);
    if (twin) refuse(`${path}: shard ${shard} of ${shards} is given twice (also ${twin.path})`);
    if (to - from !== cases) refuse(`${path}: slice [${from}, ${to}) has ${to - from} cases, not ${cases}`);
    slices.push({ from, to, total, cases, satisfied, digest, path, shard });
  }
  slices.sort((a, b) => a.from - b.from || a.to - b.to);
  const total = slices[0]!.total;
  let next = 0;
  for (const s of slices) {
    if (s.total !== total) refuse(`${s.path}: total ${s.total} differs from ${total} in another shard`);
    if (s.from > next) refuse(`cases [${next}, ${s.from}) are missing: no shard covers them`);
    if (s.from < next) refuse(`${s.path}: slice [${s.from}, ${s.to}) overlaps another shard`);
    next = s.to;
  }
  if (next !== total) refuse(`cases [${next}, ${total}) are missing: no shard covers them`);
  const shards = (first.certificate.evidence as { shards: number }).shards;
  if (slices.length !== shards) refuse(`${shards - slices.length} of the ${shards} shards are missing`);
  const cases = slices.reduce((t, s) => t + s.cases, 0);
  const satisfied = slices.reduce((t, s) => t + s.satisfied, 0);
  const c0 = first.certificate;
  const forAll = c0.claim.quantifier === 'forAll';
  if (forAll ? satisfied !== cases : satisfied !== 0) refuse(`the shards are inconsistent: the predicate holds on ${satisfied} of ${cases} cases, yet no shard found a ${forAll ? 'counterexample' : 'witness'}`);
  const body: Omit<Certificate, 'integrity'> = {
    format: formula ? (FORMULA_CERTIFICATE_FORMAT as 'cubecheck-certificate') : 'cubecheck-certificate',
    version: 1,
    claim: formula ? c0.claim : { ...c0.claim, source: relativeSource(outPath, sourcePath) },
    scope: c0.scope,
    method: c0.method,
    verdict: forAll ? 'holds' : 'refuted',
    evidence: { kind: 'exhaustive-sharded', slices: slices.map(({ from, to, cases: k, satisfied: s, digest }) => ({ from, to, cases: k, satisfied: s, digest })), cases, satisfied },
    produced: { tool, elapsedMs: inputs.reduce((t, i) => t + i.certificate.produced.elapsedMs, 0), date: date.toISOString() },
  };
  return { ...body, integrity: sha256Hex(canonicalJson(body)) };
}
