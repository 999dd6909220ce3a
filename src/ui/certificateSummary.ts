/**
 * Reads what the catalogue shows of a certificate: its verdict, scope and mode, straight from the
 * JSON. This is not a verification (the verifier does that on request): the result says so.
 */
import { readFile } from 'node:fs/promises';
import type { CertificateInfo } from './state/types.js';

const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';

export async function readCertificateSummary(path: string): Promise<CertificateInfo> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    return { kind: 'unreadable', path, reason: firstLine(e) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { kind: 'unreadable', path, reason: `not JSON (${firstLine(e)})` };
  }
  const c = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const scope = (c.scope ?? {}) as Record<string, unknown>;
  const method = (c.method ?? {}) as Record<string, unknown>;
  if (c.format !== 'cubecheck-certificate') return { kind: 'unreadable', path, reason: 'not a cubecheck certificate' };
  if (c.verdict !== 'holds' && c.verdict !== 'refuted') return { kind: 'unreadable', path, reason: 'no verdict' };
  if (typeof scope.n !== 'number') return { kind: 'unreadable', path, reason: 'no scope' };
  const mode = typeof method.mode === 'string' ? method.mode : '?';
  const evidence = (c.evidence ?? {}) as Record<string, unknown>;
  const values = (evidence.values ?? {}) as Record<string, unknown>;
  const counterexample = c.verdict === 'refuted' && evidence.kind === 'counterexample' && typeof values === 'object' && values !== null
    ? Object.entries(values).filter((e): e is [string, string] => typeof e[1] === 'string')
    : [];
  const info = { kind: 'present', path, verdict: c.verdict, n: scope.n, mode, check: { kind: 'unverified' } } as const;
  return counterexample.length > 0 ? { ...info, counterexample } : info;
}
