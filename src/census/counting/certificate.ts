/**
 * The certificate of a census by counting (docs/certificates.md, "census-count certificates"):
 * the spec, the exact tables as decimal strings, and an integrity hash over the canonical JSON.
 * The verifier (src/verifier/countCertificate.ts) recomputes every table its own way and compares.
 */
import { jointToJson, marginalsToJson } from '../countsJson.js';
import type { CensusResult } from '../documents.js';
import { sealDocument } from '../integrity.js';

export const CENSUS_CERTIFICATE_FORMAT = 'cubecheck-census-certificate';

export function censusCertificate(r: CensusResult, tool: string, date: Date = new Date()): Record<string, unknown> {
  const body: Record<string, unknown> = {
    format: CENSUS_CERTIFICATE_FORMAT,
    version: 1,
    method: 'counting',
    n: r.spec.n,
    measures: r.spec.measures,
    joint: r.spec.joint,
    total: r.total.toString(),
    counts: marginalsToJson(r.counts),
    ...(r.counts.joint ? { jointCounts: jointToJson(r.spec, r.counts.joint) } : {}),
    produced: { tool, date: date.toISOString() },
  };
  return sealDocument(body);
}
