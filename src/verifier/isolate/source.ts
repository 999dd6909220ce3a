/**
 * The claim.source and claim.sourceText fields of a TypeScript-module certificate, checked before
 * anything else about the module. claim.source only says where the module came from (relative to
 * the certificate's directory when it was written): the verifier never opens it. What runs is
 * claim.sourceText, the module's exact text, whose UTF-8 bytes claim.sourceSha256 binds.
 */
import { sha256Hex } from '../canonicalJson.js';
import { reject } from '../reject.js';

const MAX_SOURCE_LABEL = 1024;

export function checkSourceLabel(source: string): void {
  if (source.length === 0 || source.length > MAX_SOURCE_LABEL) reject(`claim.source must be a relative path of 1..${MAX_SOURCE_LABEL} characters`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(source) || source.startsWith('/') || /^[A-Za-z]:/.test(source)) reject('claim.source must be a relative path with forward slashes');
  if (!source.endsWith('.ts')) reject('claim.source must name a .ts module');
}

/** The embedded module text, after its hash is checked. */
export function embeddedSource(claim: { readonly source: string; readonly sourceSha256: string; readonly sourceText?: unknown }): string {
  checkSourceLabel(claim.source);
  if (claim.sourceText === undefined) reject('claim.sourceText is missing: this verifier runs only a module embedded in the certificate (regenerate it with check --cert)');
  if (typeof claim.sourceText !== 'string') reject('claim.sourceText must be a string');
  const text = claim.sourceText as string;
  const actual = sha256Hex(Buffer.from(text, 'utf8'));
  if (actual !== claim.sourceSha256) reject(`claim.sourceSha256 does not match the embedded source claim.sourceText (certificate ${claim.sourceSha256}, text ${actual})`);
  return text;
}
