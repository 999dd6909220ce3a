/**
 * The claim language as a library (README "The library", "Formula claims"): check a formula or
 * a named claim on the checker, read a .claims file, all in one call each. Errors: a LangError
 * ('parse' or 'type', naming the column) for a bad formula, an InputError (one line) for a file
 * that cannot be read; results are the checker's CheckResult, as `cubecheck check --json` prints.
 */
import { resolve } from 'node:path';
import type { Property } from '../claim/property.js';
import { runProperty } from '../check/runner.js';
import type { CheckResult, RunHooks, RunOptions } from '../check/types.js';
import { type FormulaClaim, claimProperty, parseClaimsFile } from './claimsFile.js';
import { readClaimsFile } from './load.js';
import { formulaProperty } from './property.js';

/** A claim of a .claims file with the property the checker runs. */
export interface LoadedClaim extends FormulaClaim {
  readonly property: Property;
}

const withProperty = (c: FormulaClaim): LoadedClaim => ({ ...c, property: claimProperty(c) });

/** The claims of a .claims text, checked (parse and type errors throw a LangError naming line and column). */
export function readClaims(text: string): LoadedClaim[] {
  return parseClaimsFile(text).map(withProperty);
}

/** The claims of a .claims file (relative to the working directory); a missing or unreadable file throws an InputError. */
export function loadClaims(path: string): LoadedClaim[] {
  return readClaimsFile(resolve(path), process.cwd()).map(withProperty);
}

/**
 * Checks a formula (text), a loaded claim or any property, as `cubecheck check` does: `n`,
 * `mode`, `runs`, `seed`, `budget`, `countAll` as RunOptions say; `n` is required when a formula
 * over the parameter n has no default scope.
 */
export async function checkClaim(claim: string | LoadedClaim | Property, options: RunOptions = {}, hooks: RunHooks = {}): Promise<CheckResult> {
  const property =
    typeof claim === 'string'
      ? formulaProperty(claim, options.n === undefined ? {} : { n: options.n })
      : 'formula' in claim && 'ast' in claim
        ? claim.n === null && options.n !== undefined
          ? claimProperty(claim, options.n)
          : claim.property
        : claim;
  return runProperty(property, options, hooks);
}
