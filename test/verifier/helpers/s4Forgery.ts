/**
 * A forged copy of a slow S4 certificate for the tamper tests (test/verifier/s4RepCertificate.test.ts,
 * s4HierMaxCertificate.test.ts): the committed certificate and property module, the module with one
 * flag row replaced (written to `temp`, importing the claim library by absolute path), the claim
 * record pointing at that copy, and `reason(claim)`: the verifier's answer for the certificate with
 * that claim and a fresh integrity digest ('valid' or 'status: reason').
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { integrityOf, verifyCertificate } from '../../../src/verifier/index.js';

const root = join(import.meta.dirname, '..', '..', '..');

export interface S4Forgery {
  readonly certificate: Record<string, unknown>;
  readonly text: string;
  readonly claim: Record<string, unknown>;
  readonly reason: (claim: Record<string, unknown>) => Promise<string>;
}

export function s4Forgery(name: string, row: string, flippedRow: string, temp: string): S4Forgery {
  const certificate = JSON.parse(readFileSync(join(root, 'certificates', 'slow', `${name}.json`), 'utf8')) as Record<string, unknown>;
  const text = readFileSync(join(root, 'properties', `${name}.ts`), 'utf8');
  const claimIndex = join(root, 'src', 'claim', 'index.js').split('\\').join('/');
  const altered = text.replace(row, flippedRow).replaceAll("'../src/claim/index.js'", `'${claimIndex}'`);
  const copy = join(temp, `${name}-copy.ts`);
  writeFileSync(copy, altered);
  const claim: Record<string, unknown> = { ...(certificate.claim as Record<string, unknown>), source: relative(temp, copy), sourceSha256: createHash('sha256').update(altered).digest('hex'), sourceText: altered };
  const reason = async (cl: Record<string, unknown>): Promise<string> => {
    const forged = { ...certificate, claim: cl };
    const o = await verifyCertificate({ json: { ...forged, integrity: integrityOf(forged) }, baseDir: temp });
    return o.status === 'valid' ? 'valid' : `${o.status}: ${o.reason}`;
  };
  return { certificate, text, claim, reason };
}
