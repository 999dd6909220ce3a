/**
 * The Catalogue screen's slice of the UI state: the claims listed (id, status, statement, scope
 * range, certificate, a formula claim's formula), the load state, the filter and selection, and
 * the open-file (Ctrl-O) and formula (Ctrl-F) prompts with their one-line notice.
 */
import type { PropertyStatus, Quantifier } from '../../claim/property.js';
import type { TextField } from '../model/textField.js';
import type { Tone } from '../theme.js';
import type { CertificateInfo } from './certificateState.js';

export interface CatalogueItem {
  readonly id: string;
  readonly status: PropertyStatus;
  readonly quantifier: Quantifier;
  readonly statement: string;
  readonly defaultN: number;
  readonly range: readonly [number, number];
  readonly certificate: CertificateInfo;
  /** A formula claim's formula (one line); absent or null for a TypeScript module. */
  readonly formula?: string | null;
}

export interface CatalogueState {
  readonly load: 'idle' | 'loading' | 'ready' | 'error';
  readonly error: string | null;
  readonly items: readonly CatalogueItem[];
  readonly filter: TextField;
  /** Index into the filtered list. */
  readonly index: number;
  /** The path prompt (Ctrl-O): a property file to open; null when closed. */
  readonly prompt: TextField | null;
  /** The formula prompt (Ctrl-F): a formula to check; null when closed. */
  readonly formula: TextField | null;
  /** A one-line message about the last file opened (or why it did not load). */
  readonly notice: { readonly text: string; readonly tone: Tone } | null;
}
