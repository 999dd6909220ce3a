/**
 * What the checks ask of a property: whether its predicate holds on given cases, and its census
 * form on given cells. The checks enumerate, count, hash and decide; an oracle only answers one
 * bit per question. For a TypeScript-module certificate the oracle is the isolated child process
 * (isolate/isolatedProperty.ts); oracleOf wraps a predicate the verifier itself implements.
 */
import type { ResolvedDomain } from '../claim/domains.js';
import type { Value } from '../claim/values.js';
import { decodeValue } from './encoding.js';

/** bits[c] is 1 when case c holds; or the first case that threw or gave a non-boolean. */
export type Answer =
  | { readonly ok: true; readonly bits: Uint8Array }
  | { readonly ok: false; readonly index: number; readonly problem: 'threw' | 'returned a non-boolean'; readonly message: string };

export interface Oracle {
  /** The predicate on explicit cases, each one encoding per variable (declaration order). */
  cases(cases: readonly (readonly string[])[]): Promise<Answer>;
  /** The predicate on cases [from, to) of the product of the lists (canonical order). */
  range(lists: readonly (readonly string[])[], from: number, to: number): Promise<Answer>;
  /** The census form on cells (undefined when the property has none). */
  readonly cells?: (cells: readonly Readonly<Record<string, unknown>>[]) => Promise<Answer>;
}

/** An oracle over a predicate the verifier implements itself (no foreign code). */
export function oracleOf(domains: readonly ResolvedDomain[], predicate: (values: readonly Value[]) => boolean): Oracle {
  const decode = (enc: string, k: number): Value => {
    const d = decodeValue(enc, domains[k]!);
    if (!d.ok) throw new RangeError(`cannot decode ${enc}: ${d.problem}`);
    return d.value;
  };
  const answer = (count: number, at: (c: number) => Value[]): Answer => {
    const bits = new Uint8Array(count);
    for (let c = 0; c < count; c++) {
      try {
        bits[c] = predicate(at(c)) ? 1 : 0;
      } catch (e) {
        return { ok: false, index: c, problem: 'threw', message: (e instanceof Error ? e.message : String(e)).split('\n')[0]! };
      }
    }
    return { ok: true, bits };
  };
  return {
    cases: async (cases) => answer(cases.length, (c) => cases[c]!.map(decode)),
    range: async (lists, from, to) => {
      const values = lists.map((l, k) => l.map((enc) => decode(enc, k)));
      return answer(to - from, (c) => {
        const out: Value[] = new Array<Value>(values.length);
        for (let k = values.length - 1, r = from + c; k >= 0; k--) {
          out[k] = values[k]![r % values[k]!.length]!;
          r = Math.floor(r / values[k]!.length);
        }
        return out;
      });
    },
  };
}
