/** The verdict of a check in a few lines: a headline, its tone, a warning and the details. */
import { duration, grouped } from '../../report/check/numbers.js';
import type { CheckResult } from '../../check/types.js';
import type { Tone } from '../theme.js';

export interface VerdictSummary {
  readonly headline: string;
  readonly tone: Tone;
  readonly warning: string | null;
  readonly details: readonly string[];
}

function headline(r: CheckResult): string {
  const shrunk = r.shrinks !== null ? `, shrunk in ${r.shrinks} steps` : '';
  const at = r.mode === 'exhaustive' ? `case ${grouped(r.foundAt ?? 0)} in canonical order (the first)` : `a random case${shrunk}`;
  if (r.verdict === 'inconclusive') {
    if (r.reason === 'no-witness') return `INCONCLUSIVE: no witness in ${grouped(r.cases)} random cases (not a proof that none exists)`;
    if (r.reason === 'timeout' || r.reason === 'memory') return `INCONCLUSIVE: the predicate was stopped, ${r.stopDetail ?? r.reason}`;
    const of = r.mode === 'exhaustive' && r.choice.size !== null ? ` of ${grouped(r.choice.size)}` : '';
    return `INCONCLUSIVE: cancelled after ${grouped(r.cases)}${of} cases, none deciding`;
  }
  if (r.counterexample) return `REFUTED: counterexample at ${at}`;
  if (r.witness) return `HOLDS: witness at ${at}`;
  if (r.quantifier === 'exists') return `REFUTED: no case among all ${grouped(r.cases)} satisfies the predicate`;
  if (r.mode === 'random') return `HOLDS on all ${grouped(r.cases)} sampled cases (evidence, not a proof)`;
  return `HOLDS on all ${grouped(r.cases)} cases (a proof at n = ${r.scope.n})`;
}

function modeLine(r: CheckResult): string {
  const how = r.mode === 'exhaustive' ? `exhaustive over ${grouped(r.choice.size ?? 0n)} cases` : `random, ${grouped(r.runs ?? 0)} runs, seed ${r.seed}`;
  return `n = ${r.scope.n}; ${how}${r.choice.requested === 'auto' ? ' (auto)' : ''}`;
}

export function summarize(r: CheckResult): VerdictSummary {
  const tone: Tone = r.verdict === 'holds' ? 'good' : r.verdict === 'refuted' ? 'bad' : 'warn';
  const warning = r.status === 'theorem' && r.verdict === 'refuted' ? 'a theorem was refuted: this is a bug in cubecheck or in the property' : null;
  const digest = r.digest ? `, digest ${r.digest.slice(0, 16)}...` : '';
  const details = [modeLine(r), `cases evaluated ${grouped(r.cases)}, satisfied ${grouped(r.satisfied)}, time ${duration(r.elapsedMs)}${digest}`];
  if (r.counterexamples !== null) details.push(`counterexamples: ${grouped(r.counterexamples)} of ${grouped(r.cases)} cases`);
  return { headline: headline(r), tone, warning, details };
}
