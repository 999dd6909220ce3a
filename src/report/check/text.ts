/** The text report of one check: what ran, on how many cases, the verdict and its evidence. */
import type { Case, CheckResult } from '../../check/types.js';
import { describeValue } from './notation.js';
import { count, duration, grouped } from './numbers.js';

function modeLine(r: CheckResult): string {
  const { requested, cost, budget } = r.choice;
  if (r.engine) {
    const over = cost === null ? 'cannot be counted' : `has ${count(cost)} candidates, more than the budget ${count(budget)}`;
    return `mode: exhaustive on the census engine: all ${grouped(2 ** 2 ** r.scope.n)} Boolean functions on C_${r.scope.n}, by cell of their measures (as requested; the enumeration ${over})`;
  }
  const what = r.slice
    ? `exhaustive over slice ${r.slice.index} of ${r.slice.count}: cases [${grouped(r.slice.from)}, ${grouped(r.slice.to)}) of ${grouped(r.slice.total)} in canonical order`
    : r.mode === 'exhaustive'
      ? `exhaustive over all ${grouped(r.choice.size ?? 0n)} cases in canonical order`
      : `random, ${grouped(r.runs ?? 0)} runs with seed ${r.seed}, distribution ${r.distribution} (docs/certificates.md; shrinking by fast-check)`;
  if (requested !== 'auto') return `mode: ${what} (as requested)`;
  const costText = cost === null ? 'too many candidates to count' : `${count(cost)} candidates`;
  const why = r.mode === 'exhaustive' ? `${costText} <= budget ${count(budget)}` : `${costText}, more than the budget ${count(budget)}`;
  return `mode: ${what} (auto: ${why})`;
}

function caseLines(c: Case, r: CheckResult): string[] {
  return r.scope.variables.flatMap((v) => describeValue(v.name, c.values[v.name]!, c.encoded[v.name]!, v.domain).map((l) => `  ${l}`));
}

function verdictLines(r: CheckResult): string[] {
  const of = r.mode === 'exhaustive' ? 'cases' : 'sampled cases';
  const shrunk = r.shrinks !== null ? `, shrunk in ${r.shrinks} steps` : '';
  if (r.verdict === 'inconclusive') {
    if (r.reason === 'no-witness') return [`verdict: INCONCLUSIVE: no witness in ${grouped(r.cases)} random cases (not a proof that none exists)`];
    const total = r.mode === 'exhaustive' && r.choice.size !== null ? ` of ${grouped(r.choice.size)}` : '';
    if (r.reason === 'timeout' || r.reason === 'memory') return [`verdict: INCONCLUSIVE: the predicate was stopped, ${r.stopDetail ?? r.reason}; ${grouped(r.cases)}${total} cases done before, none deciding`];
    return [`verdict: INCONCLUSIVE: interrupted after ${grouped(r.cases)}${total} cases, none deciding`];
  }
  if (r.counterexample && r.engine) {
    const lines = [`verdict: REFUTED: the census form fails on ${r.engine.failingCells} cell${r.engine.failingCells === 1 ? '' : 's'}; a counterexample from them (not necessarily the first in canonical order)`];
    if (r.counterexamples !== null) lines.push(`counterexamples: ${grouped(r.counterexamples)} of ${grouped(r.cases)} cases`);
    return [...lines, 'counterexample:', ...caseLines(r.counterexample, r)];
  }
  if (r.counterexample) {
    const where = r.mode === 'exhaustive' ? `case ${grouped(r.foundAt ?? 0)} in canonical order (the first)` : `a random case${shrunk}`;
    const lines = [`verdict: REFUTED: counterexample at ${where}`];
    if (r.counterexamples !== null) lines.push(`counterexamples: ${grouped(r.counterexamples)} of ${grouped(r.cases)} cases`);
    return [...lines, 'counterexample:', ...caseLines(r.counterexample, r)];
  }
  if (r.witness) {
    const where = r.mode === 'exhaustive' ? `witness at case ${grouped(r.foundAt ?? 0)} in canonical order (the first)` : `a random witness${shrunk}`;
    return [`verdict: HOLDS: ${where}`, 'witness:', ...caseLines(r.witness, r)];
  }
  if (r.quantifier === 'exists') return [`verdict: REFUTED: no case among all ${grouped(r.cases)} satisfies the predicate`];
  if (r.mode === 'random') return [`verdict: HOLDS on all ${grouped(r.cases)} ${of} (evidence, not a proof: the domain is not exhausted)`];
  return [`verdict: HOLDS on all ${grouped(r.cases)} ${of} (a proof at n = ${r.scope.n})`];
}

export function formatResult(r: CheckResult, statement: string, certificate: string | null): string {
  const vars = r.scope.variables.length === 0 ? 'no variables (a closed claim: one case)' : r.scope.variables.map((v) => `${v.name} in ${v.domain.kind}`).join(', ');
  const lines = [
    `${r.property} (${r.status}, ${r.scope.variables.length === 0 ? 'closed' : r.quantifier === 'exists' ? 'exists' : 'for all'})`,
    `  ${statement}`,
    `scope: n = ${r.scope.n}; ${vars}`,
    modeLine(r),
    ...verdictLines(r),
  ];
  if (r.engine) lines.push(`engine: census (${grouped(r.engine.functions)} functions walked)`);
  if (r.digest) lines.push(`digest: ${r.digest}`);
  lines.push(`time: ${duration(r.elapsedMs)}`);
  if (certificate) lines.push(`certificate: ${certificate}`);
  else if (r.verdict === 'inconclusive') lines.push('certificate: none (inconclusive results have none)');
  else if (r.engine && r.verdict === 'holds' && r.censusCells === undefined) lines.push('certificate: none (the verifier cannot re-check a census-engine result)');
  return `${lines.join('\n')}\n`;
}
