/**
 * Re-checks a certificate's evidence against its (already loaded and matched) property with the
 * verifier's own decoder and enumerators; the predicate is asked one bit per case through an
 * Oracle (for a TypeScript module: the isolated child, with its own fresh verifier kernel).
 * Returns the one-line summary of what is proved.
 */
import type { Value } from '../claim/values.js';
import { type Variable, caseTable, checkRange, evaluate, show } from './cases.js';
import type { Certificate, Encodings, Tally } from './certificate.js';
import { decodeValue } from './encoding.js';
import type { Oracle } from './oracle.js';
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
async function checkTally(p: Oracle, vars: readonly Variable[], tally: Tally, path: string): Promise<void> {
  const table = caseTable(vars, path);
  await checkRange(p, vars, table, 0, table.total, tally, path);
}

function expect(ok: boolean, reason: string): void {
  if (!ok) reject(reason);
}

export async function checkEvidence(cert: Certificate, p: Oracle): Promise<string> {
  const { evidence: e, verdict, method, claim, scope } = cert;
  const vars = scope.variables;
  const q = claim.quantifier;
  const where = `${claim.id} ${verdict} on n = ${scope.n}`;
  const needs = (v: string, quantifier: string): void =>
    expect(verdict === v && q === quantifier, `evidence.kind ${e.kind} needs verdict ${v} and quantifier ${quantifier}, not ${verdict} and ${q}`);
  if (e.kind !== 'exhaustive-slice') expect(verdict !== 'partial', `verdict partial needs evidence.kind exhaustive-slice, not ${e.kind}`);
  switch (e.kind) {
    case 'exhaustive-slice':
      return await checkSlice(cert, e, p);
    case 'exhaustive-sharded':
      return await checkSharded(cert, e, p);
    case 'census':
      return reject('census evidence is re-counted by checkCensus (census.ts), not here');
    case 'exhaustive': {
      expect(method.mode === 'exhaustive', 'evidence.kind exhaustive needs method.mode exhaustive');
      expect((q === 'forAll') === (verdict === 'holds'), `exhaustive evidence proves forAll-holds or exists-refuted, not ${q}-${verdict}`);
      await checkTally(p, vars, e, 'evidence');
      const needed = q === 'forAll' ? e.cases : 0;
      expect(e.satisfied === needed, `the predicate holds on ${e.satisfied} of ${e.cases} cases, so the verdict ${verdict} is wrong`);
      return `${where} (${vars.length === 0 ? 'closed claim: its one case' : `exhaustive, ${e.cases} cases`})`;
    }
    case 'counterexample': {
      needs('refuted', 'forAll');
      const encs = vars.map((v) => e.values[v.name]!);
      decodeCase(vars, e.values, 'evidence.values');
      expect(!(await evaluate(p, vars, encs)), `counterexample ${show(vars, encs)} satisfies the predicate`);
      if (e.exhaustive === undefined) return `${where} (counterexample ${show(vars, encs)})`;
      expect(method.mode === 'exhaustive', 'evidence.exhaustive needs method.mode exhaustive');
      await checkTally(p, vars, e.exhaustive, 'evidence.exhaustive');
      const failing = e.exhaustive.cases - e.exhaustive.satisfied;
      return `${where} (counterexample ${show(vars, encs)}; exhaustive, fails on ${failing} of ${e.exhaustive.cases} cases)`;
    }
    case 'witness': {
      needs('holds', 'exists');
      const encs = vars.map((v) => e.values[v.name]!);
      decodeCase(vars, e.values, 'evidence.values');
      expect(await evaluate(p, vars, encs), `witness ${show(vars, encs)} does not satisfy the predicate`);
      return `${where} (witness ${show(vars, encs)})`;
    }
    case 'sampled': {
      needs('holds', 'forAll');
      expect(method.mode === 'random', 'evidence.kind sampled needs method.mode random');
      expect(e.seed === method.seed, `evidence.seed ${e.seed} differs from method.seed ${method.seed}`);
      await checkSampled(p, vars, e, method.runs ?? 0);
      return `${claim.id} holds on the ${e.cases} sampled cases at n = ${scope.n} (distribution ${e.distribution}, seed ${e.seed}, regenerated; not a proof for every case)`;
    }
  }
}
