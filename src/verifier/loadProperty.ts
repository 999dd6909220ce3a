/**
 * Loads the property a certificate names: claim.source relative to the certificate's directory,
 * its bytes bound by claim.sourceSha256, imported with tsx; then checks that the property is the
 * one the certificate states (id, statement, status, quantifier, variables at scope.n).
 */
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Property } from '../claim/property.js';
import type { Certificate } from './certificate.js';
import { canonicalJson, sha256Hex } from './canonicalJson.js';
import { resolve as resolveDomain } from './domain.js';
import { readBounded } from './readBounded.js';
import { reject } from './reject.js';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

async function importDefault(path: string, source: string): Promise<unknown> {
  try {
    const module = (await tsImport(pathToFileURL(path).href, import.meta.url)) as { default?: unknown };
    const exported = module.default as { default?: unknown; __cubecheckProperty?: unknown } | undefined;
    // A .ts file outside an ESM package compiles as CommonJS: its default export arrives one level down.
    if (exported && typeof exported === 'object' && exported.__cubecheckProperty !== true && 'default' in exported) return exported.default;
    return exported;
  } catch (e) {
    return reject(`claim.source ${source} cannot be imported: ${message(e)}`);
  }
}

export async function loadProperty(cert: Certificate, baseDir: string): Promise<Property> {
  const { claim, scope } = cert;
  if (isAbsolute(claim.source) || claim.source.includes('\\')) reject('claim.source must be a relative path with forward slashes');
  const path = resolve(baseDir, claim.source);
  const got = await readBounded(path);
  if (!got.ok) return reject(`claim.source ${claim.source} cannot be read (${got.reason})`);
  const actual = sha256Hex(got.bytes);
  if (actual !== claim.sourceSha256) reject(`claim.sourceSha256 does not match the source file (certificate ${claim.sourceSha256}, file ${actual})`);
  const p = (await importDefault(path, claim.source)) as Property | undefined;
  if (typeof p !== 'object' || p === null || p.__cubecheckProperty !== true) reject(`claim.source ${claim.source} has no property as its default export`);
  for (const key of ['id', 'statement', 'status', 'quantifier'] as const) {
    if (p[key] !== claim[key]) reject(`claim.${key} does not match the property (certificate ${JSON.stringify(claim[key])}, property ${JSON.stringify(p[key])})`);
  }
  const names = Object.keys(p.variables);
  const stated = scope.variables.map((v) => v.name);
  if (canonicalJson(names) !== canonicalJson(stated)) reject(`scope.variables names ${stated.join(', ')} do not match the property's ${names.join(', ')}`);
  names.forEach((name, k) => {
    const expected = canonicalJson(resolveDomain(p.variables[name]!, scope.n));
    const got = canonicalJson(scope.variables[k]!.domain);
    if (got !== expected) reject(`scope.variables[${k}].domain ${got} does not match the property's ${expected} at n = ${scope.n}`);
  });
  const [lo, hi] = [p.minN ?? 0, p.maxN ?? 24];
  if (scope.n < lo || scope.n > hi) reject(`scope.n = ${scope.n} is outside the property's range ${lo}..${hi}`);
  if (typeof p.predicate !== 'function') reject(`the property has no predicate`);
  return p;
}
