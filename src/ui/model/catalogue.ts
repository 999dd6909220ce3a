/** Catalogue rows: from loaded properties, filtered by what the user types, and their certificate text. */
import type { LoadedProperty } from '../../check/catalogue.js';
import { propertyRange } from '../../check/scope.js';
import type { CatalogueItem, CertificateCheck, CertificateInfo } from '../state/types.js';

export function catalogueItem(loaded: LoadedProperty, certificate: CertificateInfo): CatalogueItem {
  const p = loaded.property;
  return {
    id: p.id,
    status: p.status,
    quantifier: p.quantifier,
    statement: p.statement,
    defaultN: p.defaultScope.n,
    range: propertyRange(p),
    certificate,
    formula: loaded.formula ? (loaded.formulaText ?? p.statement) : null,
  };
}

/**
 * Items matching the filter: every space-separated word must occur (case-insensitively) in the
 * id, the status or the statement.
 */
export function filterItems(items: readonly CatalogueItem[], filter: string): CatalogueItem[] {
  const words = filter.toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [...items];
  return items.filter((it) => {
    const hay = `${it.id} ${it.status} ${it.statement}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

export function checkText(c: CertificateCheck): string {
  switch (c.kind) {
    case 'unverified':
      return 'unverified';
    case 'verifying':
      return 'verifying...';
    case 'valid':
      return 'verified';
    case 'invalid':
      return 'INVALID';
    case 'unreadable':
      return 'unreadable';
  }
}

/** The short certificate column of a catalogue row. */
export function certificateText(c: CertificateInfo): string {
  if (c.kind === 'none') return 'no certificate';
  if (c.kind === 'unreadable') return 'certificate unreadable';
  return `${c.verdict} n=${c.n} (${checkText(c.check)})`;
}

/** The certificate's check after the verifier's outcome. */
export function checkFromOutcome(o: { status: 'valid'; summary: string } | { status: 'invalid' | 'unreadable'; reason: string }): CertificateCheck {
  if (o.status === 'valid') return { kind: 'valid', summary: o.summary };
  return o.status === 'invalid' ? { kind: 'invalid', reason: o.reason } : { kind: 'unreadable', reason: o.reason };
}
