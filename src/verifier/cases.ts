/**
 * The cases of a scope in canonical order (nested loops, first variable outermost) and the
 * predicate on them: the tally (cases, satisfied, digest of docs/certificates.md) of any
 * contiguous range [from, to) of case indices.
 */
import { createHash } from 'node:crypto';
import type { ResolvedDomain } from '../claim/domains.js';
import type { Property } from '../claim/property.js';
import type { Value } from '../claim/values.js';
import type { Tally } from './certificate.js';
import { encodeValue } from './encoding.js';
import { enumerate } from './enumerate.js';
import { verifierKernel } from './kernel.js';
import { reject } from './reject.js';

/** The verifier refuses to re-enumerate more cases than this. */
export const MAX_CASES = 2 ** 24;

export type Variable = { readonly name: string; readonly domain: ResolvedDomain };
export const show = (vars: readonly Variable[], encs: readonly string[]): string =>
  vars.length === 0 ? 'the empty assignment (a closed claim)' : vars.map((v, k) => `${v.name} = ${encs[k]}`).join(', ');

/** A fresh copy, so a predicate that mutates its arguments cannot affect later cases. */
function copy(v: Value): Value {
  if ('values' in v) return { n: v.n, values: v.values.slice() };
  if ('image' in v) return { n: v.n, m: v.m, image: v.image.slice() };
  return { n: v.n, points: v.points.slice() };
}

/** The predicate on one case at scope n (a closed claim's one case has no variables). */
export function evaluate(p: Property, n: number, vars: readonly Variable[], values: readonly Value[], encs: readonly string[]): boolean {
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

export interface CaseTable {
  readonly lists: readonly Value[][];
  readonly encodings: readonly string[][];
  /** Cases in the whole domain. */
  readonly total: number;
}

/** Every member of every variable's domain, in canonical order (path names the evidence field). */
export function caseTable(vars: readonly Variable[], path: string): CaseTable {
  const lists = vars.map((v) => {
    try {
      return enumerate(v.domain);
    } catch (e) {
      return reject(`${path}: ${(e as Error).message}`);
    }
  });
  const total = lists.reduce((c, l) => c * l.length, 1);
  if (total > MAX_CASES) reject(`${path}: ${total} cases are too many to re-enumerate (limit ${MAX_CASES})`);
  return { lists, encodings: lists.map((l, k) => l.map((v) => encodeValue(v, vars[k]!.domain))), total };
}

/** The tally of the cases [from, to) (0 <= from <= to <= table.total). */
export function tallyRange(p: Property, n: number, vars: readonly Variable[], table: CaseTable, from: number, to: number): Tally {
  const hash = createHash('sha256');
  let satisfied = 0;
  for (let c = from; c < to; c++) {
    // Mixed radix, the last declared variable the least significant digit.
    const index = vars.map(() => 0);
    for (let k = vars.length - 1, r = c; k >= 0; k--) {
      index[k] = r % table.lists[k]!.length;
      r = Math.floor(r / table.lists[k]!.length);
    }
    const encs = index.map((i, k) => table.encodings[k]![i]!);
    const holds = evaluate(p, n, vars, index.map((i, k) => table.lists[k]![i]!), encs);
    if (holds) satisfied++;
    hash.update(`${encs.join(' ')}\t${holds ? 1 : 0}\n`);
  }
  return { cases: to - from, satisfied, digest: hash.digest('hex') };
}

/** Checks a tally's cases, satisfied and digest against the re-enumeration of [from, to). */
export function checkRange(p: Property, n: number, vars: readonly Variable[], table: CaseTable, from: number, to: number, claimed: Tally, path: string): void {
  const found = tallyRange(p, n, vars, table, from, to);
  if (claimed.cases !== found.cases) reject(`${path}.cases = ${claimed.cases} but the ${from === 0 && to === table.total ? 'domain' : `slice [${from}, ${to})`} has ${found.cases} cases`);
  if (claimed.satisfied !== found.satisfied) reject(`${path}.satisfied = ${claimed.satisfied} but the re-enumeration finds ${found.satisfied}`);
  if (claimed.digest !== found.digest) reject(`${path}.digest does not match the re-enumeration (certificate ${claimed.digest}, recomputed ${found.digest})`);
}
