/** Formula certificates made the way the CLI makes them (formulaProperty, runProperty, the writer). */
import { buildFormulaCertificate } from '../../../src/certificates/formulaCertificate.js';
import { runProperty } from '../../../src/check/runner.js';
import type { RunOptions } from '../../../src/check/types.js';
import { formulaOf, formulaProperty } from '../../../src/lang/index.js';
import { verifyCertificate } from '../../../src/verifier/index.js';
import { type Json, withIntegrity } from '../helpers/certificates.js';

export { type Json, withIntegrity };

export async function certify(text: string, options: RunOptions & { readonly id?: string } = {}): Promise<Json> {
  const p = formulaProperty(text, { ...(options.n === undefined ? {} : { n: options.n }), ...(options.id === undefined ? {} : { id: options.id }) });
  const r = await runProperty(p, options, {});
  const cert = buildFormulaCertificate(r, p, formulaOf(p)!, 'cubecheck test', new Date(0));
  if (cert === null) throw new Error(`no certificate for ${text}: ${r.verdict}`);
  return JSON.parse(JSON.stringify(cert)) as Json;
}

export const verify = (json: unknown) => verifyCertificate({ json, baseDir: '/nonexistent' });

/** A deep copy with one change, integrity recomputed. */
export function tampered(cert: Json, change: (c: Json) => void, rehash = true): Json {
  const c = JSON.parse(JSON.stringify(cert)) as Json;
  change(c);
  return rehash ? withIntegrity(c) : c;
}

export const claimOf = (c: Json): Json => c.claim as Json;
export const evidenceOf = (c: Json): Json => c.evidence as Json;
