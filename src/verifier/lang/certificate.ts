/**
 * Formula certificates (docs/certificates.md, "Formula certificates"): format
 * "cubecheck-formula-certificate", version 1. The claim carries the formula text instead of a
 * module; the verifier parses and type-checks it with its own ./parse.ts and ./typecheck.ts,
 * derives the predicate from the certificate's variables (./claim.ts) and re-checks the evidence
 * exactly as for a module's certificate (../evidence.ts, ../census.ts), evaluating with its own
 * ./evaluate.ts over its kernel and measure twins. It loads and runs nothing the certificate names.
 */
import { integrityOf, sha256Hex } from '../canonicalJson.js';
import { type Certificate, evidence as readEvidence } from '../certificate.js';
import { checkCensus } from '../census.js';
import type { CensusRunOptions } from '../censusPool.js';
import { checkEvidence } from '../evidence.js';
import { type Oracle, oracleOf } from '../oracle.js';
import type { Property } from '../../claim/property.js';
import type { Value } from '../../claim/values.js';
import { Rejection, reject } from '../reject.js';
import { type ClaimHead, type Variable, formulaProperty, peel } from './claim.js';
import { parse } from './parse.js';
import { FormulaProblem } from './syntax.js';
import { checkClaim } from './typecheck.js';
import { DEFAULT_STEPS, runWithBudget } from './budget.js';

export const FORMULA_FORMAT = 'cubecheck-formula-certificate';
export const SELF_EVALUATED = 'the verifier parsed and evaluated the formula itself';
/** A formula longer than this is refused (the language allows 4096 tokens). */
export const MAX_FORMULA_CHARS = 65536;

export type FormulaOutcome =
  | { readonly status: 'valid'; readonly summary: string }
  | { readonly status: 'invalid' | 'unreadable'; readonly reason: string };

type Obj = Record<string, unknown>;

function fields(v: unknown, path: string, keys: readonly string[], extra: 'any' | 'none' = 'none'): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) reject(`${path} must be an object`);
  for (const k of keys) if (!Object.hasOwn(v, k)) reject(`${path}.${k} is missing`);
  if (extra === 'none') for (const k of Object.keys(v)) if (!keys.includes(k)) reject(`${path} has an unknown field '${k}'`);
  return v as Obj;
}

const whole = (v: unknown, max = Number.MAX_SAFE_INTEGER): boolean => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= max;
function must(ok: boolean, what: string): void {
  if (!ok) reject(what);
}

/** The certificate's fields in the shape the evidence checks read, or a Rejection. */
function readFormulaCertificate(top: Obj): { cert: Certificate; formula: string } {
  fields(top, 'certificate', ['format', 'version', 'claim', 'scope', 'method', 'verdict', 'evidence', 'produced', 'integrity']);
  const claim = fields(top.claim, 'claim', ['id', 'statement', 'status', 'quantifier', 'formula']);
  for (const k of ['id', 'statement', 'formula']) must(typeof claim[k] === 'string', `claim.${k} must be a string`);
  must((claim.formula as string).length <= MAX_FORMULA_CHARS, `claim.formula is longer than ${MAX_FORMULA_CHARS} characters`);
  must(['theorem', 'conjecture', 'refuted', 'open'].includes(claim.status as string), 'claim.status must be one of "theorem", "conjecture", "refuted", "open"');
  must(['forAll', 'exists'].includes(claim.quantifier as string), 'claim.quantifier must be "forAll" or "exists"');
  const scope = fields(top.scope, 'scope', ['n', 'variables']);
  must(whole(scope.n, 24), 'scope.n must be a whole number at most 24');
  must(Array.isArray(scope.variables), 'scope.variables must be an array');
  const variables = (scope.variables as unknown[]).map((v, k) => {
    const o = fields(v, `scope.variables[${k}]`, ['name', 'domain']);
    must(typeof o.name === 'string', `scope.variables[${k}].name must be a string`);
    fields(o.domain, `scope.variables[${k}].domain`, ['kind', 'n'], 'any');
    return o as unknown as Variable;
  });
  const method = fields(top.method, 'method', ['mode', 'seed', 'runs']);
  must(method.mode === 'exhaustive' || method.mode === 'random', 'method.mode must be "exhaustive" or "random"');
  const random = method.mode === 'random';
  must(random ? Number.isSafeInteger(method.seed) : method.seed === null, `method.seed must be ${random ? 'an integer in random mode' : 'null in exhaustive mode'}`);
  must(random ? whole(method.runs) : method.runs === null, `method.runs must be ${random ? 'a whole number in random mode' : 'null in exhaustive mode'}`);
  must(['holds', 'refuted', 'partial'].includes(top.verdict as string), 'verdict must be one of "holds", "refuted", "partial"');
  fields(top.produced, 'produced', [], 'any');
  const formula = claim.formula as string;
  const cert = {
    claim: { id: claim.id, statement: claim.statement, status: claim.status, quantifier: claim.quantifier, source: 'formula', sourceSha256: sha256Hex(formula) },
    scope: { n: scope.n, variables },
    method: { mode: method.mode, seed: method.seed, runs: method.runs },
    verdict: top.verdict,
    evidence: readEvidence(top.evidence),
  } as unknown as Certificate;
  return { cert, formula };
}

const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

/**
 * The checks' oracle over the verifier's own formula predicate (no foreign code): the variables'
 * values by name, and the census form on cells when the formula has one.
 */
function formulaOracle(property: Property, vars: readonly Variable[]): Oracle {
  const predicate = property.predicate as unknown as (values: Record<string, Value>) => boolean;
  const base = oracleOf(
    vars.map((v) => v.domain),
    (values) => predicate(Object.fromEntries(vars.map((v, k) => [v.name, values[k]!]))),
  );
  const census = property.census;
  if (census === undefined) return base;
  return {
    ...base,
    cells: async (cells) => {
      const bits = new Uint8Array(cells.length);
      for (let c = 0; c < cells.length; c++) {
        try {
          bits[c] = census.holds(cells[c] as never) ? 1 : 0;
        } catch (e) {
          return { ok: false, index: c, problem: 'threw', message: (e instanceof Error ? e.message : String(e)).split('\n')[0]! };
        }
      }
      return { ok: true, bits };
    },
  };
}

/** Integrity, fields, the formula with the verifier's own parser and checker, then the evidence. */
export async function checkFormulaCertificate(top: Obj, o: CensusRunOptions = {}): Promise<FormulaOutcome> {
  if (top.version !== 1) return { status: 'unreadable', reason: `unknown formula certificate version ${JSON.stringify(top.version)} (this verifier reads version 1)` };
  try {
    if (typeof top.integrity !== 'string' || top.integrity !== integrityOf(top)) return { status: 'invalid', reason: 'integrity hash mismatch' };
    const { cert, formula } = readFormulaCertificate(top);
    let ast;
    try {
      ast = parse(formula);
      checkClaim(ast);
    } catch (e) {
      if (e instanceof FormulaProblem) reject(`claim.formula: ${e.message}`);
      throw e;
    }
    const head: ClaimHead = { id: cert.claim.id, statement: cert.claim.statement, status: cert.claim.status, quantifier: cert.claim.quantifier };
    const body = peel(ast, head.quantifier, cert.scope.variables, cert.scope.n);
    const property = formulaProperty(head, body, cert.scope.variables, cert.scope.n);
    const e = cert.evidence;
    const oracle = formulaOracle(property, cert.scope.variables);
    const summary = await runWithBudget(DEFAULT_STEPS, async () => (e.kind === 'census' ? await checkCensus(cert, e, oracle, o) : await checkEvidence(cert, oracle)));
    return { status: 'valid', summary: `${summary.replace(/; that it does on every function of a cell is the property's declaration/, '; on every other function of a cell it agrees by construction (the verifier derived the form from the formula)')}; ${SELF_EVALUATED}` };
  } catch (e) {
    return { status: 'invalid', reason: e instanceof Rejection ? e.message : `a check failed with an error: ${firstLine(e)}` };
  }
}

