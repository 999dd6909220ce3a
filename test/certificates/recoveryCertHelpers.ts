/**
 * Shared by the recovery-certificate tests: write a certificate with `recover --cert`, and re-verify
 * an edited copy of one (its integrity recomputed, so only the verifier's own checks can refuse it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { recoverCommand } from '../../src/cli/commands/recover.js';
import { integrityOf } from '../../src/verifier/canonicalJson.js';
import { verifyCertificate } from '../../src/verifier/verify.js';
import { run } from '../recovery/cliHelpers.js';

export type Json = Record<string, any>;

/** `recover ARGS --cert DIR/NAME --json`, which must succeed silently. */
export async function certify(dir: string, args: readonly string[], name: string): Promise<{ path: string; json: Json; out: Json }> {
  const path = join(dir, name);
  const r = await run(recoverCommand, [...args, '--cert', path, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return { path, json: JSON.parse(readFileSync(path, 'utf8')) as Json, out: JSON.parse(r.stdout) as Json };
}

/** Verifies an edited copy: its status and its one-line reason (or summary when valid). */
export async function verdictOfEdited(dir: string, json: Json, edit: (j: Json) => void, name: string): Promise<{ status: string; reason: string }> {
  const copy = JSON.parse(JSON.stringify(json)) as Json;
  edit(copy);
  copy.integrity = integrityOf(copy);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(copy));
  const v = await verifyCertificate(path);
  return { status: v.status, reason: v.status === 'invalid' ? v.reason : v.status === 'valid' ? v.summary : '' };
}

/** The edited copy must be rejected in one line; returns the reason. */
export async function rejectedEdit(dir: string, json: Json, edit: (j: Json) => void, name: string): Promise<string> {
  const v = await verdictOfEdited(dir, json, edit, name);
  expect(v.status).toBe('invalid');
  expect(v.reason).not.toContain('\n');
  return v.reason;
}
