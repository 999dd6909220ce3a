/** The runner's inputs and its result: plain data, formatted elsewhere (src/report/check). */
import type { ResolvedDomain } from '../claim/domains.js';
import type { PropertyStatus, Quantifier } from '../claim/property.js';
import type { Value } from '../claim/values.js';
import type { ShardSpec, SliceInfo } from './slice.js';

export type Mode = 'exhaustive' | 'random' | 'auto';
export type Verdict = 'holds' | 'refuted' | 'inconclusive';

/** Fixed defaults, documented in the CLI help and the README. */
export const DEFAULT_SEED = 42;
export const DEFAULT_RUNS = 1000;
export const DEFAULT_BUDGET = 1n << 20n;

export interface RunOptions {
  /** Scope; the property's default scope when absent. */
  readonly n?: number;
  readonly mode?: Mode;
  readonly runs?: number;
  readonly seed?: number;
  /** auto runs exhaustively when the enumeration cost is at most this. */
  readonly budget?: bigint;
  /** Exhaustive: keep going after the first counterexample and count them all. */
  readonly countAll?: boolean;
  /** Census engine (exhaustive runs of properties with a census form): worker threads, 0 = this thread. */
  readonly workers?: number;
  /** Exhaustive: evaluate only this shard's slice of the canonical order (src/check/slice.ts). */
  readonly shard?: ShardSpec;
  /**
   * Sandboxed properties (loaded from a module): the longest one case of the predicate (or one
   * batch of census cells, or loading the module) may take, in ms; default 60 s. Past it the run
   * stops, inconclusive.
   */
  readonly timeoutMs?: number;
  /** Sandboxed properties: the worker's heap limit in MB (default 1024); past it the run stops, inconclusive. */
  readonly memoryMb?: number;
}

export interface Progress {
  readonly done: number;
  /** Cases in the whole run, when known. */
  readonly total: number | null;
  /** Cases per second so far. */
  readonly rate: number;
  /** Estimated milliseconds left, when the total is known. */
  readonly etaMs: number | null;
}

export interface RunHooks {
  readonly onProgress?: (p: Progress) => void;
  readonly signal?: AbortSignal;
  /** Sandboxed properties: each line user code wrote to stdout or stderr (dropped when absent). */
  readonly onOutput?: (line: string) => void;
}

export interface ScopeVariable {
  readonly name: string;
  readonly domain: ResolvedDomain;
}

export interface CheckScope {
  readonly n: number;
  readonly variables: readonly ScopeVariable[];
}

/** One assignment of the variables: the values and their canonical encodings, by variable name. */
export interface Case {
  readonly values: Readonly<Record<string, Value>>;
  readonly encoded: Readonly<Record<string, string>>;
}

/** How auto chose, stated in the output. */
export interface ModeChoice {
  readonly requested: Mode;
  /** Candidates an exhaustive run walks (null: too many to count). */
  readonly cost: bigint | null;
  /** Members of the domain (null: not counted). */
  readonly size: bigint | null;
  readonly budget: bigint;
}

/** How the census engine ran (src/check/censusRun.ts), when it replaced the enumeration. */
export interface CensusEngineRun {
  readonly name: 'census';
  /** Boolean functions walked: 2^(2^n) when complete. */
  readonly functions: number;
  /** Non-empty cells of the domain where the census form is false. */
  readonly failingCells: number;
}

/** One non-empty cell of a census of all 2^(2^n) functions and its exact count (certificate evidence). */
export interface CensusCellCount {
  readonly degree: number | null;
  readonly gf2Degree: number | null;
  readonly relevant: number;
  readonly balanced: boolean;
  readonly bent: boolean;
  readonly count: number;
}

export interface CheckResult {
  readonly property: string;
  readonly status: PropertyStatus;
  readonly quantifier: Quantifier;
  readonly scope: CheckScope;
  readonly mode: 'exhaustive' | 'random';
  readonly choice: ModeChoice;
  readonly verdict: Verdict;
  /** Why an inconclusive result is one. */
  readonly reason: 'aborted' | 'no-witness' | 'slice' | 'timeout' | 'memory' | null;
  /** When user code was stopped (time or memory limit, interrupt): why, in one line. */
  readonly stopDetail?: string;
  /** Cases on which the predicate was evaluated (random: the runs, before shrinking). */
  readonly cases: number;
  /** Cases on which the predicate was true. */
  readonly satisfied: number;
  /** The first counterexample (forAll) in canonical order, or the shrunk one (random). */
  readonly counterexample: Case | null;
  /** exists: the witness found. */
  readonly witness: Case | null;
  /** Exhaustive: the 1-based position in canonical order of the counterexample or witness. */
  readonly foundAt: number | null;
  /** With countAll after a complete exhaustive run: cases where the predicate is false. */
  readonly counterexamples: number | null;
  /**
   * SHA-256 of the per-case lines (docs/certificates.md) when an exhaustive run completed, or when
   * a random run completed all its runs without a counterexample or witness (lines in sample order).
   */
  readonly digest: string | null;
  readonly seed: number | null;
  readonly runs: number | null;
  /** Random runs: the name and version of the distribution sampled (docs/certificates.md). */
  readonly distribution: string | null;
  /** Random runs: shrinking steps applied to the counterexample or witness. */
  readonly shrinks: number | null;
  readonly elapsedMs: number;
  /** Present when the census engine decided an exhaustive run (then foundAt and digest are null). */
  readonly engine?: CensusEngineRun;
  /** A complete census-engine run: every non-empty cell of the joint census (the certificate's evidence). */
  readonly censusCells?: readonly CensusCellCount[];
  /**
   * Present on a sharded run: the slice evaluated. A slice with no counterexample (forAll) or
   * witness (exists) is inconclusive with reason 'slice'; cases, satisfied and digest cover it.
   */
  readonly slice?: SliceInfo;
}
