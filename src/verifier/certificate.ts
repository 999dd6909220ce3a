/** The shape of a version-1 certificate (docs/certificates.md), checked strictly field by field. */
import type { ResolvedDomain } from '../claim/domains.js';
import type { PropertyStatus, Quantifier } from '../claim/property.js';
import { reject } from './reject.js';

export interface Tally {
  readonly cases: number;
  readonly satisfied: number;
  readonly digest: string;
}
export type Encodings = Readonly<Record<string, string>>;
export type Evidence =
  | ({ readonly kind: 'exhaustive' } & Tally)
  | { readonly kind: 'counterexample'; readonly values: Encodings; readonly exhaustive?: Tally }
  | { readonly kind: 'witness'; readonly values: Encodings }
  | ({ readonly kind: 'sampled'; readonly distribution: string; readonly seed: number } & Tally)
  | SliceEvidence
  | ShardedEvidence
  | CensusEvidence;

export interface SliceTally extends Tally {
  readonly from: number;
  readonly to: number;
}
export type SliceEvidence = { readonly kind: 'exhaustive-slice'; readonly shard: number; readonly shards: number; readonly total: number } & SliceTally;
export interface CensusCellCount {
  readonly degree: number | null;
  readonly gf2Degree: number | null;
  readonly relevant: number;
  readonly balanced: boolean;
  readonly bent: boolean;
  readonly count: number;
}
export type CensusEvidence = { readonly kind: 'census'; readonly functions: number; readonly cells: readonly CensusCellCount[]; readonly cases: number; readonly satisfied: number };
export type ShardedEvidence = { readonly kind: 'exhaustive-sharded'; readonly slices: readonly SliceTally[]; readonly cases: number; readonly satisfied: number };

export interface Certificate {
  readonly claim: {
    readonly id: string;
    readonly statement: string;
    readonly status: PropertyStatus;
    readonly quantifier: Quantifier;
    readonly source: string;
    readonly sourceSha256: string;
    /** The module's exact text (isolate/source.ts); required by the verifier of TypeScript modules. */
    readonly sourceText?: string;
  };
  readonly scope: { readonly n: number; readonly variables: readonly { readonly name: string; readonly domain: ResolvedDomain }[] };
  readonly method: { readonly mode: 'exhaustive' | 'random'; readonly seed: number | null; readonly runs: number | null };
  readonly verdict: 'holds' | 'refuted' | 'partial';
  readonly evidence: Evidence;
}

type Obj = Record<string, unknown>;
const SHA256 = /^[0-9a-f]{64}$/;

/** v as an object with the given keys; other keys only when listed in optional ('any': no limit). */
function object(v: unknown, path: string, keys: readonly string[], optional: readonly string[] | 'any' = []): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) reject(`${path} must be an object`);
  for (const k of keys) if (!Object.hasOwn(v, k)) reject(`${path}.${k} is missing`);
  for (const k of Object.keys(v)) {
    if (optional !== 'any' && !keys.includes(k) && !optional.includes(k)) reject(`${path} has an unknown field '${k}'`);
  }
  return v as Obj;
}

function check(ok: boolean, path: string, what: string): void {
  if (!ok) reject(`${path} must be ${what}`);
}

const isWhole = (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) >= 0;

function oneOf(v: unknown, path: string, allowed: readonly unknown[]): void {
  check(allowed.includes(v), path, `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
}

function encodings(v: unknown, path: string): Encodings {
  const o = object(v, path, [], 'any');
  for (const [k, e] of Object.entries(o)) check(typeof e === 'string', `${path}.${k}`, 'a string');
  return o as Encodings;
}

function tally(o: Obj, path: string): Tally {
  check(isWhole(o.cases), `${path}.cases`, 'a whole number');
  check(isWhole(o.satisfied), `${path}.satisfied`, 'a whole number');
  check(typeof o.digest === 'string' && SHA256.test(o.digest), `${path}.digest`, '64 lowercase hex digits');
  return o as unknown as Tally;
}

function slice(o: Obj, path: string): SliceTally {
  check(isWhole(o.from), `${path}.from`, 'a whole number');
  check(isWhole(o.to), `${path}.to`, 'a whole number');
  return { ...tally(o, path), from: o.from as number, to: o.to as number };
}

const SLICE = ['cases', 'satisfied', 'digest', 'from', 'to'];

export function evidence(v: unknown): Evidence {
  const kind = object(v, 'evidence', ['kind'], 'any').kind;
  if (kind === 'exhaustive-slice') {
    const o = object(v, 'evidence', ['kind', 'shard', 'shards', 'total', ...SLICE]);
    for (const k of ['shard', 'shards', 'total']) check(isWhole(o[k]), `evidence.${k}`, 'a whole number');
    return { kind, shard: o.shard as number, shards: o.shards as number, total: o.total as number, ...slice(o, 'evidence') };
  }
  if (kind === 'exhaustive-sharded') {
    const o = object(v, 'evidence', ['kind', 'slices', 'cases', 'satisfied']);
    check(Array.isArray(o.slices) && o.slices.length > 0, 'evidence.slices', 'a non-empty array');
    check(isWhole(o.cases) && isWhole(o.satisfied), 'evidence.cases and evidence.satisfied', 'whole numbers');
    const slices = (o.slices as unknown[]).map((s, k) => slice(object(s, `evidence.slices[${k}]`, SLICE), `evidence.slices[${k}]`));
    return { kind, slices, cases: o.cases as number, satisfied: o.satisfied as number };
  }
  if (kind === 'census') {
    const o = object(v, 'evidence', ['kind', 'functions', 'cells', 'cases', 'satisfied']);
    for (const k of ['functions', 'cases', 'satisfied']) check(isWhole(o[k]), `evidence.${k}`, 'a whole number');
    check(Array.isArray(o.cells) && o.cells.length > 0, 'evidence.cells', 'a non-empty array');
    const cells = (o.cells as unknown[]).map((c, k) => {
      const path = `evidence.cells[${k}]`;
      const cell = object(c, path, ['degree', 'gf2Degree', 'relevant', 'balanced', 'bent', 'count']);
      for (const m of ['degree', 'relevant', 'count']) check(isWhole(cell[m]), `${path}.${m}`, 'a whole number');
      check(cell.gf2Degree === null || isWhole(cell.gf2Degree), `${path}.gf2Degree`, 'null or a whole number');
      for (const m of ['balanced', 'bent']) check(typeof cell[m] === 'boolean', `${path}.${m}`, 'true or false');
      return cell as unknown as CensusCellCount;
    });
    return { kind, functions: o.functions as number, cells, cases: o.cases as number, satisfied: o.satisfied as number };
  }
  if (kind === 'exhaustive') return { kind, ...tally(object(v, 'evidence', ['kind', 'cases', 'satisfied', 'digest']), 'evidence') };
  if (kind === 'witness') return { kind, values: encodings(object(v, 'evidence', ['kind', 'values']).values, 'evidence.values') };
  if (kind === 'counterexample') {
    const o = object(v, 'evidence', ['kind', 'values'], ['exhaustive']);
    const values = encodings(o.values, 'evidence.values');
    if (!('exhaustive' in o)) return { kind, values };
    return { kind, values, exhaustive: tally(object(o.exhaustive, 'evidence.exhaustive', ['cases', 'satisfied', 'digest']), 'evidence.exhaustive') };
  }
  if (kind === 'sampled') {
    const o = object(v, 'evidence', ['kind', 'distribution', 'seed', 'cases', 'satisfied', 'digest']);
    check(typeof o.distribution === 'string', 'evidence.distribution', 'a string');
    check(Number.isSafeInteger(o.seed), 'evidence.seed', 'an integer');
    return { kind, distribution: o.distribution as string, seed: o.seed as number, ...tally(o, 'evidence') };
  }
  return reject(`evidence.kind must be one of "exhaustive", "counterexample", "witness", "sampled", "exhaustive-slice", "exhaustive-sharded", "census"`);
}

/** The certificate's fields, or a Rejection naming the first malformed one. */
export function readCertificate(json: unknown): Certificate {
  const top = object(json, 'certificate', ['format', 'version', 'claim', 'scope', 'method', 'verdict', 'evidence', 'produced', 'integrity']);
  const claim = object(top.claim, 'claim', ['id', 'statement', 'status', 'quantifier', 'source', 'sourceSha256'], ['sourceText']);
  for (const k of ['id', 'statement', 'source']) check(typeof claim[k] === 'string', `claim.${k}`, 'a string');
  oneOf(claim.status, 'claim.status', ['theorem', 'conjecture', 'refuted', 'open']);
  oneOf(claim.quantifier, 'claim.quantifier', ['forAll', 'exists']);
  check(typeof claim.sourceSha256 === 'string' && SHA256.test(claim.sourceSha256), 'claim.sourceSha256', '64 lowercase hex digits');
  const scope = object(top.scope, 'scope', ['n', 'variables']);
  check(isWhole(scope.n), 'scope.n', 'a whole number');
  check(Array.isArray(scope.variables), 'scope.variables', 'an array');
  (scope.variables as unknown[]).forEach((v, k) => {
    const variable = object(v, `scope.variables[${k}]`, ['name', 'domain']);
    check(typeof variable.name === 'string', `scope.variables[${k}].name`, 'a string');
    object(variable.domain, `scope.variables[${k}].domain`, ['kind', 'n'], ['m', 'min', 'max', 'maxDegree']);
  });
  const method = object(top.method, 'method', ['mode', 'seed', 'runs']);
  oneOf(method.mode, 'method.mode', ['exhaustive', 'random']);
  const random = method.mode === 'random';
  check(random ? Number.isSafeInteger(method.seed) : method.seed === null, 'method.seed', random ? 'an integer in random mode' : 'null in exhaustive mode');
  check(random ? isWhole(method.runs) : method.runs === null, 'method.runs', random ? 'a whole number in random mode' : 'null in exhaustive mode');
  oneOf(top.verdict, 'verdict', ['holds', 'refuted', 'partial']);
  object(top.produced, 'produced', [], 'any');
  return { claim, scope, method, verdict: top.verdict, evidence: evidence(top.evidence) } as unknown as Certificate;
}
