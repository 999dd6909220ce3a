/**
 * The JSON form of a check result. Fields, exactly: property, scope, mode, verdict, cases,
 * counterexample (variable -> notation, or null), counterexamples (count with --all, else null),
 * seed, elapsedMs, certificate; and, for exists properties only, witness.
 */
import type { Case, CheckResult } from '../types.js';
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
  readonly elapsedMs: number;
  readonly certificate: string | null;
  readonly witness?: Record<string, string> | null;
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
    elapsedMs: r.elapsedMs,
    certificate,
  };
  return r.quantifier === 'exists' ? { ...base, witness: inNotation(r.witness) } : base;
}
