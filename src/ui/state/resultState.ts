/**
 * The Result screen's slice of the UI state: the verdict with its headline, warning and details,
 * the counterexample's or witness's variables with their views (table, spectrum, ANF...), and the
 * certificate panel (save, verify, and the confirmation before replacing a different one).
 */
import type { Verdict } from '../../check/types.js';
import type { PropertyStatus } from '../../claim/property.js';
import type { PanelView } from '../model/panel.js';
import type { Tone } from '../theme.js';
import type { CertificateCheck } from './certificateState.js';

/** One variable of a counterexample or witness, with its views (table, spectrum, ANF...). */
export interface VariableView {
  readonly name: string;
  readonly notation: string;
  readonly summary: string;
  readonly views: readonly PanelView[];
}

export interface ResultCertificate {
  /** The verdict has a certificate (inconclusive results have none). */
  readonly available: boolean;
  readonly path: string;
  readonly saved: boolean;
  readonly busy: 'saving' | 'verifying' | null;
  readonly check: CertificateCheck | null;
  readonly message: string | null;
  /**
   * A different certificate exists at the path and was kept: what differs. The next key decides:
   * y replaces it, any other key keeps it. Null when nothing waits for a confirmation.
   */
  readonly confirm: readonly string[] | null;
}

export interface ResultState {
  readonly id: string;
  readonly status: PropertyStatus;
  readonly verdict: Verdict;
  readonly headline: string;
  readonly tone: Tone;
  /** A warning line, e.g. a refuted theorem. */
  readonly warning: string | null;
  readonly details: readonly string[];
  /** 'counterexample' or 'witness', null when the result carries no case. */
  readonly caseKind: 'counterexample' | 'witness' | null;
  readonly variables: readonly VariableView[];
  readonly variable: number;
  readonly view: number;
  readonly scroll: number;
  readonly certificate: ResultCertificate;
}
