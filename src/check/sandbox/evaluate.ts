/**
 * Evaluation of user code on cases, the same in the sandbox worker and in process: every case is
 * decoded afresh from its canonical encoding (a predicate gets its own copies and can change
 * nothing the engine or another case sees), the predicate runs on the copies, and its answer must
 * be a boolean. The census form's holds(cell) gets a fresh cell that throws on undeclared measures.
 */
import type { Cell } from '../../census/index.js';
import type { ResolvedDomain } from '../../claim/domains.js';
import type { Kernel } from '../../claim/kernel.js';
import { CENSUS_MEASURES, type CensusCell, type Property } from '../../claim/property.js';
import type { Value } from '../../claim/values.js';
import { decoderFor } from './decode.js';

/** What the predicate did wrong, as one line (the host turns it into a PredicateError). */
export class EvaluationError extends Error {}

export function firstLine(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return (m.split('\n')[0] ?? m).trim();
}

export function describeCase(names: readonly string[], encodings: readonly string[]): string {
  if (names.length === 0) return 'its one case (a closed claim: no variables)';
  return names.map((k, i) => `${k} = ${encodings[i]!.length > 60 ? `${encodings[i]!.slice(0, 57)}...` : encodings[i]}`).join(', ');
}

/** An answer that is not a boolean, described (a Promise is caught so it cannot reject unhandled). */
function notBoolean(r: unknown): string {
  if (typeof r === 'object' && r !== null && typeof (r as { then?: unknown }).then === 'function') {
    (r as Promise<unknown>).then(
      () => {},
      () => {},
    );
    return 'a Promise (an async predicate): predicates must return a boolean synchronously';
  }
  return `${r === null ? 'null' : typeof r}, not a boolean`;
}

export interface VariableCodec {
  readonly name: string;
  readonly decode: (text: string) => Value;
}

export function codecsFor(variables: readonly { readonly name: string; readonly domain: ResolvedDomain }[]): VariableCodec[] {
  return variables.map((v) => ({ name: v.name, decode: decoderFor(v.domain) }));
}

/**
 * Evaluates the predicate on `count` cases (k encodings each, declaration order), writing
 * 1 or 0 into `out`; stops after the first answer equal to stopOn (when not null). Returns how many
 * cases were evaluated. `done` is called after each case (the sandbox's heartbeat).
 */
export function evaluateCases(
  p: Property,
  codecs: readonly VariableCodec[],
  n: number,
  kernel: Kernel,
  flat: readonly string[],
  count: number,
  stopOn: boolean | null,
  out: Uint8Array,
  done: (count: number) => void = () => {},
): number {
  const k = codecs.length;
  const names = codecs.map((c) => c.name);
  for (let c = 0; c < count; c++) {
    const values: Record<string, Value> = {};
    for (let i = 0; i < k; i++) values[codecs[i]!.name] = codecs[i]!.decode(flat[c * k + i]!);
    let r: unknown;
    try {
      r = p.predicate(values as never, kernel, { n });
    } catch (e) {
      throw new EvaluationError(`the predicate of ${p.id} threw on ${describeCase(names, flat.slice(c * k, c * k + k))}: ${firstLine(e)}`);
    }
    if (typeof r !== 'boolean') throw new EvaluationError(`the predicate of ${p.id} returned ${notBoolean(r)}, on ${describeCase(names, flat.slice(c * k, c * k + k))}`);
    out[c] = r ? 1 : 0;
    done(c + 1);
    if (r === stopOn) return c + 1;
  }
  return count;
}

/** The cell as the form sees it: a fresh object; undeclared measures throw when read. */
function declaredOnly(cell: Cell, measures: readonly string[]): CensusCell {
  const out = {};
  for (const m of CENSUS_MEASURES) {
    const descriptor = measures.includes(m)
      ? { value: cell[m], enumerable: true }
      : {
          get(): never {
            throw new Error(`it reads measure '${m}', which it does not declare`);
          },
        };
    Object.defineProperty(out, m, descriptor);
  }
  return out as CensusCell;
}

/** The census form on each cell, 1 or 0 into `out`. */
export function evaluateCells(p: Property, cells: readonly Cell[], out: Uint8Array, done: (count: number) => void = () => {}): void {
  if (cells.length === 0) return;
  const form = p.census;
  if (form === undefined) throw new EvaluationError(`property ${p.id} has no census form`);
  cells.forEach((cell, c) => {
    let r: unknown;
    try {
      r = form.holds(declaredOnly(cell, form.measures));
    } catch (e) {
      throw new EvaluationError(`the census form of ${p.id} threw on the cell ${JSON.stringify(cell)}: ${firstLine(e)}`);
    }
    if (typeof r !== 'boolean') throw new EvaluationError(`the census form of ${p.id} returned ${notBoolean(r)}, on the cell ${JSON.stringify(cell)}`);
    out[c] = r ? 1 : 0;
    done(c + 1);
  });
}
