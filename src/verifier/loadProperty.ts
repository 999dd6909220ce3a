/**
 * A TypeScript-module certificate's property, run isolated: the embedded source (claim.sourceText,
 * bound by claim.sourceSha256) is transpiled alone (isolate/bundle.ts) and evaluated in a fresh
 * child process (isolate/session.ts) with a fresh verifier kernel. Then the module's own account of
 * itself is checked against the certificate (id, statement, status, quantifier, variables at
 * scope.n, range of n), and the result is an Oracle: one bit per case, nothing more.
 */
import type { Certificate } from './certificate.js';
import { canonicalJson } from './canonicalJson.js';
import { resolve as resolveDomain } from './domain.js';
import { transpileProperty } from './isolate/bundle.js';
import type { Description, Reply } from './isolate/protocol.js';
import { type IsolateLimits, openSession } from './isolate/session.js';
import { embeddedSource } from './isolate/source.js';
import type { Answer, Oracle } from './oracle.js';
import { reject } from './reject.js';

export interface LoadedProperty {
  readonly oracle: Oracle;
  /** Ends the child process (always call it). */
  close(): void;
}

/** A string from the child, made one short printable line. */
// eslint-disable-next-line no-control-regex
const clean = (v: unknown): string => (typeof v === 'string' ? v.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, 200) : '');

function answerOf(r: Reply, count: number): Answer {
  if (!r.ok) {
    if (r.index === undefined || r.index < 0 || r.index >= count) return reject(`the isolated predicate process failed: ${clean(r.problem)} ${clean(r.message)}`.trim());
    return { ok: false, index: r.index, problem: r.problem === 'threw' ? 'threw' : 'returned a non-boolean', message: clean(r.message) };
  }
  const text = r.bits;
  if (typeof text !== 'string' || text.length !== count) reject(`the isolated process answered ${typeof text === 'string' ? text.length : 'no'} bits for ${count} cases`);
  const bits = new Uint8Array(count);
  for (let c = 0; c < count; c++) {
    const ch = text!.charCodeAt(c);
    if (ch !== 48 && ch !== 49) reject('the isolated process answered outside the protocol (bits must be 0 or 1)');
    bits[c] = ch - 48;
  }
  return { ok: true, bits };
}

function checkDescription(d: Description, cert: Certificate): void {
  const { claim, scope } = cert;
  if (!d.isProperty) reject(`claim.source ${claim.source} has no property as its default export`);
  for (const key of ['id', 'statement', 'status', 'quantifier'] as const) {
    if (d[key] !== claim[key]) reject(`claim.${key} does not match the property (certificate ${JSON.stringify(claim[key])}, property ${JSON.stringify(d[key]) ?? 'nothing'})`);
  }
  const variables = d.variables;
  if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) reject('the property has no variables object');
  const specs = variables as Record<string, unknown>;
  const names = Object.keys(specs);
  const stated = scope.variables.map((v) => v.name);
  if (canonicalJson(names) !== canonicalJson(stated)) reject(`scope.variables names ${stated.join(', ')} do not match the property's ${names.join(', ')}`);
  names.forEach((name, k) => {
    const spec = specs[name] as { kind?: unknown };
    const expected = typeof spec === 'object' && spec !== null && typeof spec.kind === 'string' ? canonicalJson(resolveDomain(spec as never, scope.n)) : JSON.stringify(spec);
    const got = canonicalJson(scope.variables[k]!.domain);
    if (got !== expected) reject(`scope.variables[${k}].domain ${got} does not match the property's ${expected} at n = ${scope.n}`);
  });
  const bound = (v: unknown, fallback: number): number => (v === null ? fallback : Number.isSafeInteger(v) ? (v as number) : reject('the property has a minN or maxN that is not a whole number'));
  const [lo, hi] = [bound(d.minN, 0), bound(d.maxN, 24)];
  if (scope.n < lo || scope.n > hi) reject(`scope.n = ${scope.n} is outside the property's range ${lo}..${hi}`);
  if (!d.hasPredicate) reject('the property has no predicate');
}

/**
 * Checks claim.source and the embedded text, then starts the isolated child; `started` is called
 * just before the first line of foreign code can run (so the caller can say it trusted some).
 */
export async function loadProperty(cert: Certificate, limits: IsolateLimits = {}, started: () => void = () => undefined): Promise<LoadedProperty> {
  const text = embeddedSource(cert.claim);
  const transpiled = await transpileProperty(text);
  if (!transpiled.ok) return reject(`claim.sourceText cannot be run: ${transpiled.reason}`);
  started();
  const session = await openSession(limits);
  try {
    const loaded = await session.ask({ op: 'load', code: transpiled.code });
    if (!loaded.ok) reject(`claim.sourceText cannot be loaded: it ${loaded.problem === 'threw' ? `threw ${clean(loaded.message)}` : clean(loaded.problem)}`);
    if (loaded.description === undefined) reject('the isolated process answered outside the protocol (no description)');
    checkDescription(loaded.description!, cert);
    const hasForm = loaded.description!.hasCensusForm === true;
    await session.ask({ op: 'scope', n: cert.scope.n, variables: cert.scope.variables });
    const oracle: Oracle = {
      cases: async (cases) => answerOf(await session.ask({ op: 'cases', cases }), cases.length),
      range: async (lists, from, to) => answerOf(await session.ask({ op: 'range', lists, from, to }), to - from),
      ...(hasForm ? { cells: async (cells: readonly Readonly<Record<string, unknown>>[]) => answerOf(await session.ask({ op: 'cells', cells }), cells.length) } : {}),
    };
    return { oracle, close: () => session.close() };
  } catch (e) {
    session.close();
    throw e;
  }
}
