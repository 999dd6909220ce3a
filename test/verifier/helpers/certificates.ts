/**
 * Builds certificates for the fixture properties with test-side code only: the evidence comes from
 * slowEnumerate, slowEncode and slowKernel; canonical JSON is a JSON.stringify replacer.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Property, type ResolvedDomain, type Value, resolveDomain } from '../../../src/claim/index.js';
import { slowEncode, slowEnumerate } from './domains.js';
import { slowKernel } from './slowKernel.js';

/** Certificates built here live (virtually) in test/verifier, so claim.source is fixtures/<name>.ts. */
export const BASE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export type Json = Record<string, unknown>;

/** A concrete Property<V> as the general Property (its predicate's parameter type is narrower). */
export const erased = (p: { readonly __cubecheckProperty: true }): Property => p as unknown as Property;
export interface Variable {
  readonly name: string;
  readonly domain: ResolvedDomain;
}

export const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** Canonical JSON for objects without integer-like keys (none of ours have any). */
export const canon = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x !== null && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x,
  );

export function withIntegrity(cert: Json): Json {
  const { integrity: _old, ...rest } = cert;
  return { ...rest, integrity: sha256(canon(rest)) };
}

export const variablesOf = (p: Property, n: number): Variable[] =>
  Object.entries(p.variables).map(([name, spec]) => ({ name, domain: resolveDomain(spec, n) }));

/** Every case in canonical order: the first variable's loop outermost. */
export function allCases(vars: readonly Variable[]): Value[][] {
  return vars.reduce<Value[][]>((acc, v) => acc.flatMap((prefix) => slowEnumerate(v.domain).map((x) => [...prefix, x])), [[]]);
}

export function holds(p: Property, vars: readonly Variable[], values: readonly Value[], n = values.length > 0 ? values[0]!.n : 0): boolean {
  const assignment = Object.fromEntries(vars.map((v, k) => [v.name, values[k]]));
  return p.predicate(assignment as never, slowKernel, { n });
}

export function tally(p: Property, n: number): { cases: number; satisfied: number; digest: string } {
  const vars = variablesOf(p, n);
  const lines = allCases(vars).map((c) => ({ c, ok: holds(p, vars, c, n) }));
  const text = lines.map(({ c, ok }) => `${c.map((v, k) => slowEncode(v, vars[k]!.domain)).join(' ')}\t${ok ? 1 : 0}\n`).join('');
  return { cases: lines.length, satisfied: lines.filter((l) => l.ok).length, digest: sha256(text) };
}

export function encodeCase(p: Property, n: number, values: readonly Value[]): Record<string, string> {
  return Object.fromEntries(variablesOf(p, n).map((v, k) => [v.name, slowEncode(values[k]!, v.domain)]));
}

export interface Spec {
  readonly file: string;
  readonly property: Property;
  readonly n: number;
  readonly verdict: 'holds' | 'refuted';
  readonly evidence: Json;
  readonly method?: { mode: 'exhaustive' | 'random'; seed: number | null; runs: number | null };
}

export function certificate(spec: Spec): Json {
  const { property: p, n } = spec;
  return withIntegrity({
    format: 'cubecheck-certificate',
    version: 1,
    claim: {
      id: p.id,
      statement: p.statement,
      status: p.status,
      quantifier: p.quantifier,
      source: `fixtures/${spec.file}.ts`,
      sourceSha256: sha256(readFileSync(resolve(BASE_DIR, 'fixtures', `${spec.file}.ts`))),
      sourceText: readFileSync(resolve(BASE_DIR, 'fixtures', `${spec.file}.ts`), 'utf8'),
    },
    scope: { n, variables: variablesOf(p, n) },
    method: spec.method ?? { mode: 'exhaustive', seed: null, runs: null },
    verdict: spec.verdict,
    evidence: spec.evidence,
    produced: { tool: 'test/verifier', elapsedMs: 12, date: '2026-01-01T00:00:00.000Z' },
  });
}
