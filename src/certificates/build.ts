/**
 * A certificate from a CheckResult (docs/certificates.md). Pure: the caller reads the source bytes
 * and supplies the paths, the tool name and the date.
 */
import { dirname, relative, sep } from 'node:path';
import type { Property } from '../claim/property.js';
import type { CheckResult } from '../check/types.js';
import { canonicalJson, sha256Hex } from './canonicalJson.js';
import type { Certificate, Evidence } from './types.js';

export interface CertificateContext {
  /** Absolute path of the property module. */
  readonly sourcePath: string;
  readonly sourceBytes: Uint8Array;
  /** Absolute path the certificate will be written to. */
  readonly certificatePath: string;
  /** e.g. "cubecheck 0.1.0". */
  readonly tool: string;
  readonly date: Date;
}

/** The path of `target` relative to the directory of `from`, with forward slashes. */
export function relativeSource(from: string, target: string): string {
  return relative(dirname(from), target).split(sep).join('/');
}

export function evidenceOf(r: CheckResult): Evidence {
  if (r.mode === 'random' && r.verdict === 'holds' && r.quantifier === 'forAll' && r.digest !== null && r.distribution !== null && r.seed !== null) {
    return { kind: 'sampled', distribution: r.distribution, seed: r.seed, cases: r.cases, satisfied: r.satisfied, digest: r.digest };
  }
  const tally = r.digest === null ? null : { cases: r.cases, satisfied: r.satisfied, digest: r.digest };
  if (r.slice && r.reason === 'slice' && tally) {
    const { index, count, from, to, total } = r.slice;
    return { kind: 'exhaustive-slice', shard: index, shards: count, from, to, total, ...tally };
  }
  if (r.counterexample) {
    return tally ? { kind: 'counterexample', values: r.counterexample.encoded, exhaustive: tally } : { kind: 'counterexample', values: r.counterexample.encoded };
  }
  if (r.witness) return { kind: 'witness', values: r.witness.encoded };
  if (r.censusCells && r.engine) {
    return { kind: 'census', functions: r.engine.functions, cells: r.censusCells.map((c) => ({ ...c })), cases: r.cases, satisfied: r.satisfied };
  }
  if (tally) return { kind: 'exhaustive', ...tally };
  throw new RangeError(`no certificate evidence for a ${r.verdict} ${r.mode} result`);
}

/** The certificate, or null for an inconclusive result (which has none). */
export function buildCertificate(result: CheckResult, property: Property, ctx: CertificateContext): Certificate | null {
  const partial = result.slice !== undefined && result.reason === 'slice';
  if (result.verdict === 'inconclusive' && !partial) return null;
  const body: Omit<Certificate, 'integrity'> = {
    format: 'cubecheck-certificate',
    version: 1,
    claim: {
      id: property.id,
      statement: property.statement,
      status: property.status,
      quantifier: property.quantifier,
      source: relativeSource(ctx.certificatePath, ctx.sourcePath),
      sourceSha256: sha256Hex(ctx.sourceBytes),
      // The module's exact text, so the certificate verifies wherever it is moved (the verifier runs this, isolated).
      sourceText: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(ctx.sourceBytes),
    },
    scope: { n: result.scope.n, variables: result.scope.variables.map((v) => ({ name: v.name, domain: v.domain })) },
    method: { mode: result.mode, seed: result.mode === 'random' ? result.seed : null, runs: result.mode === 'random' ? result.runs : null },
    verdict: partial ? 'partial' : (result.verdict as 'holds' | 'refuted'),
    evidence: evidenceOf(result),
    produced: { tool: ctx.tool, elapsedMs: result.elapsedMs, date: ctx.date.toISOString() },
  };
  return { ...body, integrity: sha256Hex(canonicalJson(body)) };
}
