/**
 * The cases of a scope in canonical order (nested loops, first variable outermost) and the
 * predicate on them: the tally (cases, satisfied, digest of docs/certificates.md) of any
 * contiguous range [from, to) of case indices. The predicate is asked through an Oracle (oracle.ts).
 */
import { createHash } from 'node:crypto';
import type { ResolvedDomain } from '../claim/domains.js';
import type { Value } from '../claim/values.js';
import type { Tally } from './certificate.js';
import { encodeValue } from './encoding.js';
import { enumerate } from './enumerate.js';
import type { Answer, Oracle } from './oracle.js';
import { reject } from './reject.js';

/** The verifier refuses to re-enumerate more cases than this. */
export const MAX_CASES = 2 ** 24;

export type Variable = { readonly name: string; readonly domain: ResolvedDomain };
export const show = (vars: readonly Variable[], encs: readonly string[]): string =>
  vars.length === 0 ? 'the empty assignment (a closed claim)' : vars.map((v, k) => `${v.name} = ${encs[k]}`).join(', ');

/** The verdict of one oracle answer: its bits, or a Rejection naming the case (encs(index)). */
export function bitsOf(a: Answer, vars: readonly Variable[], encs: (index: number) => readonly string[]): Uint8Array {
  if (a.ok) return a.bits;
  const where = show(vars, encs(a.index));
  return reject(a.problem === 'threw' ? `the predicate threw on ${where}: ${a.message}` : `the predicate returned a non-boolean on ${where}`);
}

/** The predicate on explicit cases (one encoding per variable each). */
export async function evaluateCases(oracle: Oracle, vars: readonly Variable[], cases: readonly (readonly string[])[]): Promise<Uint8Array> {
  return bitsOf(await oracle.cases(cases), vars, (c) => cases[c]!);
}

/** The predicate on one case. */
export async function evaluate(oracle: Oracle, vars: readonly Variable[], encs: readonly string[]): Promise<boolean> {
  return (await evaluateCases(oracle, vars, [encs]))[0] === 1;
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

/** The encodings of case c of the table: mixed radix, the last declared variable the least significant digit. */
function encodingsAt(table: CaseTable, c: number): string[] {
  const encs = table.encodings.map(() => '');
  for (let k = table.encodings.length - 1, r = c; k >= 0; k--) {
    encs[k] = table.encodings[k]![r % table.encodings[k]!.length]!;
    r = Math.floor(r / table.encodings[k]!.length);
  }
  return encs;
}

/**
 * The tally of the cases [from, to) (0 <= from <= to <= table.total): the oracle answers one bit
 * per case; the count and the digest are computed here, from the verifier's own enumeration.
 */
export async function tallyRange(oracle: Oracle, vars: readonly Variable[], table: CaseTable, from: number, to: number): Promise<Tally> {
  const bits = bitsOf(await oracle.range(table.encodings, from, to), vars, (c) => encodingsAt(table, from + c));
  if (bits.length !== to - from) reject(`the predicate answered ${bits.length} of the ${to - from} cases asked`);
  const hash = createHash('sha256');
  let satisfied = 0;
  for (let c = from; c < to; c++) {
    const encs = encodingsAt(table, c);
    const holds = bits[c - from] === 1;
    if (holds) satisfied++;
    hash.update(`${encs.join(' ')}\t${holds ? 1 : 0}\n`);
  }
  return { cases: to - from, satisfied, digest: hash.digest('hex') };
}

/** Checks a tally's cases, satisfied and digest against the re-enumeration of [from, to). */
export async function checkRange(oracle: Oracle, vars: readonly Variable[], table: CaseTable, from: number, to: number, claimed: Tally, path: string): Promise<void> {
  const found = await tallyRange(oracle, vars, table, from, to);
  if (claimed.cases !== found.cases) reject(`${path}.cases = ${claimed.cases} but the ${from === 0 && to === table.total ? 'domain' : `slice [${from}, ${to})`} has ${found.cases} cases`);
  if (claimed.satisfied !== found.satisfied) reject(`${path}.satisfied = ${claimed.satisfied} but the re-enumeration finds ${found.satisfied}`);
  if (claimed.digest !== found.digest) reject(`${path}.digest does not match the re-enumeration (certificate ${claimed.digest}, recomputed ${found.digest})`);
}
