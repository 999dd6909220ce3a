/**
 * A census form derived from a formula (docs/claims.md, "Census forms"): when the property's one
 * variable f ranges over boolean(k) or lowdegree(k, d) under forall, and the predicate reads f
 * only as the argument of measures that a census cell holds (degree, gf2Degree, balanced, bent,
 * juntaSize = the number of relevant variables), the same predicate decides a cell, so exhaustive
 * runs at n <= 5 can count on the census engine. The evaluator runs unchanged over a kernel whose
 * measures of f read the cell.
 */
import type { Kernel } from '../claim/kernel.js';
import type { CensusCell, CensusForm, CensusMeasure } from '../claim/property.js';
import type { Fn } from '../model/values.js';
import type { MeasureId } from '../vocabulary/measures/index.js';
import { fastKernel } from '../check/kernel/index.js';
import type { Expr } from './ast.js';
import { MEASURE_ALIASES } from './aliases.js';
import { bind, evaluate } from './evaluate.js';
import { q } from './rational.js';

const READS: Partial<Record<MeasureId, CensusMeasure>> = { degree: 'degree', gf2Degree: 'gf2Degree', balanced: 'balanced', bent: 'bent', juntaSize: 'relevant' };
const measureOf = (name: string): MeasureId | undefined => (name in READS ? (name as MeasureId) : MEASURE_ALIASES[name]);

function children(e: Expr): Expr[] {
  switch (e.k) {
    case 'int':
    case 'bool':
    case 'var':
      return [];
    case 'call':
      return [...e.args];
    case 'index':
      return [e.target, e.index];
    case 'neg':
    case 'not':
      return [e.arg];
    case 'pow':
      return [e.base];
    case 'binary':
      return [e.left, e.right];
    case 'binder':
      return [...e.bindings.flatMap((b) => b.args), e.body];
    case 'let':
      return [...e.bindings.map((b) => b.value), e.body];
  }
}

/** The census measures the body reads of f, or null when it uses f otherwise (or rebinds it). */
export function censusReads(body: Expr, f: string): Set<CensusMeasure> | null {
  const reads = new Set<CensusMeasure>();
  const visit = (e: Expr): boolean => {
    if (e.k === 'var') return e.name !== f;
    if ((e.k === 'binder' || e.k === 'let') && e.bindings.some((b) => b.name === f)) return false;
    if (e.k === 'call' && e.args.length === 1 && e.args[0]!.k === 'var' && e.args[0]!.name === f) {
      const id = measureOf(e.name);
      const m = id === undefined ? undefined : READS[id];
      if (m === undefined) return false;
      reads.add(m);
      return true;
    }
    return children(e).every(visit);
  };
  return visit(body) ? reads : null;
}

const mentionsN = (e: Expr): boolean => (e.k === 'var' && e.name === 'n') || children(e).some(mentionsN);

/** The census form, or undefined when the formula does not allow one. */
export function deriveCensusForm(source: string, body: Expr, f: string, fixedN: number | null): CensusForm | undefined {
  const reads = censusReads(body, f);
  if (reads === null || reads.size === 0) return undefined;
  if (fixedN === null && mentionsN(body)) return undefined;
  const subject: Fn = { n: 0, values: new Int32Array(1) };
  const env = bind(bind(null, 'n', q(BigInt(fixedN ?? 0))), f, subject);
  return {
    measures: [...reads],
    holds(cell: CensusCell): boolean {
      const kernel: Kernel = {
        ...fastKernel,
        measure(id, g) {
          if (g !== subject) return fastKernel.measure(id, g);
          const m = READS[id as keyof typeof READS];
          if (m === undefined) throw new Error(`internal: census form read ${id}`);
          return cell[m];
        },
      };
      return evaluate(source, body, kernel, env) as boolean;
    },
  };
}
