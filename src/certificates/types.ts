/** The certificate document of docs/certificates.md (format version 1). */
import type { ResolvedDomain } from '../claim/domains.js';
import type { PropertyStatus, Quantifier } from '../claim/property.js';
import type { CensusCellCount } from '../check/types.js';

export type Encodings = Readonly<Record<string, string>>;

export interface Tally {
  readonly cases: number;
  readonly satisfied: number;
  readonly digest: string;
}

export type Evidence =
  | ({ readonly kind: 'exhaustive' } & Tally)
  | { readonly kind: 'counterexample'; readonly values: Encodings; readonly exhaustive?: Tally }
  | { readonly kind: 'witness'; readonly values: Encodings }
  | ({ readonly kind: 'sampled'; readonly distribution: string; readonly seed: number } & Tally)
  | ({ readonly kind: 'exhaustive-slice' } & SliceTally & { readonly shard: number; readonly shards: number; readonly total: number })
  | { readonly kind: 'exhaustive-sharded'; readonly slices: readonly SliceTally[]; readonly cases: number; readonly satisfied: number }
  | CensusEvidence;

/**
 * A census-engine run: every non-empty cell of the joint census of all 2^(2^n) Boolean functions
 * (functions of them), and the domain's cases and those where the census form holds.
 */
export interface CensusEvidence {
  readonly kind: 'census';
  readonly functions: number;
  readonly cells: readonly CensusCellCount[];
  readonly cases: number;
  readonly satisfied: number;
}

/** The tally of the cases [from, to) of the canonical order. */
export interface SliceTally extends Tally {
  readonly from: number;
  readonly to: number;
}

export interface Certificate {
  readonly format: 'cubecheck-certificate';
  readonly version: 1;
  readonly claim: {
    readonly id: string;
    readonly statement: string;
    readonly status: PropertyStatus;
    readonly quantifier: Quantifier;
    /** The property module, relative to the certificate's directory, forward slashes. */
    readonly source: string;
    readonly sourceSha256: string;
    /** The module's exact text (UTF-8 of these bytes has SHA-256 sourceSha256); the verifier runs it isolated. */
    readonly sourceText?: string;
  };
  readonly scope: { readonly n: number; readonly variables: readonly { readonly name: string; readonly domain: ResolvedDomain }[] };
  readonly method: { readonly mode: 'exhaustive' | 'random'; readonly seed: number | null; readonly runs: number | null };
  /** partial: an exhaustive-slice certificate, which proves only its slice. */
  readonly verdict: 'holds' | 'refuted' | 'partial';
  readonly evidence: Evidence;
  readonly produced: { readonly tool: string; readonly elapsedMs: number; readonly date: string };
  readonly integrity: string;
}
