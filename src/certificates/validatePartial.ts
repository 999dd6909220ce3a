/**
 * What `merge` checks of each partial certificate before merging, short of re-running the
 * predicate (that is `verify`'s job): the integrity hash; every field, strictly, with the
 * verifier's own reader (a digest must be 64 lowercase hex digits, counts whole numbers, ...);
 * verdict partial with exhaustive-slice evidence in exhaustive mode; the slice is exactly slice
 * `shard` of `shards` of [0, total) and holds to - from cases; the predicate held on every case
 * of the slice (forAll) or on none (exists), else the shard would have been decided; the digest is
 * no placeholder (all 64 digits equal, as a zeroed digest: SHA-256 yields one with probability
 * 16 / 2^256); claim.source is a regular file whose SHA-256 is claim.sourceSha256 (a formula
 * certificate has no source: its formula is the claim).
 * A forged digest of the right form is caught only by `verify`, which re-enumerates the slice.
 */
import { resolve, dirname } from 'node:path';
import { InputError } from '../core/result.js';
import { readRegularFile } from '../fs/readRegularFile.js';
import { readCertificate } from '../verifier/certificate.js';
import { Rejection } from '../verifier/reject.js';
import { canonicalJson, sha256Hex } from './canonicalJson.js';
import type { Certificate } from './types.js';
import { FORMULA_CERTIFICATE_FORMAT } from './formulaCertificate.js';

const refuse = (message: string): never => {
  throw new InputError(message);
};

/** floor(k total / shards), exactly. */
const cut = (k: number, total: number, shards: number): number => Number((BigInt(k) * BigInt(total)) / BigInt(shards));

/** Refuses (InputError naming `name`) a partial certificate that cannot be a true one. */
export async function validatePartialCertificate(name: string, path: string, c: Certificate): Promise<void> {
  const { integrity, ...body } = c;
  if (typeof integrity !== 'string' || integrity !== sha256Hex(canonicalJson(body))) refuse(`${name}: integrity hash mismatch`);
  // a formula certificate (formulaCertificate.ts) has the formula instead of a source file
  const formula = (c as { format: string }).format === FORMULA_CERTIFICATE_FORMAT ? (c.claim as unknown as { formula: unknown }).formula : undefined;
  try {
    if (formula === undefined) readCertificate(c);
    else {
      const { formula: text, ...claim } = c.claim as unknown as Record<string, unknown>;
      if (typeof text !== 'string') throw new Rejection('claim.formula must be a string');
      readCertificate({ ...c, format: 'cubecheck-certificate', claim: { ...claim, source: 'formula', sourceSha256: sha256Hex(text) } });
    }
  } catch (e) {
    if (e instanceof Rejection) refuse(`${name}: ${e.message}`);
    throw e;
  }
  if (c.verdict !== 'partial' || c.evidence.kind !== 'exhaustive-slice') {
    refuse(`${name}: not a partial certificate of check --shard (verdict ${c.verdict}, evidence ${c.evidence.kind}); a refuted or decided shard needs no merge`);
  }
  const e = c.evidence as Extract<Certificate['evidence'], { kind: 'exhaustive-slice' }>;
  if (c.method.mode !== 'exhaustive') refuse(`${name}: a partial certificate needs method.mode exhaustive, not ${c.method.mode}`);
  if (e.shards < 1 || e.shard < 1 || e.shard > e.shards) refuse(`${name}: shard ${e.shard} of ${e.shards} is not a shard`);
  const [from, to] = [cut(e.shard - 1, e.total, e.shards), cut(e.shard, e.total, e.shards)];
  if (e.from !== from || e.to !== to) refuse(`${name}: slice [${e.from}, ${e.to}) is not slice ${e.shard} of ${e.shards} of [0, ${e.total}), which is [${from}, ${to})`);
  if (e.cases !== to - from) refuse(`${name}: slice [${from}, ${to}) has ${to - from} cases, not ${e.cases}`);
  const want = c.claim.quantifier === 'forAll' ? e.cases : 0;
  if (e.satisfied !== want) refuse(`${name}: the predicate holds on ${e.satisfied} of the slice's ${e.cases} cases, so this shard is not undecided (expected ${want})`);
  if (/^(.)\1{63}$/.test(e.digest)) refuse(`${name}: evidence.digest ${e.digest.slice(0, 8)}... is a placeholder (all 64 digits equal), not a SHA-256 digest of the slice`);
  if (formula !== undefined) return;
  const source = resolve(dirname(path), c.claim.source);
  const bytes = await readRegularFile(source, { what: `${name}: claim.source ${c.claim.source}` });
  if (sha256Hex(bytes) !== c.claim.sourceSha256) refuse(`${name}: claim.sourceSha256 does not match ${c.claim.source} (the property source changed since the shard ran)`);
}
