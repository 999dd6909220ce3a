/**
 * The exact engine's switches for the head-only path (exactRecovery.ts and its drivers read
 * them): look-ahead bounds and stabiliser-chain symmetry breaking, off only to compare.
 */

/** The tuple search's look-ahead bounds (lookahead.ts) on the head-only path; off only to compare (bench, tests). */
export const LOOKAHEAD = { on: true };
/** Symmetry breaking down the stabiliser chain (stabiliserChain.ts) on the head-only path; off only to compare (bench, tests). */
export const STABILISER_CHAIN = { on: true };
