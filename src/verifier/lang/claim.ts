/**
 * A formula certificate's claim as a property the verifier's evidence checks run (../evidence.ts,
 * ../census.ts): the certificate's variables must be exactly the formula's leading bindings, in
 * order, under one quantifier (forall for forAll, exists for exists), each over the domain its
 * binding denotes at the certificate's n, on C_n (as the checker takes them). The rest of the formula is the predicate, evaluated by
 * ./evaluate.ts with n and the variables bound. Any split of the leading bindings is sound: the
 * formula means "for all (some) values of these variables, the rest holds".
 */
import type { ResolvedDomain } from '../../claim/domains.js';
import type { CensusCell, Property } from '../../claim/property.js';
import type { Value } from '../../claim/values.js';
import { canonicalJson } from '../canonicalJson.js';
import { reject } from '../reject.js';
import { type Frame, extend, value } from './evaluate.js';
import { MEASURE_SHORT_NAMES } from './names.js';
import { domainOf, isDomainName } from './ranges.js';
import type { Bound, Def, Node } from './syntax.js';
import { type Val, int, smallOf } from './values.js';

export interface ClaimHead {
  readonly id: string;
  readonly statement: string;
  readonly status: Property['status'];
  readonly quantifier: Property['quantifier'];
}
export type Variable = { readonly name: string; readonly domain: ResolvedDomain };

/** The predicate left after peeling the variables' bindings off the front of the formula. */
export function peel(e: Node, quantifier: Property['quantifier'], vars: readonly Variable[], n: number): Node {
  const binder = quantifier === 'forAll' ? 'forall' : 'exists';
  if (vars.length === 0 && quantifier !== 'forAll') reject('a closed claim (no variables) has quantifier forAll');
  if (new Set(vars.map((v) => v.name)).size !== vars.length) reject('scope.variables names a variable twice');
  let rest = e;
  const nFrame = extend(null, 'n', int(n));
  for (const v of vars) {
    if (rest.t !== 'bind' || rest.q !== binder) reject(`scope.variables.${v.name} is not a leading '${binder}' binding of the formula`);
    const [b, ...others] = rest.vars;
    if (b!.id !== v.name) reject(`the formula's next leading binding is '${b!.id}', not the variable '${v.name}' of scope.variables`);
    if (!isDomainName(b!.range)) reject(`the binding of '${v.name}' ranges over '${b!.range}', which is not a domain`);
    let d: ResolvedDomain;
    try {
      const args = b!.args.map((a) => {
        const x = value(a, nFrame);
        const k = x !== null && typeof x === 'object' && 'p' in x ? smallOf(x) : null;
        if (k === null) throw new RangeError('an argument is not a whole number');
        return k;
      });
      d = domainOf(b!.range, args);
    } catch (err) {
      return reject(`the domain of '${v.name}' cannot be resolved from n alone (${(err instanceof Error ? err.message : String(err)).split('\n')[0]})`);
    }
    if (d.n !== n) reject(`the binding of '${v.name}' is over C_${d.n}, but scope.n is ${n} (a variable's domain is on C_n)`);
    if (canonicalJson(d) !== canonicalJson(v.domain)) reject(`scope.variables.${v.name} has domain ${canonicalJson(v.domain)}, but the formula gives ${canonicalJson(d)} at n = ${n}`);
    rest = others.length > 0 ? { ...rest, vars: others } : rest.body;
  }
  return rest;
}

/** Census-cell measures by the measure ids a formula may name (docs/claims.md, "Census forms"). */
const CELL_OF: Readonly<Record<string, keyof CensusCell>> = { degree: 'degree', gf2Degree: 'gf2Degree', balanced: 'balanced', bent: 'bent', juntaSize: 'relevant' };
const cellField = (name: string): keyof CensusCell | undefined =>
  Object.hasOwn(CELL_OF, name) ? CELL_OF[name] : Object.hasOwn(MEASURE_SHORT_NAMES, name) ? CELL_OF[MEASURE_SHORT_NAMES[name]!] : undefined;

/**
 * The body with every census-measure call on f replaced by that measure's value in the cell, or
 * null when the body uses f otherwise (or rebinds it). With a cell the verifier counted itself,
 * the substituted body is the predicate on every function of that cell, by construction.
 */
export function onCell(e: Node, f: string, cell: CensusCell): Node | null {
  const go = (x: Node): Node | null => {
    if (x.t === 'name') return x.id === f ? null : x;
    if (x.t === 'num' || x.t === 'bool' || x.t === 'const') return x;
    if (x.t === 'call' && x.args.length === 1 && x.args[0]!.t === 'name' && x.args[0]!.id === f) {
      const field = cellField(x.f);
      if (field === undefined) return null;
      const v = cell[field];
      return { t: 'const', v: typeof v === 'number' ? int(v) : v, pos: x.pos };
    }
    if (x.t === 'call') return all(x.args, (args) => ({ ...x, args }));
    if (x.t === 'at') return all([x.of, x.i], ([of, i]) => ({ ...x, of: of!, i: i! }));
    if (x.t === 'neg' || x.t === 'not' || x.t === 'pow') return all([x.a], ([a]) => ({ ...x, a: a! }));
    if (x.t === 'bin') return all([x.a, x.b], ([a, b]) => ({ ...x, a: a!, b: b! }));
    if (x.t === 'bind') {
      if (x.vars.some((v) => v.id === f)) return null;
      const vars = x.vars.map((v) => all(v.args, (args) => ({ ...v, args })));
      const body = go(x.body);
      return vars.some((v) => v === null) || body === null ? null : { ...x, vars: vars as Bound[], body };
    }
    if (x.defs.some((d) => d.id === f)) return null;
    const defs = x.defs.map((d) => {
      const val = go(d.val);
      return val === null ? null : { ...d, val };
    });
    const body = go(x.body);
    return defs.some((d) => d === null) || body === null ? null : { ...x, defs: defs as Def[], body };
  };
  const all = <T>(xs: readonly Node[], make: (ys: Node[]) => T): T | null => {
    const ys = xs.map(go);
    return ys.some((y) => y === null) ? null : make(ys as Node[]);
  };
  return go(e);
}

const SAMPLE_CELL: CensusCell = { degree: 0, gf2Degree: 0, relevant: 0, balanced: false, bent: false };

export function formulaProperty(head: ClaimHead, body: Node, vars: readonly Variable[], n: number): Property {
  const predicate = (values: Record<string, Value>): boolean => {
    let f: Frame | null = extend(null, 'n', int(n));
    for (const v of vars) f = extend(f, v.name, values[v.name]! as Val);
    return value(body, f) as boolean;
  };
  const onlyVar = vars.length === 1 && ['boolean-functions', 'low-degree-functions'].includes(vars[0]!.domain.kind) ? vars[0]!.name : null;
  const census =
    head.quantifier === 'forAll' && onlyVar !== null && onCell(body, onlyVar, SAMPLE_CELL) !== null
      ? { measures: [], holds: (cell: CensusCell): boolean => value(onCell(body, onlyVar, cell)!, extend(null, 'n', int(n))) as boolean }
      : undefined;
  return {
    ...head,
    variables: {},
    predicate: predicate as Property['predicate'],
    defaultScope: { n },
    __cubecheckProperty: true,
    ...(census === undefined ? {} : { census }),
  } as Property;
}
