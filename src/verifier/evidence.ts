/**
 * Re-checks a certificate's evidence against its (already loaded and matched) property with the
 * verifier's own decoder, enumerators and kernel. Returns the one-line summary of what is proved.
 */
import type { Property } from '../claim/property.js';
import type { Value } from '../claim/values.js';
import { type Variable, caseTable, checkRange, evaluate, show } from './cases.js';
import type { Certificate, Encodings, Tally } from './certificate.js';
import { decodeValue } from './encoding.js';
import { reject } from './reject.js';
import { checkSampled } from './sampled.js';
import { checkSharded, checkSlice } from './shards.js';

export { MAX_CASES } from './cases.js';

/** Decodes one case; its keys must be exactly the variable names. */
function decodeCase(vars: readonly Variable[], values: Encodings, path: string): Value[] {
  const names = Object.keys(values).sort().join(',');
  if (names !== vars.map((v) => v.name).sort().join(',')) reject(`${path} must give exactly the variables ${vars.map((v) => v.name).join(', ')}`);
  return vars.map((v) => {
    const decoded = decodeValue(values[v.name]!, v.domain);
    return decoded.ok ? decoded.value : reject(`${path}.${v.name} = ${values[v.name]} ${decoded.problem}`);
  });
}

/** Re-enumerates every case in canonical order and checks cases, satisfied and digest. */
function checkTally(p: Property, n: number, vars: readonly Variable[], tally: Tally, path: string): void {
  const table = caseTable(vars, path);
  checkRange(p, n, vars, table, 0, table.total, tally, path);
}

function expect(ok: boolean, reason: string): void {
  if (!ok) reject(reason);
}

export function checkEvidence(cert: Certificate, p: Property): string {
  const { evidence: e, verdict, method, claim, scope } = cert;
  const vars = scope.variables;
  const n = scope.n;
  const q = claim.quantifier;
  const where = `${claim.id} ${verdict} on n = ${scope.n}`;
  const needs = (v: string, quantifier: string): void =>
    expect(verdict === v && q === quantifier, `evidence.kind ${e.kind} needs verdict ${v} and quantifier ${quantifier}, not ${verdict} and ${q}`);
  if (e.kind !== 'exhaustive-slice') expect(verdict !== 'partial', `verdict partial needs evidence.kind exhaustive-slice, not ${e.kind}`);
  switch (e.kind) {
    case 'exhaustive-slice':
      return checkSlice(cert, e, p);
    case 'exhaustive-sharded':
      return checkSharded(cert, e, p);
    case 'census':
      return reject('census evidence is re-counted by checkCensus (census.ts), not here');
    case 'exhaustive': {
      expect(method.mode === 'exhaustive', 'evidence.kind exhaustive needs method.mode exhaustive');
      expect((q === 'forAll') === (verdict === 'holds'), `exhaustive evidence proves forAll-holds or exists-refuted, not ${q}-${verdict}`);
      checkTally(p, scope.n, vars, e, 'evidence');
      const needed = q === 'forAll' ? e.cases : 0;
      expect(e.satisfied === needed, `the predicate holds on ${e.satisfied} of ${e.cases} cases, so the verdict ${verdict} is wrong`);
      return `${where} (${vars.length === 0 ? 'closed claim: its one case' : `exhaustive, ${e.cases} cases`})`;
    }
    case 'counterexample': {
      needs('refuted', 'forAll');
      const values = decodeCase(vars, e.values, 'evidence.values');
      const encs = vars.map((v) => e.values[v.name]!);
      expect(!evaluate(p, n, vars, values, encs), `counterexample ${show(vars, encs)} satisfies the predicate`);
      if (e.exhaustive === undefined) return `${where} (counterexample ${show(vars, encs)})`;
      expect(method.mode === 'exhaustive', 'evidence.exhaustive needs method.mode exhaustive');
      checkTally(p, scope.n, vars, e.exhaustive, 'evidence.exhaustive');
      const failing = e.exhaustive.cases - e.exhaustive.satisfied;
      return `${where} (counterexample ${show(vars, encs)}; exhaustive, fails on ${failing} of ${e.exhaustive.cases} cases)`;
    }
    case 'witness': {
      needs('holds', 'exists');
      const values = decodeCase(vars, e.values, 'evidence.values');
      const encs = vars.map((v) => e.values[v.name]!);
      expect(evaluate(p, n, vars, values, encs), `witness ${show(vars, encs)} does not satisfy the predicate`);
      return `${where} (witness ${show(vars, encs)})`;
    }
    case 'sampled': {
      needs('holds', 'forAll');
      expect(method.mode === 'random', 'evidence.kind sampled needs method.mode random');
      expect(e.seed === method.seed, `evidence.seed ${e.seed} differs from method.seed ${method.seed}`);
      checkSampled(p, n, vars, e, method.runs ?? 0);
      return `${claim.id} holds on the ${e.cases} sampled cases at n = ${scope.n} (distribution ${e.distribution}, seed ${e.seed}, regenerated; not a proof for every case)`;
    }
  }
}
