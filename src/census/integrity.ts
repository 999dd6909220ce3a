/**
 * The integrity hash of census partials and checkpoints: SHA-256 (lowercase hex) of the canonical
 * JSON of the document without its "integrity" field (keys sorted by UTF-16 code units, no
 * whitespace: the canonical JSON of docs/certificates.md, written here again because the census
 * sits below src/certificates). It catches any edit that does not also recompute the hash
 * (a count moved between values, a widened "covered", a changed spec). It cannot catch a
 * deliberate edit that recomputes it: the hash is no secret, and only re-running the census over
 * the covered indices would.
 */
import { createHash } from 'node:crypto';
import { InputError } from '../core/result.js';

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`canonical JSON has no ${value}`);
  return JSON.stringify(value);
}

export function documentHash(body: Readonly<Record<string, unknown>>): string {
  const { integrity: _ignored, ...rest } = body;
  return createHash('sha256').update(canonical(rest), 'utf8').digest('hex');
}

/** The document with its integrity field. */
export function sealDocument(body: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return { ...body, integrity: documentHash(body) };
}

/** Refuses a document whose integrity field is missing or does not match its content. */
export function checkSeal(doc: Readonly<Record<string, unknown>>, where: string): void {
  const stated = doc['integrity'];
  if (typeof stated !== 'string' || !/^[0-9a-f]{64}$/.test(stated)) {
    throw new InputError(`${where}: no integrity hash ("integrity" must be 64 lowercase hex digits)`);
  }
  if (stated !== documentHash(doc)) {
    throw new InputError(`${where}: integrity hash mismatch (the file was edited or damaged after it was written)`);
  }
}
