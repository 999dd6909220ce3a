/**
 * The overwrite policy for certificates, in one place: a certificate is never silently replaced.
 * When the target exists:
 *   - if the new certificate differs from it only in `produced` (tool, time, date; and so in the
 *     integrity hash), the old file is kept untouched: it certifies the same thing;
 *   - otherwise it is kept, unless the caller forces the write (--force).
 * Pure: the caller reads the existing file and writes the new one (write.ts).
 */
import { canonicalJson, sha256Hex } from './canonicalJson.js';
import type { Certificate } from './types.js';

export type OverwriteDecision =
  /** No file there: write it. */
  | { readonly kind: 'create' }
  /** The same certificate but for `produced`: leave the old file as it is. */
  | { readonly kind: 'unchanged' }
  /** It differs and the caller forces: replace it. */
  | { readonly kind: 'replace'; readonly differences: readonly string[] }
  /** It differs and the caller does not force: keep the old file. */
  | { readonly kind: 'keep'; readonly differences: readonly string[] };

const VOLATILE = new Set(['produced', 'integrity']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The certificate without what changes on every run. */
function lasting(cert: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(cert).filter(([k]) => !VOLATILE.has(k)));
}

function intact(cert: Record<string, unknown>): boolean {
  const body = Object.fromEntries(Object.entries(cert).filter(([k]) => k !== 'integrity'));
  try {
    return cert.integrity === sha256Hex(canonicalJson(body));
  } catch {
    return false;
  }
}

/** What differs, for people: `scope.n 4 -> 2`, or the names of the fields that differ. */
export function certificateDifferences(old: unknown, next: Certificate): string[] {
  if (!isObject(old) || (old.format !== 'cubecheck-certificate' && old.format !== 'cubecheck-formula-certificate')) return ['the existing file is not a cubecheck certificate'];
  if (!intact(old)) return ['the existing certificate fails its integrity hash'];
  const out: string[] = [];
  const fresh = next as unknown as Record<string, unknown>;
  for (const key of [...new Set([...Object.keys(old), ...Object.keys(fresh)])].sort()) {
    if (VOLATILE.has(key)) continue;
    const a = old[key];
    const b = fresh[key];
    if (canonicalJson(a ?? null) === canonicalJson(b ?? null)) continue;
    if (isObject(a) && isObject(b)) {
      for (const sub of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
        const x = a[sub];
        const y = b[sub];
        if (canonicalJson(x ?? null) === canonicalJson(y ?? null)) continue;
        const scalar = (v: unknown): boolean => v === null || v === undefined || ['string', 'number', 'boolean'].includes(typeof v);
        out.push(scalar(x) && scalar(y) && String(x).length + String(y).length < 60 ? `${key}.${sub} ${String(x)} -> ${String(y)}` : `${key}.${sub}`);
      }
    } else out.push(key);
  }
  return out;
}

/**
 * The decision for writing `next` where `existing` is (parsed JSON; undefined when there is no
 * file, null when it is not JSON).
 */
export function decideOverwrite(existing: unknown, next: Certificate, force: boolean): OverwriteDecision {
  if (existing === undefined) return { kind: 'create' };
  if (isObject(existing) && intact(existing) && canonicalJson(lasting(existing)) === canonicalJson(lasting(next as unknown as Record<string, unknown>))) {
    return { kind: 'unchanged' };
  }
  const differences = existing === null ? ['the existing file is not JSON'] : certificateDifferences(existing, next);
  return force ? { kind: 'replace', differences } : { kind: 'keep', differences };
}
