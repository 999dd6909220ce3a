/**
 * Re-checks a certificate's evidence against its (already loaded and matched) property with the
 * verifier's own decoder, enumerators and kernel. Returns the one-line summary of what is proved.
 */
import { createHash } from 'node:crypto';
import type { ResolvedDomain } from '../claim/domains.js';
import type { Property } from '../claim/property.js';
import type { Value } from '../claim/values.js';
import type { Certificate, Encodings, Tally } from './certificate.js';
import { decodeValue, encodeValue } from './encoding.js';
import { enumerate } from './enumerate.js';
import { verifierKernel } from './kernel.js';
import { reject } from './reject.js';

/** The verifier refuses to re-enumerate more cases than this. */
export const MAX_CASES = 2 ** 24;

type Variable = { readonly name: string; readonly domain: ResolvedDomain };
const show = (vars: readonly Variable[], encs: readonly string[]): string =>
  vars.length === 0 ? 'the empty assignment (a closed claim)' : vars.map((v, k) => `${v.name} = ${encs[k]}`).join(', ');

/** A fresh copy, so a predicate that mutates its arguments cannot affect later cases. */
function copy(v: Value): Value {
  if ('values' in v) return { n: v.n, values: v.values.slice() };
  if ('image' in v) return { n: v.n, m: v.m, image: v.image.slice() };
  return { n: v.n, points: v.points.slice() };
}

/** The predicate on one case at scope n (a closed claim's one case has no variables). */
function evaluate(p: Property, n: number, vars: readonly Variable[], values: readonly Value[], encs: readonly string[]): boolean {
  const assignment: Record<string, Value> = {};
  vars.forEach((v, k) => (assignment[v.name] = copy(values[k]!)));
  let result: unknown;
  try {
    result = p.predicate(assignment as never, verifierKernel, { n });
  } catch (e) {
    reject(`the predicate threw on ${show(vars, encs)}: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
  }
  if (typeof result !== 'boolean') reject(`the predicate returned a non-boolean on ${show(vars, encs)}`);
  return result;
}

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
  const lists = vars.map((v) => {
    try {
      return enumerate(v.domain);
    } catch (e) {
      return reject(`${path}: ${(e as Error).message}`);
    }
  });
  const cases = lists.reduce((c, l) => c * l.length, 1);
  if (cases > MAX_CASES) reject(`${path}: ${cases} cases are too many to re-enumerate (limit ${MAX_CASES})`);
  if (tally.cases !== cases) reject(`${path}.cases = ${tally.cases} but the domain has ${cases} cases`);
  const encodings = lists.map((l, k) => l.map((v) => encodeValue(v, vars[k]!.domain)));
  const hash = createHash('sha256');
  let satisfied = 0;
  const index = vars.map(() => 0);
  for (let c = 0; c < cases; c++) {
    const encs = index.map((i, k) => encodings[k]![i]!);
    const holds = evaluate(p, n, vars, index.map((i, k) => lists[k]![i]!), encs);
    if (holds) satisfied++;
    hash.update(`${encs.join(' ')}\t${holds ? 1 : 0}\n`);
    // Odometer: the last declared variable moves fastest, so the first is the outermost loop.
    for (let k = vars.length - 1; k >= 0 && ++index[k]! === lists[k]!.length; k--) index[k] = 0;
  }
  if (tally.satisfied !== satisfied) reject(`${path}.satisfied = ${tally.satisfied} but the re-enumeration finds ${satisfied}`);
  const digest = hash.digest('hex');
  if (tally.digest !== digest) reject(`${path}.digest does not match the re-enumeration (certificate ${tally.digest}, recomputed ${digest})`);
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
  switch (e.kind) {
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
      expect(e.cases.length === method.runs, `evidence.cases lists ${e.cases.length} cases but method.runs is ${method.runs}`);
      e.cases.forEach((c, k) => {
        const encs = vars.map((v) => c[v.name]!);
        const values = decodeCase(vars, c, `evidence.cases[${k}]`);
        expect(evaluate(p, n, vars, values, encs), `sampled case ${show(vars, encs)} does not satisfy the predicate`);
      });
      return `${claim.id} holds on the ${e.cases.length} sampled cases at n = ${scope.n} (seed ${e.seed}; not a proof for every case)`;
    }
  }
}
