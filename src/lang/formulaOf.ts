/**
 * The formula a property was built from (./property.ts registers it), so certificates can carry
 * the formula itself (docs/certificates.md, "Formula certificates") instead of a module path.
 */
import type { Property } from '../claim/property.js';

const FORMULAS = new WeakMap<Property, string>();

/** Records the canonical text (printFormula) of the formula behind p. */
export function recordFormula(p: Property, canonical: string): Property {
  FORMULAS.set(p, canonical);
  return p;
}

/** The canonical formula text of a formula property, or undefined for a module's property. */
export function formulaOf(p: Property): string | undefined {
  return FORMULAS.get(p);
}
