/**
 * The JSON form of a check result. Fields, exactly: property, scope, mode, verdict, cases,
 * counterexample (variable -> notation, or null), counterexamples (count with --all, else null),
 * seed, distribution (random runs: the sampler's name and version, docs/certificates.md; else
 * null), elapsedMs, certificate; for exists properties only, witness; and when the census engine ran,
 * engine ({ name: 'census', functions walked, failingCells }); when the sandbox stopped user code,
 * stopped ({ reason: timeout | memory | aborted, detail }).
 */
import type { Case, CheckResult } from '../../check/types.js';
import { notation } from './notation.js';

export interface ResultJson {
  readonly property: string;
  readonly scope: CheckResult['scope'];
  readonly mode: CheckResult['mode'];
  readonly verdict: CheckResult['verdict'];
  readonly cases: number;
  readonly counterexample: Record<string, string> | null;
  readonly counterexamples: number | null;
  readonly seed: number | null;
  readonly distribution: string | null;
  readonly elapsedMs: number;
  readonly certificate: string | null;
  readonly witness?: Record<string, string> | null;
  readonly engine?: CheckResult['engine'];
  /** When the sandbox stopped user code (time or memory limit, interrupt): why. */
  readonly stopped?: { readonly reason: CheckResult['reason']; readonly detail: string };
}

function inNotation(c: Case | null): Record<string, string> | null {
  if (c === null) return null;
  return Object.fromEntries(Object.keys(c.encoded).map((k) => [k, notation(c.values[k]!, c.encoded[k]!)]));
}

export function resultJson(r: CheckResult, certificate: string | null): ResultJson {
  const base: ResultJson = {
    property: r.property,
    scope: r.scope,
    mode: r.mode,
    verdict: r.verdict,
    cases: r.cases,
    counterexample: inNotation(r.counterexample),
    counterexamples: r.counterexamples,
    seed: r.seed,
    distribution: r.distribution,
    elapsedMs: r.elapsedMs,
    certificate,
  };
  const withStop = r.stopDetail !== undefined ? { ...base, stopped: { reason: r.reason, detail: r.stopDetail } } : base;
  const withEngine = r.engine ? { ...withStop, engine: r.engine } : withStop;
  return r.quantifier === 'exists' ? { ...withEngine, witness: inNotation(r.witness) } : withEngine;
}
