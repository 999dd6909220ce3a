/**
 * The Explorer's analysis of what the user typed: a function, or a map when the text has a
 * top-level ';' or is a perm: literal. Parse errors come back with their column. Inputs above a
 * small n are refused before any table is built, so typing x30 never stalls the screen.
 */
import { parseExpression, parseFunction, parseMap } from '../../expr/index.js';
import { literalStart } from '../../expr/literalPrefix.js';
import { maxVariable } from '../../expr/ast.js';
import type { ExplorerAnalysis } from '../state/types.js';
import { functionModel } from './functionView.js';
import { mapModel } from './mapView.js';
import { splitTopLevel } from './segments.js';

/** Largest n analysed live (use `cubecheck analyze` / `cubecheck map` beyond). */
export const EXPLORER_MAX_N = 10;
export const EXPLORER_MAX_MAP_N = 8;

export function isMapInput(text: string): boolean {
  return splitTopLevel(text).length > 1 || literalStart(text)?.word === 'perm';
}

/** The largest variable the expressions mention (literals and unparsable parts count 0). */
function largestVariable(text: string): number {
  let n = 0;
  for (const seg of splitTopLevel(text)) {
    if (literalStart(seg.text) !== null) continue;
    const e = parseExpression(seg.text);
    if (e.ok) n = Math.max(n, maxVariable(e.value));
  }
  return n;
}

function tooLarge(n: number, limit: number, command: string): ExplorerAnalysis {
  return { kind: 'error', column: null, message: `n = ${n} is more than the Explorer analyses live (n <= ${limit}); use cubecheck ${command}` };
}

export function explore(text: string, width: number): ExplorerAnalysis {
  if (text.trim() === '') return { kind: 'empty' };
  const map = isMapInput(text);
  const limit = map ? EXPLORER_MAX_MAP_N : EXPLORER_MAX_N;
  const command = map ? 'map' : 'analyze';
  const n = largestVariable(text);
  if (n > limit) return tooLarge(n, limit, command);
  if (map) {
    const t = parseMap(text);
    if (!t.ok) return { kind: 'error', column: t.error.column, message: t.error.message };
    if (t.value.n > limit || t.value.m > limit) return tooLarge(Math.max(t.value.n, t.value.m), limit, command);
    return { kind: 'ok', what: 'map', ...mapModel(t.value, width) };
  }
  const f = parseFunction(text);
  if (!f.ok) return { kind: 'error', column: f.error.column, message: f.error.message };
  if (f.value.n > limit) return tooLarge(f.value.n, limit, command);
  return { kind: 'ok', what: 'function', ...functionModel(f.value, width) };
}
