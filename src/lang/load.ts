/**
 * Formulas and .claims files as the check command's targets (docs/claims.md, "On the command
 * line"): language errors become one-line InputErrors (exit 2); a .claims file is read whole
 * (at most MAX_CLAIMS_BYTES) from a regular file.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Property } from '../claim/property.js';
import { InputError } from '../core/result.js';
import { type FormulaClaim, claimProperty, parseClaimsFile } from './claimsFile.js';
import { LangError } from './errors.js';
import { formulaProperty } from './property.js';

export const MAX_CLAIMS_BYTES = 1 << 20;

/** A positional that is neither a file nor a catalogue id reads as a formula. */
export const CLAIM_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function asInput<T>(what: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof LangError) throw new InputError(`${what}: ${e.message}`);
    throw e;
  }
}

export function formulaTarget(text: string, n: number | undefined): Property {
  return asInput('formula', () => formulaProperty(text, n === undefined ? {} : { n }));
}

export function readClaimsFile(file: string, cwd: string): FormulaClaim[] {
  const path = resolve(cwd, file);
  let text: string;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new InputError(`claims file ${file} is not a regular file`);
    if (st.size > MAX_CLAIMS_BYTES) throw new InputError(`claims file ${file} is larger than 1 MiB`);
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`claims file ${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const claims = asInput(file, () => parseClaimsFile(text));
  if (claims.length === 0) throw new InputError(`claims file ${file} holds no claim`);
  return claims;
}

/** The claims to check: the one named (an exact id or a unique prefix), or all. */
export function claimsTargets(file: string, claims: readonly FormulaClaim[], id: string | undefined, n: number | undefined): Property[] {
  const chosen = id === undefined ? claims : claims.filter((c) => c.id === id).length === 1 ? claims.filter((c) => c.id === id) : claims.filter((c) => c.id.startsWith(id));
  if (id !== undefined && chosen.length !== 1) {
    throw new InputError(`${file} has ${chosen.length === 0 ? 'no claim' : 'several claims'} '${id}' (claims: ${claims.map((c) => c.id).join(', ')})`);
  }
  return chosen.map((c) => asInput(`${file}: claim ${c.id}`, () => claimProperty(c, n)));
}
