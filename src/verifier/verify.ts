/**
 * verifyCertificate: reads a certificate, then checks, in order, its format and version (else
 * 'unreadable'), its integrity hash, its fields, its property source and the evidence. The first
 * check that fails is the reason of an 'invalid' outcome.
 */
import { dirname, resolve } from 'node:path';
import { readCertificate } from './certificate.js';
import { integrityOf } from './canonicalJson.js';
import { checkCensus } from './census.js';
import type { CensusRunOptions } from './censusPool.js';
import { checkCensusCertificate } from './countCertificate.js';
import { checkEvidence } from './evidence.js';
import { checkRecoveryCertificate } from './recoveryCertificate.js';
import type { IsolateLimits } from './isolate/session.js';
import { loadProperty } from './loadProperty.js';
import { FORMULA_FORMAT, checkFormulaCertificate } from './lang/certificate.js';
import { readBounded } from './readBounded.js';
import { Rejection } from './reject.js';

/** Whether verifying a certificate ran code it brought (set on every outcome verifyCertificate returns). */
export const NO_FOREIGN_CODE = 'no foreign code';
export const ISOLATED_FOREIGN_CODE = "ran the certificate's embedded TypeScript predicate in an isolated process";
export type Trust = typeof NO_FOREIGN_CODE | typeof ISOLATED_FOREIGN_CODE;

export type VerifyOutcome = (
  | { readonly status: 'valid'; readonly summary: string }
  | { readonly status: 'invalid'; readonly reason: string }
  | { readonly status: 'unreadable'; readonly reason: string }
) & { readonly trust?: Trust };

/** A certificate already parsed, with the directory its claim.source is relative to (a label only: nothing is read from it). */
export interface ParsedCertificate {
  readonly json: unknown;
  readonly baseDir: string;
}

const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

async function read(path: string): Promise<ParsedCertificate | VerifyOutcome> {
  const got = await readBounded(path);
  if (!got.ok) return { status: 'unreadable', reason: `cannot read the file (${got.reason})` };
  const text = got.bytes.toString('utf8');
  try {
    return { json: JSON.parse(text) as unknown, baseDir: dirname(resolve(path)) };
  } catch (e) {
    return { status: 'unreadable', reason: `not JSON (${firstLine(e)})` };
  }
}

/**
 * Census evidence at n = 5 re-counts 2^32 functions: progress, abort and worker threads. A
 * TypeScript module runs in a child process with a time and memory limit (isolate/session.ts).
 */
export type VerifyOptions = CensusRunOptions & IsolateLimits;

async function check(json: unknown, _baseDir: string, o: VerifyOptions, ranForeign: () => void): Promise<VerifyOutcome> {
  const top = (typeof json === 'object' && json !== null && !Array.isArray(json) ? json : {}) as Record<string, unknown>;
  if (top.format === 'cubecheck-census-certificate' && top.version === 1) return checkCountCertificate(top);
  if (top.format === 'cubecheck-recovery-certificate' && top.version === 1) return checkCountCertificate(top, checkRecoveryCertificate);
  if (top.format === FORMULA_FORMAT) return checkFormulaCertificate(top, o);
  if (top.format !== 'cubecheck-certificate') return { status: 'unreadable', reason: 'not a cubecheck certificate (format is not "cubecheck-certificate")' };
  if (top.version !== 1) return { status: 'unreadable', reason: `unknown certificate version ${JSON.stringify(top.version)} (this verifier reads version 1)` };
  try {
    if (typeof top.integrity !== 'string' || top.integrity !== integrityOf(top)) return { status: 'invalid', reason: 'integrity hash mismatch' };
    const cert = readCertificate(top);
    const property = await loadProperty(cert, o, ranForeign);
    try {
      const e = cert.evidence;
      return { status: 'valid', summary: e.kind === 'census' ? await checkCensus(cert, e, property.oracle, o) : await checkEvidence(cert, property.oracle) };
    } finally {
      property.close();
    }
  } catch (e) {
    const reason = e instanceof Rejection ? e.message : `a check failed with an error: ${firstLine(e)}`;
    return { status: 'invalid', reason };
  }
}

/** A census-count certificate: integrity, then every count recomputed (countCertificate.ts). */
function checkCountCertificate(top: Record<string, unknown>, checker: (top: Record<string, unknown>) => string = checkCensusCertificate): VerifyOutcome {
  try {
    if (typeof top.integrity !== 'string' || top.integrity !== integrityOf(top)) return { status: 'invalid', reason: 'integrity hash mismatch' };
    return { status: 'valid', summary: checker(top) };
  } catch (e) {
    return { status: 'invalid', reason: e instanceof Rejection ? e.message : `a check failed with an error: ${firstLine(e)}` };
  }
}

/** Verifies the certificate at a path, or an already-parsed one with its base directory. */
export async function verifyCertificate(input: string | ParsedCertificate, o: VerifyOptions = {}): Promise<VerifyOutcome> {
  const parsed = typeof input === 'string' ? await read(input) : input;
  if ('status' in parsed) return { ...parsed, trust: NO_FOREIGN_CODE };
  let trust: Trust = NO_FOREIGN_CODE;
  const outcome = await check(parsed.json, parsed.baseDir, o, () => (trust = ISOLATED_FOREIGN_CODE));
  return { ...outcome, trust };
}
