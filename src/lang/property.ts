/**
 * A formula as a Property of the checker (docs/claims.md, "Checking a formula"). The leading
 * quantifiers (forall or exists, not mixed) whose bindings range over registered domains of size
 * n or of one literal size become the property's variables, so the checker enumerates, samples and
 * shrinks them; everything inside is evaluated by ./evaluate.ts with the kernel the checker hands
 * in. A formula without such a prefix is a closed claim (one case).
 */
import type { DomainSpec } from '../claim/domains.js';
import { type Property, type PropertyStatus, defineProperty } from '../claim/property.js';
import type { Expr } from './ast.js';
import { checkFormula } from './check.js';
import { deriveCensusForm } from './census.js';
import { bind, evaluate } from './evaluate.js';
import { langError } from './errors.js';
import { recordFormula } from './formulaOf.js';
import { parseFormula } from './parser.js';
import { printFormula } from './printer.js';
import { domainSpec, lookupRange } from './ranges.js';
import { q } from './rational.js';
import { smallInt, type Val } from './values.js';

export interface FormulaOptions {
  readonly id?: string;
  readonly statement?: string;
  readonly status?: PropertyStatus;
  /** The scope when the formula does not fix one by a literal size. */
  readonly n?: number;
  /** The scopes the claim is stated for (minN, maxN), when the formula does not fix one. */
  readonly range?: readonly [number, number];
  /** Tags besides 'formula' (the catalogue adds its label, e.g. 'T4'). */
  readonly tags?: readonly string[];
}

interface Prefix {
  readonly quantifier: 'forAll' | 'exists';
  readonly variables: Record<string, DomainSpec>;
  /** The literal size of the prefix's domains, when they have one. */
  readonly fixedN: number | null;
  readonly body: Expr;
}

/** A literal whole-number expression (+, -, *, ^ of literals): evaluated when the property is built. */
const arithmetic = (e: Expr): boolean =>
  e.k === 'int' || (e.k === 'neg' && arithmetic(e.arg)) || (e.k === 'pow' && arithmetic(e.base)) || (e.k === 'binary' && ['+', '-', '*'].includes(e.op) && arithmetic(e.left) && arithmetic(e.right));

const closedInt = (source: string, e: Expr): number | null => {
  if (!arithmetic(e)) return null;
  const v = evaluate(source, e, null as never, null);
  return v !== null && typeof v === 'object' && 'p' in v ? smallInt(v) : null;
};

/** The leading bindings that can be the property's variables. */
export function splitPrefix(source: string, e: Expr): Prefix {
  const variables: Record<string, DomainSpec> = {};
  let fixedN: number | null = null;
  // a binding of literal size k after one of size n is not taken: k = n is unknown when building
  let sawN = false;
  let body = e;
  const first = e.k === 'binder' && (e.binder === 'forall' || e.binder === 'exists') ? e.binder : null;
  while (body.k === 'binder' && body.binder === first) {
    const taken = body.bindings.findIndex((b) => {
      const r = lookupRange(b.range);
      if (r === null || r.kind !== 'domain' || b.name in variables) return true;
      const [size, ...extra] = b.args;
      const literal = size!.k === 'var' && size!.name === 'n' ? null : closedInt(source, size!);
      if (literal === null && !(size!.k === 'var' && size!.name === 'n')) return true;
      if (literal !== null && ((fixedN !== null && literal !== fixedN) || (fixedN === null && sawN))) return true;
      const args = extra.map((a) => closedInt(source, a));
      if (args.some((a) => a === null)) return true;
      try {
        variables[b.name] = domainSpec(r.domain, args as number[]);
      } catch (err) {
        throw langError('type', source, b.at, `${b.range}: ${err instanceof Error ? err.message : String(err)}`);
      }
      if (literal !== null) fixedN = literal;
      else sawN = true;
      return false;
    });
    if (taken === -1) {
      body = body.body;
      continue;
    }
    body = { ...body, bindings: body.bindings.slice(taken) };
    break;
  }
  const quantifier = first === 'exists' && Object.keys(variables).length > 0 ? 'exists' : 'forAll';
  return { quantifier, variables, fixedN, body };
}

/** Parses, type-checks and builds the property; throws a LangError ('parse' or 'type'). */
export function formulaProperty(source: string, options: FormulaOptions = {}): Property {
  const ast = parseFormula(source);
  checkFormula(source, ast);
  return propertyOf(source, ast, options);
}

export function propertyOf(source: string, ast: Expr, options: FormulaOptions = {}): Property {
  const prefix = splitPrefix(source, ast);
  // a closed claim that fixes no size: n only matters if the formula reads it
  const n = prefix.fixedN ?? options.n ?? null;
  if (n === null && printFormula(ast).match(/\bn\b/)) {
    throw langError('type', source, 0, 'expected a scope: the formula uses the parameter n (give --n N, or n = N in a .claims file)');
  }
  const scopeN = n ?? 0;
  const body = prefix.body;
  const names = Object.keys(prefix.variables);
  const kinds = Object.values(prefix.variables).map((d) => d.kind);
  const census =
    prefix.quantifier === 'forAll' && names.length === 1 && (kinds[0] === 'boolean-functions' || kinds[0] === 'low-degree-functions')
      ? deriveCensusForm(source, body, names[0]!, prefix.fixedN)
      : undefined;
  const property = defineProperty({
    id: options.id ?? 'formula',
    statement: options.statement ?? source.trim().replace(/\s+/g, ' '),
    status: options.status ?? 'open',
    quantifier: prefix.quantifier,
    variables: prefix.variables,
    predicate: (values, k, scope) => {
      let env = bind(null, 'n', q(BigInt(scope.n)));
      for (const [name, value] of Object.entries(values)) env = bind(env, name, value as Val);
      return evaluate(source, body, k, env) as boolean;
    },
    defaultScope: { n: scopeN },
    ...(prefix.fixedN !== null ? { minN: prefix.fixedN, maxN: prefix.fixedN } : options.range !== undefined ? { minN: options.range[0], maxN: options.range[1] } : {}),
    tags: ['formula', ...(options.tags ?? [])],
    ...(census === undefined ? {} : { census }),
  });
  return recordFormula(property, printFormula(ast));
}
