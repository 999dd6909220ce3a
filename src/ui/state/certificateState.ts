/**
 * What the UI knows of a claim's certificate: whether one is on disk (and what it says: verdict,
 * scope, mode, a refuted one's counterexample) and what the verifier made of it, which is nothing
 * until it ran. Used by the Catalogue's items and the Result screen (plain data, readonly).
 */

/** What is known of a certificate's validity: nothing until the verifier ran. */
export type CertificateCheck =
  | { readonly kind: 'unverified' }
  | { readonly kind: 'verifying' }
  | { readonly kind: 'valid'; readonly summary: string }
  | { readonly kind: 'invalid'; readonly reason: string }
  | { readonly kind: 'unreadable'; readonly reason: string };

export type CertificateInfo =
  | { readonly kind: 'none' }
  | { readonly kind: 'unreadable'; readonly path: string; readonly reason: string }
  | {
      readonly kind: 'present';
      readonly path: string;
      readonly verdict: 'holds' | 'refuted';
      readonly n: number;
      readonly mode: string;
      readonly check: CertificateCheck;
      /** A refuted certificate's counterexample: variable name and notation (strings only). */
      readonly counterexample?: readonly (readonly [string, string])[];
    };
