/**
 * The .claims file format (docs/claims.md, ".claims files"): named formula claims, each
 *   claim ID STATUS "statement" [n = N [in A..B]] : formula
 * where the statement may span lines (its blanks collapse to one), `in A..B` bounds the scopes the
 * claim is stated for, and the formula runs to the next line that starts with `claim` (or the end
 * of the file); '#' comments run to the end of a line. Errors are LangErrors naming the line and column.
 */
import type { Property, PropertyStatus } from '../claim/property.js';
import type { Expr } from './ast.js';
import { checkFormula } from './check.js';
import { langError } from './errors.js';
import { parseFormula } from './parser.js';
import { propertyOf } from './property.js';

export interface FormulaClaim {
  readonly id: string;
  readonly status: PropertyStatus;
  readonly statement: string;
  readonly n: number | null;
  /** The scopes the claim is stated for ([0, 24] when the header gives none). */
  readonly range: readonly [number, number] | null;
  readonly formula: string;
  readonly ast: Expr;
}

const HEADER = /^claim[ \t]+([A-Za-z0-9][A-Za-z0-9._-]*)[ \t]+(theorem|conjecture|refuted|open)[ \t]+"([^"]*)"[ \t]*(?:n[ \t]*=[ \t]*(\d{1,2})[ \t]*(?:in[ \t]+(\d{1,2})[ \t]*\.\.[ \t]*(\d{1,2})[ \t]*)?)?:/;

/** Blank the comments (keeping offsets) so a '#' line is never a claim's start. */
const uncomment = (text: string): string => text.replace(/#[^\n]*/g, (c) => ' '.repeat(c.length));

export function parseClaimsFile(text: string): FormulaClaim[] {
  const clean = uncomment(text);
  const starts: number[] = [];
  const re = /^[ \t]*claim\b/gm;
  for (let m = re.exec(clean); m !== null; m = re.exec(clean)) starts.push(m.index + m[0].length - 'claim'.length);
  const firstText = clean.search(/\S/);
  if (firstText !== -1 && (starts.length === 0 || firstText < starts[0]!)) throw langError('parse', text, firstText, "expected 'claim ID STATUS \"statement\" :' to start a claim");
  const claims: FormulaClaim[] = [];
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? clean.length;
    const block = clean.slice(start, end);
    const h = HEADER.exec(block);
    if (h === null) throw langError('parse', text, start, 'expected claim ID (theorem|conjecture|refuted|open) "statement" [n = N [in A..B]] : formula');
    const [, id, status, words, n, lo, hi] = h;
    const statement = words!.trim().replace(/\s+/g, ' ');
    if (statement === '') throw langError('parse', text, start, `claim ${id} needs a statement in words`);
    const range = lo === undefined ? null : ([Number(lo), Number(hi)] as const);
    if (range !== null && !(range[0] <= Number(n) && Number(n) <= range[1] && range[1] <= 24)) throw langError('parse', text, start, `claim ${id}: n = ${n} must lie in ${lo}..${hi}, within 0..24`);
    if (claims.some((c) => c.id === id)) throw langError('parse', text, start, `claim ${id} is defined twice`);
    // the formula keeps its offsets in the file (blanks before it), so errors give line and column
    const formula = clean.slice(0, start + h[0].length).replace(/[^\n]/g, ' ') + block.slice(h[0].length);
    const ast = parseFormula(formula);
    checkFormula(formula, ast);
    claims.push({ id: id!, status: status as PropertyStatus, statement, n: n === undefined ? null : Number(n), range, formula, ast });
  });
  return claims;
}

/**
 * The claim as a property of the checker; `n` is the default scope only when the header gives
 * none (otherwise the run's options carry --n, and the runner checks it against the range).
 */
export function claimProperty(c: FormulaClaim, n?: number, tags?: readonly string[]): Property {
  return propertyOf(c.formula, c.ast, { id: c.id, status: c.status, statement: c.statement, ...((c.n ?? n) !== undefined && (c.n ?? n) !== null ? { n: (c.n ?? n)! } : {}), ...(c.range !== null ? { range: c.range } : {}), ...(tags ? { tags } : {}) });
}

