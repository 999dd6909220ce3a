/**
 * Formula certificates (docs/certificates.md, "Formula certificates"): the certificate of a
 * check of a formula claim carries the formula itself (its canonical printed form), so it stands
 * alone: the verifier parses and evaluates it with its own language (src/verifier/lang). Scope,
 * method, verdict and evidence are those of a module's certificate (./build.ts). Pure.
 */
import type { ResolvedDomain } from '../claim/domains.js';
import type { Property, PropertyStatus, Quantifier } from '../claim/property.js';
import type { CheckResult } from '../check/types.js';
import { evidenceOf } from './build.js';
import { canonicalJson, sha256Hex } from './canonicalJson.js';
import type { Evidence } from './types.js';

export const FORMULA_CERTIFICATE_FORMAT = 'cubecheck-formula-certificate';

export interface FormulaCertificate {
  readonly format: typeof FORMULA_CERTIFICATE_FORMAT;
  readonly version: 1;
  readonly claim: {
    readonly id: string;
    readonly statement: string;
    readonly status: PropertyStatus;
    readonly quantifier: Quantifier;
    /** The canonical, fully parenthesized text of the formula (printFormula). */
    readonly formula: string;
  };
  readonly scope: { readonly n: number; readonly variables: readonly { readonly name: string; readonly domain: ResolvedDomain }[] };
  readonly method: { readonly mode: 'exhaustive' | 'random'; readonly seed: number | null; readonly runs: number | null };
  readonly verdict: 'holds' | 'refuted' | 'partial';
  readonly evidence: Evidence;
  readonly produced: { readonly tool: string; readonly elapsedMs: number; readonly date: string };
  readonly integrity: string;
}

/** The certificate of a formula property's result, or null for an inconclusive result. */
export function buildFormulaCertificate(result: CheckResult, property: Property, formula: string, tool: string, date: Date): FormulaCertificate | null {
  const partial = result.slice !== undefined && result.reason === 'slice';
  if (result.verdict === 'inconclusive' && !partial) return null;
  const body: Omit<FormulaCertificate, 'integrity'> = {
    format: FORMULA_CERTIFICATE_FORMAT,
    version: 1,
    claim: { id: property.id, statement: property.statement, status: property.status, quantifier: property.quantifier, formula },
    scope: { n: result.scope.n, variables: result.scope.variables.map((v) => ({ name: v.name, domain: v.domain })) },
    method: { mode: result.mode, seed: result.mode === 'random' ? result.seed : null, runs: result.mode === 'random' ? result.runs : null },
    verdict: partial ? 'partial' : (result.verdict as 'holds' | 'refuted'),
    evidence: evidenceOf(result),
    produced: { tool, elapsedMs: result.elapsedMs, date: date.toISOString() },
  };
  return { ...body, integrity: sha256Hex(canonicalJson(body)) };
}
